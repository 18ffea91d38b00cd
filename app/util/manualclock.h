#pragma once

#include "clock.h"

//! A clock that only moves when told to: tests, benchmarks and scripted simulator runs.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1710000000000) : m_ms(startMs) { }

    qint64 nowMs() const override { return m_ms; }
    void setNowMs(qint64 ms) { m_ms = ms; }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void advanceSecs(qint64 secs) { m_ms += secs * 1000; }

private:
    qint64 m_ms;
};
