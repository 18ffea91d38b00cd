#include "billingshots.h"

#include "billing/billingpage.h"
#include "billing/billingsession.h"
#include "mainwindow.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int shootBilling(const QString &out, const QString &lang, const QString &variant, QTextStream &log)
{
    int failures = 0;
    SimFixture f;
    AccountSession session(f.client.get(), true);
    MainWindow window(&session);
    window.resize(1400, 860);
    window.show();
    window.showBilling();
    BillingSession *billing = session.billing();
    BillingPage *page = window.billingPage();
    const auto ready = [&] {
        return billing->billsRead() && billing->live() && !billing->isLiveLoading()
                && session.store(Resource::Flavors)->hasData()
                && !session.store(Resource::Instances)->isLoading();
    };
    if (!f.drive(ready))
        ++failures;
    // A few more readings of the live bill over a day and a half, for the burn line.
    for (int i = 0; i < 6; ++i) {
        billing->refreshLive();
        f.drive([&] { return !billing->isLiveLoading(); });
        f.clock.advanceSecs(6 * 3600);
    }
    billing->refreshLive();
    if (!f.drive(ready))
        ++failures;
    billing->setBudget(billing->projection().expected * 9 / 10);
    const auto shoot = [&](const char *name) {
        QCoreApplication::processEvents();
        const QString path = out + u'/' + QLatin1String(name) + variant + u'-' + lang + u".png"_s;
        log << path << '\n';
        failures += window.grab().save(path) ? 0 : 1;
    };
    page->showTab(BillingPage::Tab::Overview);
    shoot("billing");
    page->showTab(BillingPage::Tab::Bills);
    if (!billing->bills().isEmpty()) {
        const QString id = billing->bills().first().id;
        page->selectBill(id);
        f.drive([&] { return billing->detail(id) != nullptr; });
    }
    shoot("billing-detail");
    page->showTab(BillingPage::Tab::Servers);
    shoot("billing-servers");
    return failures;
}
