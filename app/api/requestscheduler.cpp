#include "requestscheduler.h"

#include "apicall.h"

RequestScheduler::RequestScheduler(Clock *clock, Dispatch dispatch, QObject *parent)
    : QObject(parent), m_clock(clock), m_dispatch(std::move(dispatch)), m_bucket(clock)
{ }

void RequestScheduler::enqueue(ApiCall *call)
{
    // While it waits here, cancelling the call takes it out of the queue.
    call->setAbort([this, call] { remove(call); });
    // A probe is never merged, either way: it must go while the refreshes it looks like are
    // held for being offline.
    const QString key = call->mergeKey();
    if (!key.isEmpty()) {
        for (ApiCall *waiting : std::as_const(m_queue)) {
            if (waiting->isProbe() || waiting->mergeKey() != key)
                continue;
            waiting->addFollower(call);
            waiting->raisePriority(call->priority());
            pump();
            return;
        }
    }
    call->setSequence(++m_sequence);
    m_queue.append(call);
    pump();
}

void RequestScheduler::remove(ApiCall *call)
{
    const qsizetype at = m_queue.indexOf(call);
    if (at < 0) {
        // A follower: leave its leader's list.
        for (ApiCall *leader : std::as_const(m_queue))
            leader->removeFollower(call);
        return;
    }
    m_queue.removeAt(at);
    // The first live follower takes its place, with the others behind it.
    QList<QPointer<ApiCall>> followers = call->takeFollowers();
    while (!followers.isEmpty()) {
        QPointer<ApiCall> next = followers.takeFirst();
        if (!next || next->isFinished())
            continue;
        next->setFollowers(followers);
        next->setSequence(call->sequence());
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
    if (call->priority() != Priority::Background)
        return true;
    if (m_clock->nowMs() < m_pausedUntilMs)
        return false;
    if (!m_online && !call->isProbe())
        return false;
    return m_bucket.available() >= kBackgroundReserve;
}

qint64 RequestScheduler::heldFor(const ApiCall *call)
{
    const qint64 now = m_clock->nowMs();
    if (m_pausedUntilMs > now)
        return m_pausedUntilMs - now;
    if (!m_online && !call->isProbe())
        return -1; // until the account is back online, which pumps
    // Until enough tokens are back for the reserve (also when one or two are there already:
    // then msUntilToken() is 0, and a wait of 0 would never look again).
    return qMax<qint64>(1, m_bucket.msUntilTokens(kBackgroundReserve));
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
        // The most urgent call that may go; among equals, the oldest. A held call (background
        // work while offline, paused or short of the reserve) never blocks one that may go
        // behind it, such as the probe that finds the server again.
        qsizetype best = -1;
        qint64 wait = -1; // until a held call may go (-1: nothing to wait for on the clock)
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            const ApiCall *c = m_queue.at(i);
            if (!mayGo(c)) {
                const qint64 w = heldFor(c);
                if (w > 0 && (wait < 0 || w < wait))
                    wait = w;
                continue;
            }
            const ApiCall *b = best < 0 ? nullptr : m_queue.at(best);
            if (!b || c->priority() < b->priority()
                || (c->priority() == b->priority() && c->sequence() < b->sequence()))
                best = i;
        }
        if (best < 0) {
            // Only held work is left: look again when that may change (going online pumps).
            if (wait > 0)
                schedulePump(wait);
            break;
        }
        ApiCall *call = m_queue.at(best);
        if (!m_bucket.tryTake()) {
            schedulePump(qMax<qint64>(1, m_bucket.msUntilToken()));
            break;
        }
        m_queue.removeAt(best);
        call->clearAbort(); // whoever dispatches it sets what stops it on the wire
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
