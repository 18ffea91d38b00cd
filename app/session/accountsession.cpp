#include "accountsession.h"

#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "operations/operationtracker.h"
#include "util/logging.h"

AccountSession::AccountSession(ApiClient *client, bool demo, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_instances(new InstanceModel(this)),
      m_operations(new OperationTracker(client, this)),
      m_demo(demo)
{
    // The poller's listings are fresh data too.
    connect(m_operations, &OperationTracker::instancesListed, this, &AccountSession::applyListing);
}

AccountSession::~AccountSession()
{
    m_client->clock()->cancelTimer(m_autoTimer);
    if (m_instancesCall)
        m_instancesCall->cancel();
    if (m_backgroundCall)
        m_backgroundCall->cancel();
}

void AccountSession::refreshInstances()
{
    refresh(Priority::Read);
}

void AccountSession::refresh(Priority priority)
{
    // A person's refresh while the console's own one waits: both go out as one request (the
    // scheduler merges identical GETs and gives the merged one the person's priority).
    QPointer<ApiCall> &slot = priority == Priority::Background ? m_backgroundCall : m_instancesCall;
    if (slot)
        return;
    slot = m_client->fetchAll(
            InstancesApi::list(), this,
            [this, priority](const ApiResult &result) {
                (priority == Priority::Background ? m_backgroundCall : m_instancesCall).clear();
                Q_EMIT loadingChanged(isLoading());
                if (!result.ok()) {
                    m_lastError = result.error;
                    qCInfo(lcSession).noquote() << "instance refresh failed:"
                                                << ApiError::kindName(result.error.kind)
                                                << result.error.errorCode;
                    Q_EMIT refreshFailed(result.error);
                    scheduleAutoRefresh();
                    return;
                }
                const Parsed<Instance> parsed = InstancesApi::parseInstances(result.rows());
                for (const QString &problem : parsed.problems)
                    qCWarning(lcSession).noquote() << "unreadable instance" << problem;
                m_unreadableRows = int(parsed.problems.size());
                m_lastError = ApiError();
                applyListing(parsed.items);
                m_operations->observe(parsed.items);
                scheduleAutoRefresh();
            },
            priority);
    Q_EMIT loadingChanged(true);
}

void AccountSession::applyListing(const QList<Instance> &instances)
{
    m_instances->merge(instances);
    m_lastRefreshMs = m_client->clock()->nowMs();
    Q_EMIT instancesRefreshed();
}

void AccountSession::setAutoRefreshMs(qint64 intervalMs)
{
    m_autoRefreshMs = qMax<qint64>(0, intervalMs);
    scheduleAutoRefresh();
}

void AccountSession::scheduleAutoRefresh()
{
    m_client->clock()->cancelTimer(m_autoTimer);
    m_autoTimer = 0;
    if (m_autoRefreshMs <= 0)
        return;
    bool changing = false;
    for (int row = 0; row < m_instances->rowCount() && !changing; ++row)
        changing = StatusText::isTransitional(m_instances->instance(row)->status);
    // The operation poller already follows the person's own changes.
    const qint64 delay = changing && m_operations->inProgress() == 0
            ? qMin(kFastRefreshMs, m_autoRefreshMs)
            : m_autoRefreshMs;
    m_autoTimer = m_client->clock()->callAfter(delay, this, [this] {
        m_autoTimer = 0;
        refresh(Priority::Background);
    });
}
