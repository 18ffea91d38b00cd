#pragma once

#include <QDateTime>
#include <QtGlobal>

//! Measures how far this computer's clock is from the server's, from `Date` headers
//! (Date - midpoint(sent, received)), and decides the offset used when signing: applied from
//! 60 s, dropped under 30 s. Never stored on disk.
class ClockSkew
{
public:
    static constexpr qint64 kApplyFromSecs = 60;
    static constexpr qint64 kDropUnderSecs = 30;
    static constexpr qint64 kMaxRoundTripMs = 60'000;
    static constexpr qint64 kResignFromSecs = 240;

    //! Records one sample; returns true when the applied offset changed. Samples from a cache
    //! (Age header) or a slow round trip are skipped.
    bool addSample(qint64 sentMs, qint64 receivedMs, const QDateTime &serverDate, bool hasAge);

    //! Last measured skew (server - local) in seconds; 0 before any sample.
    [[nodiscard]] qint64 measuredSecs() const { return m_measuredSecs; }
    [[nodiscard]] bool hasMeasurement() const { return m_hasSample; }
    //! Seconds added to local time when signing.
    [[nodiscard]] qint64 offsetSecs() const { return m_offsetSecs; }
    //! Whether a timestamp rejection should be re-signed and sent again at once.
    [[nodiscard]] bool warrantsResign() const
    {
        return m_hasSample && qAbs(m_measuredSecs) > kResignFromSecs;
    }

private:
    qint64 m_measuredSecs = 0;
    qint64 m_offsetSecs = 0;
    bool m_hasSample = false;
};
