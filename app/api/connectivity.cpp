#include "connectivity.h"

bool Connectivity::isConnectionFailure(const ApiError &error)
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
}

bool Connectivity::record(const ApiError &error, qint64 nowMs)
{
    if (error.kind == ApiError::Kind::Cancelled || error.kind == ApiError::Kind::NotSignedIn
        || error.kind == ApiError::Kind::InsecureEndpoint)
        return false; // nothing was learnt about the network
    if (isConnectionFailure(error)) {
        ++m_failuresInRow;
        if (m_online && m_failuresInRow >= kFailuresToGoOffline) {
            m_online = false;
            m_offlineSinceMs = nowMs;
            return true;
        }
        return false;
    }
    m_failuresInRow = 0;
    if (!m_online) {
        m_online = true;
        m_offlineSinceMs = 0;
        return true;
    }
    return false;
}

qint64 Connectivity::probeDelayMs(int failedProbes)
{
    switch (failedProbes) {
    case 0:
        return 5'000;
    case 1:
        return 15'000;
    case 2:
        return 30'000;
    default:
        return 60'000;
    }
}
