#pragma once

#include "apierror.h"

#include <QtGlobal>

//! Online or offline, from the outcome of every attempt: 5 connection failures in a row take the
//! account offline; any answer from the server brings it back. While offline, probes follow the
//! schedule 5, 15, 30, then every 60 s.
class Connectivity
{
public:
    static constexpr int kFailuresToGoOffline = 5;

    //! Records an attempt's outcome; returns true when online/offline changed.
    bool record(const ApiError &error, qint64 nowMs);
    [[nodiscard]] bool isOnline() const { return m_online; }
    //! When the account went offline (ms), or 0.
    [[nodiscard]] qint64 offlineSinceMs() const { return m_offlineSinceMs; }
    //! Delay before the next probe, given how many probes already failed.
    [[nodiscard]] static qint64 probeDelayMs(int failedProbes);
    [[nodiscard]] static bool isConnectionFailure(const ApiError &error);

private:
    int m_failuresInRow = 0;
    bool m_online = true;
    qint64 m_offlineSinceMs = 0;
};
