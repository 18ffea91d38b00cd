#pragma once

#include <QtGlobal>

class Clock;

//! A token bucket on an injectable clock: `capacity` tokens, refilled at `perMinute` a minute.
//! With 10 and 50 (the defaults) no 60-second window can pass 60 requests, the server's limit.
class TokenBucket
{
public:
    explicit TokenBucket(Clock *clock, double capacity = 10, double perMinute = 50);

    //! Whole tokens available now.
    [[nodiscard]] int available();
    //! Takes one token if there is one.
    [[nodiscard]] bool tryTake();
    //! Milliseconds until a whole token is available (0 if one is).
    [[nodiscard]] qint64 msUntilToken();
    //! Milliseconds until \a count whole tokens are available (0 if they are).
    [[nodiscard]] qint64 msUntilTokens(int count);
    //! Empties the bucket (after a 429: the server says we went too fast).
    void drain();
    [[nodiscard]] double capacity() const { return m_capacity; }

private:
    void refill();

    Clock *m_clock;
    double m_capacity;
    double m_msPerToken;
    double m_tokens;
    qint64 m_lastMs;
};
