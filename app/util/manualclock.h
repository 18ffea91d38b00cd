#pragma once

#include "clock.h"

#include <QList>
#include <QPointer>

//! A clock that only moves when told to: tests, benchmarks and scripted simulator runs.
//! Moving it fires every timer that falls due, in time order, with "now" set to each one's due
//! time while it runs.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1710000000000) : m_ms(startMs) { }

    qint64 nowMs() const override { return m_ms; }
    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override;
    void cancelTimer(TimerId id) override;

    //! Sets "now" without firing timers (for setting up a test).
    void setNowMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms);
    void advanceSecs(qint64 secs) { advanceMs(secs * 1000); }
    //! Moves to the next pending timer and fires it; false when none is pending.
    bool advanceToNextTimer();
    //! Timers waiting to fire.
    [[nodiscard]] int pendingTimers() const;
    //! Due time of the next pending timer, or -1.
    [[nodiscard]] qint64 nextDueMs() const;

private:
    struct Pending
    {
        TimerId id;
        qint64 dueMs;
        QPointer<QObject> context;
        bool hadContext;
        std::function<void()> fn;
    };
    bool fireNextUpTo(qint64 limitMs);

    qint64 m_ms;
    TimerId m_next = 0;
    QList<Pending> m_pending;
};
