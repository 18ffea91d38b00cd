#include "firewallfetch.h"

#include "api/apiclient.h"
#include "api/jsonread.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

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

void FirewallFetch::onGroups(const ApiResult &result)
{
    if (!result.ok()) {
        finish(result);
        return;
    }
    m_listing = result;
    m_rows = result.rows();
    m_pending = int(m_rows.size()) * 2;
    if (m_pending == 0) {
        finish(result);
        return;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const QJsonObject row = m_rows.at(i).toObject();
        QString id = JsonRead::str(row, "security_group_id"_L1);
        if (id.isEmpty())
            id = JsonRead::str(row, "id"_L1);
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
    if (!result.ok()) {
        // The first failure is the listing's answer. Cancelling the other parts answers each of
        // them at once with "cancelled", which must not stand in for it.
        m_failed = true;
        abort();
        finish(result);
        return;
    }
    QJsonObject row = m_rows.at(index).toObject();
    row.insert(rules ? u"rules"_s : u"instances"_s, result.rows());
    m_rows[index] = row;
    if (--m_pending == 0) {
        ApiResult merged = m_listing;
        merged.envelope.result = m_rows;
        finish(merged);
    }
}
