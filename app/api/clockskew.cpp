#include "clockskew.h"

#include <cmath>

bool ClockSkew::addSample(qint64 sentMs, qint64 receivedMs, const QDateTime &serverDate,
                          bool hasAge)
{
    if (!serverDate.isValid() || hasAge || receivedMs < sentMs
        || receivedMs - sentMs > kMaxRoundTripMs)
        return false;
    const qint64 midpoint = sentMs + (receivedMs - sentMs) / 2;
    // Date has one-second resolution: round to whole seconds.
    m_measuredSecs
            = qint64(std::llround(double(serverDate.toMSecsSinceEpoch() - midpoint) / 1000.0));
    m_hasSample = true;
    const qint64 before = m_offsetSecs;
    if (qAbs(m_measuredSecs) >= kApplyFromSecs)
        m_offsetSecs = m_measuredSecs;
    else if (qAbs(m_measuredSecs) < kDropUnderSecs)
        m_offsetSecs = 0;
    // Between 30 and 60 s the current choice stays (hysteresis).
    return m_offsetSecs != before;
}
