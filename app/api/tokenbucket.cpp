#include "tokenbucket.h"

#include "util/clock.h"

#include <cmath>

TokenBucket::TokenBucket(Clock *clock, double capacity, double perMinute)
    : m_clock(clock), m_capacity(capacity), m_msPerToken(60'000.0 / perMinute), m_tokens(capacity),
      m_lastMs(clock->nowMs())
{ }

void TokenBucket::refill()
{
    const qint64 now = m_clock->nowMs();
    if (now > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + double(now - m_lastMs) / m_msPerToken);
    m_lastMs = std::max(m_lastMs, now);
}

int TokenBucket::available()
{
    refill();
    return int(std::floor(m_tokens + 1e-9));
}

bool TokenBucket::tryTake()
{
    refill();
    if (m_tokens + 1e-9 < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 TokenBucket::msUntilToken()
{
    return msUntilTokens(1);
}

qint64 TokenBucket::msUntilTokens(int count)
{
    refill();
    if (m_tokens + 1e-9 >= double(count))
        return 0;
    return qint64(std::ceil((double(count) - m_tokens) * m_msPerToken));
}

void TokenBucket::drain()
{
    refill();
    m_tokens = 0;
}
