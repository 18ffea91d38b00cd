#pragma once

#include <QDateTime>
#include <QtGlobal>

//! Source of "now" for everything that signs, schedules or ages data.
//! Injected so tests and the simulator can move time without waiting.
class Clock
{
public:
    virtual ~Clock();
    //! Milliseconds since the Unix epoch.
    [[nodiscard]] virtual qint64 nowMs() const = 0;

    [[nodiscard]] qint64 nowSecs() const { return nowMs() / 1000; }
    [[nodiscard]] QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    //! The process-wide wall clock.
    static Clock *system();
};
