#pragma once

#include <QString>

//! Every key the console writes to QSettings, in one place. Nothing secret is ever written.
namespace SettingsKeys {

// Preferences (AppSettings).
inline QString language()
{
    return QStringLiteral("ui/language");
}
inline QString proxy()
{
    return QStringLiteral("network/proxy");
}
inline QString proxyHost()
{
    return QStringLiteral("network/proxy_host");
}
inline QString proxyPort()
{
    return QStringLiteral("network/proxy_port");
}
inline QString extraCa()
{
    return QStringLiteral("network/extra_ca");
}
inline QString confirmPower()
{
    return QStringLiteral("safety/confirm_power");
}
inline QString refreshInterval()
{
    return QStringLiteral("refresh/interval");
}

// Billing, per profile: the monthly budget (KRW, VAT excluded; absent: none) and the month
// whose projection was last said to pass it (one notification a month).
inline QString billingGroup(const QString &profileId)
{
    return QStringLiteral("billing/%1").arg(profileId);
}
inline QString billingBudget(const QString &profileId)
{
    return QStringLiteral("billing/%1/budget").arg(profileId);
}
inline QString billingBudgetNotified(const QString &profileId)
{
    return QStringLiteral("billing/%1/budget_notified").arg(profileId);
}
inline QString billingWithVat()
{
    return QStringLiteral("billing/with_vat");
}

// Profiles (ProfileManager): the order, the one used last, and a group per profile.
inline QString profileOrder()
{
    return QStringLiteral("profiles/order");
}
inline QString activeProfile()
{
    return QStringLiteral("profiles/active");
}
inline QString profileGroup(const QString &id)
{
    return QStringLiteral("profiles/") + id;
}
inline QString profileName()
{
    return QStringLiteral("name");
}
inline QString profileEndpoint()
{
    return QStringLiteral("endpoint");
}
inline QString profileColour()
{
    return QStringLiteral("colour");
}
inline QString profileSafety()
{
    return QStringLiteral("safety");
}
inline QString profileMaskedKey()
{
    return QStringLiteral("masked_key");
}

// The main window (ViewState).
inline QString windowGeometry()
{
    return QStringLiteral("window/geometry");
}
inline QString windowSplitter()
{
    return QStringLiteral("window/splitter");
}
inline QString windowPage()
{
    return QStringLiteral("window/page");
}

// A page's view (ViewState): a group per page, named after it.
inline QString viewGroup(const QString &page)
{
    return QStringLiteral("views/") + page;
}
inline QString viewHeader()
{
    return QStringLiteral("header");
}
inline QString viewSplitter()
{
    return QStringLiteral("splitter");
}
inline QString viewFacet(const QString &facet)
{
    return QStringLiteral("facet/") + facet;
}

} // namespace SettingsKeys
