#include "requestscheduler.h"

#include "apicall.h"

RequestScheduler::RequestScheduler(Clock *clock, Dispatch dispatch, QObject *parent)
    : QObject(parent), m_clock(clock), m_dispatch(std::move(dispatch)), m_bucket(clock)
{ }

void RequestScheduler::enqueue(ApiCall *call)
{
    const QString key = call->mergeKey();
    if (!key.isEmpty()) {
        for (ApiCall *waiting : std::as_const(m_queue)) {
            if (waiting->mergeKey() != key)
                continue;
            waiting->m_followers.append(call);
            call->m_queued = true;
            // The merged call goes as soon as the most urgent of its waiters needs it.
            if (call->m_priority < waiting->m_priority)
                waiting->m_priority = call->m_priority;
            pump();
            return;
        }
    }
    call->m_sequence = ++m_sequence;
    call->m_queued = true;
    m_queue.append(call);
    pump();
}

void RequestScheduler::remove(ApiCall *call)
{
    call->m_queued = false;
    const qsizetype at = m_queue.indexOf(call);
    if (at < 0) {
        // A follower: leave its leader's list.
        for (ApiCall *leader : std::as_const(m_queue))
            leader->m_followers.removeAll(call);
        return;
    }
    m_queue.removeAt(at);
    // The first live follower takes its place, with the others behind it.
    QList<QPointer<ApiCall>> followers = call->m_followers;
    call->m_followers.clear();
    while (!followers.isEmpty()) {
        QPointer<ApiCall> next = followers.takeFirst();
        if (!next || next->isFinished())
            continue;
        next->m_followers = followers;
        next->m_sequence = call->m_sequence;
        m_queue.insert(at, next);
        break;
    }
    pump();
}

void RequestScheduler::rateLimited(qint64 waitMs)
{
    m_bucket.drain();
    m_pausedUntilMs = qMax(m_pausedUntilMs, m_clock->nowMs() + waitMs);
    Q_EMIT pausedChanged(m_pausedUntilMs);
    schedulePump(waitMs);
}

void RequestScheduler::reset()
{
    m_bucket = TokenBucket(m_clock);
    m_sent.clear();
    m_pausedUntilMs = 0;
    m_online = true;
    m_clock->cancelTimer(m_pumpTimer);
    m_pumpTimer = 0;
    m_pumpAtMs = -1;
    Q_EMIT budgetChanged(0);
    Q_EMIT pausedChanged(0);
}

void RequestScheduler::setOnline(bool online)
{
    m_online = online;
    pump();
}

bool RequestScheduler::mayGo(const ApiCall *call)
{
    if (call->m_priority != Priority::Background)
        return true;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return false;
    if (!m_online && !call->m_probe)
        return false;
    return m_bucket.available() >= kBackgroundReserve;
}

void RequestScheduler::pump()
{
    if (m_pumping)
        return; // a dispatch that re-enters (a merged call finishing at once) is handled below
    m_pumping = true;
    if (m_pausedUntilMs > 0 && m_clock->nowMs() >= m_pausedUntilMs) {
        m_pausedUntilMs = 0;
        Q_EMIT pausedChanged(0);
    }
    while (!m_queue.isEmpty()) {
        // The most urgent call first; among equals, the oldest.
        qsizetype best = 0;
        for (qsizetype i = 1; i < m_queue.size(); ++i) {
            const ApiCall *c = m_queue.at(i);
            const ApiCall *b = m_queue.at(best);
            if (c->m_priority < b->m_priority
                || (c->m_priority == b->m_priority && c->m_sequence < b->m_sequence))
                best = i;
        }
        ApiCall *call = m_queue.at(best);
        if (!mayGo(call)) {
            // Only background work is left and it is held: look again when that may change.
            const qint64 now = m_clock->nowMs();
            qint64 wait = m_pausedUntilMs > now ? m_pausedUntilMs - now : 0;
            if (wait == 0 && (m_online || call->m_probe)) {
                // Until enough tokens are back for the reserve (also when one or two are there
                // already: then msUntilToken() is 0, and a wait of 0 would never look again).
                wait = qMax<qint64>(1, m_bucket.msUntilTokens(kBackgroundReserve));
            }
            if (wait > 0)
                schedulePump(wait);
            break;
        }
        if (!m_bucket.tryTake()) {
            schedulePump(qMax<qint64>(1, m_bucket.msUntilToken()));
            break;
        }
        m_queue.removeAt(best);
        call->m_queued = false;
        recordSent();
        m_dispatch(call);
    }
    m_pumping = false;
}

void RequestScheduler::schedulePump(qint64 delayMs)
{
    const qint64 at = m_clock->nowMs() + delayMs;
    if (m_pumpTimer && m_pumpAtMs >= 0 && m_pumpAtMs <= at)
        return; // an earlier look is already planned
    m_clock->cancelTimer(m_pumpTimer);
    m_pumpAtMs = at;
    m_pumpTimer = m_clock->callAfter(delayMs, this, [this] {
        m_pumpTimer = 0;
        m_pumpAtMs = -1;
        pump();
    });
}

void RequestScheduler::recordSent()
{
    m_sent.push_back(m_clock->nowMs());
    Q_EMIT budgetChanged(requestsInLastMinute());
    armDecay();
}

void RequestScheduler::armDecay()
{
    // Tell the meter again each time the oldest request leaves the 60-second window.
    if (m_decayTimer || m_sent.empty())
        return;
    const qint64 delay = m_sent.front() + 60'000 - m_clock->nowMs() + 1;
    m_decayTimer = m_clock->callAfter(delay, this, [this] {
        m_decayTimer = 0;
        Q_EMIT budgetChanged(requestsInLastMinute());
        armDecay();
    });
}

int RequestScheduler::requestsInLastMinute()
{
    const qint64 now = m_clock->nowMs();
    while (!m_sent.empty() && m_sent.front() <= now - 60'000)
        m_sent.pop_front();
    return int(m_sent.size());
}
