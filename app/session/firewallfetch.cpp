#include "firewallfetch.h"

#include "api/apiclient.h"
#include "api/jsonread.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace {
void unescapeContent(QJsonObject &row)
{
    if (row.value("content"_L1).isString())
        row.insert(u"content"_s, FirewallsApi::unescaped(row.value("content"_L1).toString()));
}

QString groupId(const QJsonObject &row)
{
    for (const QLatin1String key : {"firewall_id"_L1, "security_group_id"_L1, "id"_L1}) {
        const QString id = JsonRead::str(row, key);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

//! A group that no longer exists answers its rules with CHECK_PARAM (observed) or NOT_FOUND.
bool isGoneAnswer(const ApiResult &r)
{
    return r.error.kind == ApiError::Kind::NotFound || r.error.errorCode == u"CHECK_PARAM"_s;
}
} // namespace

ApiCall *FirewallFetch::start(ApiClient *client, FirewallsApi::Dialect *dialect, QObject *receiver,
                              Priority priority, ApiCallback done)
{
    auto *fetch = new FirewallFetch(client, dialect, priority);
    fetch->m_outer = client->beginComposite(FirewallsApi::list(*dialect), priority, receiver,
                                            std::move(done), [fetch] { fetch->abort(); });
    fetch->setParent(fetch->m_outer);
    if (*dialect == FirewallsApi::Dialect::Firewall)
        fetch->listFirewalls();
    else
        fetch->listGroups();
    return fetch->m_outer;
}

ApiCall *FirewallFetch::startDetail(ApiClient *client, FirewallsApi::Dialect *dialect,
                                    const QString &firewallId, QObject *receiver, Priority priority,
                                    ApiCallback done)
{
    if (*dialect == FirewallsApi::Dialect::Firewall)
        return client->send(FirewallsApi::detail(firewallId, *dialect), receiver, std::move(done),
                            priority);
    auto *fetch = new FirewallFetch(client, dialect, priority);
    fetch->m_outer = client->beginComposite(FirewallsApi::detail(firewallId, *dialect), priority,
                                            receiver, std::move(done), [fetch] { fetch->abort(); });
    fetch->setParent(fetch->m_outer);
    fetch->readGroup(firewallId);
    return fetch->m_outer;
}

FirewallFetch::FirewallFetch(ApiClient *client, FirewallsApi::Dialect *dialect, Priority priority)
    : m_client(client), m_dialect(dialect), m_priority(priority)
{ }

void FirewallFetch::abort()
{
    for (const QPointer<ApiCall> &step : std::as_const(m_steps)) {
        if (step)
            step->cancel();
    }
}

void FirewallFetch::finish(const ApiResult &result)
{
    if (m_outer && !m_outer->isFinished())
        m_client->finishComposite(m_outer, result);
}

void FirewallFetch::listFirewalls()
{
    m_steps.append(m_client->fetchAll(
            FirewallsApi::list(FirewallsApi::Dialect::Firewall), this,
            [this](const ApiResult &result) {
                if (result.httpStatus == 404 && result.error.kind == ApiError::Kind::NotFound) {
                    // This server speaks the older dialect: remember it and ask that way.
                    qCInfo(lcSession)
                            << "firewall: /v1/firewall is unknown here; using /v1/security-groups";
                    *m_dialect = FirewallsApi::Dialect::SecurityGroups;
                    listGroups();
                    return;
                }
                finish(result);
            },
            m_priority));
}

void FirewallFetch::listGroups()
{
    m_steps.append(m_client->fetchAll(
            FirewallsApi::list(FirewallsApi::Dialect::SecurityGroups), this,
            [this](const ApiResult &result) { onGroups(result); }, m_priority));
}

void FirewallFetch::readGroup(const QString &id)
{
    m_steps.append(m_client->send(
            FirewallsApi::detail(id, FirewallsApi::Dialect::SecurityGroups), this,
            [this](const ApiResult &result) { onGroups(result); }, m_priority));
}

void FirewallFetch::onGroups(const ApiResult &result)
{
    if (!result.ok()) {
        finish(result);
        return;
    }
    m_listing = result;
    m_rows = QJsonArray();
    for (const QJsonValue &value : result.rows()) {
        QJsonObject row = value.toObject();
        unescapeContent(row);
        m_rows.append(row);
    }
    m_gone = QList<bool>(m_rows.size(), false);
    // A row without an id cannot name its sub-resources (and is unreadable anyway).
    QList<int> readable;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!groupId(m_rows.at(i).toObject()).isEmpty())
            readable.append(i);
    }
    m_pending = int(readable.size()) * 2;
    if (m_pending == 0) {
        finishParts();
        return;
    }
    for (int i : std::as_const(readable)) {
        const QString id = groupId(m_rows.at(i).toObject());
        m_steps.append(m_client->send(
                FirewallsApi::groupRules(id), this,
                [this, i](const ApiResult &r) { onPart(i, true, r); }, m_priority));
        m_steps.append(m_client->send(
                FirewallsApi::groupInstances(id), this,
                [this, i](const ApiResult &r) { onPart(i, false, r); }, m_priority));
    }
}

void FirewallFetch::onPart(int index, bool rules, const ApiResult &result)
{
    if (!m_outer || m_outer->isFinished() || m_failed)
        return;
    if (!result.ok() && isGoneAnswer(result)) {
        // Deleted since the list was read: it is not listed.
        m_gone[index] = true;
    } else if (!result.ok()) {
        // The first failure is the listing's answer. Cancelling the other parts answers each of
        // them at once with "cancelled", which must not stand in for it.
        m_failed = true;
        abort();
        finish(result);
        return;
    } else {
        QJsonObject row = m_rows.at(index).toObject();
        row.insert(rules ? u"rules"_s : u"instances"_s, result.rows());
        m_rows[index] = row;
    }
    if (--m_pending == 0)
        finishParts();
}

void FirewallFetch::finishParts()
{
    ApiResult merged = m_listing;
    QJsonArray rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_gone.value(i))
            rows.append(m_rows.at(i));
    }
    merged.envelope.result = rows;
    merged.envelope.count = rows.size();
    finish(merged);
}
