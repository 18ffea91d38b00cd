#include "resourcestore.h"

#include "util/logging.h"

ResourceStore::ResourceStore(Resource resource, Clock *clock, Fetch fetch, Apply apply,
                             Changing changing, QObject *parent)
    : QObject(parent), m_resource(resource), m_clock(clock), m_fetch(std::move(fetch)),
      m_apply(std::move(apply)), m_changing(std::move(changing))
{ }

ResourceStore::~ResourceStore()
{
    m_clock->cancelTimer(m_timer);
    if (m_personCall)
        m_personCall->cancel();
    if (m_backgroundCall)
        m_backgroundCall->cancel();
}

bool ResourceStore::isCatalog() const
{
    return m_resource == Resource::Images || m_resource == Resource::Flavors
            || m_resource == Resource::Zones;
}

qint64 ResourceStore::currentIntervalMs() const
{
    if (m_intervalMs <= 0)
        return 0;
    if (isCatalog())
        return qMax(m_intervalMs, kCatalogMs);
    if (m_changing && m_changing())
        return qMin(m_intervalMs, kFastMs);
    return m_intervalMs;
}

void ResourceStore::refresh()
{
    start(Priority::Read);
}

bool ResourceStore::isStale() const
{
    const qint64 interval = m_intervalMs > 0 ? currentIntervalMs() : kCatalogMs;
    return !hasData() || m_clock->nowMs() - m_lastRefreshMs >= interval;
}

void ResourceStore::refreshIfStale()
{
    if (isStale())
        start(Priority::Read);
}

void ResourceStore::setAutoRefresh(qint64 intervalMs, bool visible)
{
    m_intervalMs = qMax<qint64>(0, intervalMs);
    m_visible = visible;
    schedule();
}

void ResourceStore::reset()
{
    m_clock->cancelTimer(m_timer);
    m_timer = 0;
    if (m_personCall)
        m_personCall->cancel();
    if (m_backgroundCall)
        m_backgroundCall->cancel();
    m_lastRefreshMs = 0;
    m_lastAttemptMs = 0;
    m_lastError = ApiError();
    m_unreadable = 0;
    m_truncated = false;
    m_unavailable = false;
    Q_EMIT loadingChanged(false);
}

void ResourceStore::markRefreshed()
{
    m_lastRefreshMs = m_clock->nowMs();
    m_lastError = ApiError();
    Q_EMIT refreshed();
    schedule();
}

void ResourceStore::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    schedule();
    Q_EMIT loadingChanged(isLoading());
}

void ResourceStore::start(Priority priority)
{
    if (m_held)
        return;
    // The person's refresh while the console's own one waits: both become one request (the
    // scheduler merges identical GETs and sends the merged one at the person's priority).
    QPointer<ApiCall> &slot = priority == Priority::Background ? m_backgroundCall : m_personCall;
    if (slot || (priority == Priority::Background && m_personCall))
        return; // the listing on its way answers this one too
    m_lastAttemptMs = m_clock->nowMs();
    slot = m_fetch(this, priority, [this, priority](const ApiResult &result) {
        (priority == Priority::Background ? m_backgroundCall : m_personCall).clear();
        if (result.error.kind == ApiError::Kind::Cancelled) {
            Q_EMIT loadingChanged(isLoading());
            return;
        }
        if (!result.ok() && m_unavailableWhen && m_unavailableWhen(result.error)) {
            // Not for this account: nothing to list, and nothing wrong with the account.
            qCInfo(lcSession).noquote()
                    << "listing not available here:" << ApiError::kindName(result.error.kind)
                    << result.error.errorCode;
            m_unavailable = true;
            m_truncated = false;
            m_unreadable = m_apply(ApiResult());
            m_lastError = ApiError();
            m_lastRefreshMs = m_clock->nowMs();
            Q_EMIT loadingChanged(isLoading());
            Q_EMIT refreshed();
            schedule();
            return;
        }
        if (!result.ok()) {
            m_lastError = result.error;
            qCInfo(lcSession).noquote()
                    << "refresh failed:" << ApiError::kindName(result.error.kind)
                    << result.error.errorCode;
            Q_EMIT loadingChanged(isLoading());
            Q_EMIT failed(result.error);
            schedule();
            return;
        }
        m_unreadable = m_apply(result);
        m_truncated = result.truncated;
        m_unavailable = false;
        m_lastError = ApiError();
        m_lastRefreshMs = m_clock->nowMs();
        Q_EMIT loadingChanged(isLoading());
        Q_EMIT refreshed();
        schedule();
    });
    Q_EMIT loadingChanged(isLoading());
}

void ResourceStore::schedule()
{
    m_clock->cancelTimer(m_timer);
    m_timer = 0;
    const qint64 interval = currentIntervalMs();
    // A listing on its way reschedules when it ends: never two refreshes of one kind at once.
    if (m_held || !m_visible || interval <= 0 || m_personCall || m_backgroundCall)
        return;
    // After a failure, wait a whole interval from the attempt: never a tight loop of retries.
    const qint64 last = qMax(m_lastRefreshMs, m_lastAttemptMs);
    // A listing that was cut (a server that kept sending new rows) costs the whole budget of
    // minutes: it is read again by itself only every 10 minutes.
    const qint64 wait = m_truncated ? qMax(interval, kTruncatedMs) : interval;
    const qint64 due = last > 0 ? last + wait : m_clock->nowMs();
    m_timer = m_clock->callAfter(qMax<qint64>(0, due - m_clock->nowMs()), this, [this] {
        m_timer = 0;
        start(Priority::Background);
    });
}
