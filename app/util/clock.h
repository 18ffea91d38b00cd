#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <functional>

class QObject;

//! Source of "now" and of timers for everything that signs, schedules, waits or ages data.
//! Injected so tests, benchmarks and the simulator move time without waiting.
class Clock
{
public:
    using TimerId = quint64;

    virtual ~Clock();
    //! Milliseconds since the Unix epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    //! Runs \a fn once, \a delayMs from now, on \a context's thread; never if \a context is
    //! destroyed first or the timer is cancelled. Returns an id for cancelTimer().
    virtual TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;
    //! Cancels a timer; unknown or fired ids are ignored.
    virtual void cancelTimer(TimerId id) = 0;

    [[nodiscard]] qint64 nowSecs() const { return nowMs() / 1000; }
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    //! The process-wide wall clock with real timers.
    static Clock *system();
};
