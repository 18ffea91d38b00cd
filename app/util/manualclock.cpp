#include "manualclock.h"

#include <limits>

Clock::TimerId ManualClock::callAfter(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    const TimerId id = ++m_next;
    m_pending.append(Pending {id, m_ms + qMax<qint64>(0, delayMs), context, context != nullptr,
                              std::move(fn)});
    return id;
}

void ManualClock::cancelTimer(TimerId id)
{
    m_pending.removeIf([id](const Pending &p) { return p.id == id; });
}

bool ManualClock::fireNextUpTo(qint64 limitMs)
{
    // Timers whose context died never fire.
    m_pending.removeIf([](const Pending &p) { return p.hadContext && !p.context; });
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending.at(i);
        if (p.dueMs > limitMs)
            continue;
        if (best < 0 || p.dueMs < m_pending.at(best).dueMs
            || (p.dueMs == m_pending.at(best).dueMs && p.id < m_pending.at(best).id))
            best = i;
    }
    if (best < 0)
        return false;
    Pending p = m_pending.takeAt(best);
    m_ms = qMax(m_ms, p.dueMs);
    p.fn();
    return true;
}

void ManualClock::advanceMs(qint64 ms)
{
    const qint64 target = m_ms + qMax<qint64>(0, ms);
    while (fireNextUpTo(target)) { }
    m_ms = target;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 due = nextDueMs();
    if (due < 0)
        return false;
    return fireNextUpTo(due);
}

int ManualClock::pendingTimers() const
{
    int n = 0;
    for (const Pending &p : m_pending)
        n += (!p.hadContext || p.context) ? 1 : 0;
    return n;
}

qint64 ManualClock::nextDueMs() const
{
    qint64 due = -1;
    for (const Pending &p : m_pending) {
        if (p.hadContext && !p.context)
            continue;
        if (due < 0 || p.dueMs < due)
            due = p.dueMs;
    }
    return due;
}
