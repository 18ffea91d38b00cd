#pragma once

#include "tokenbucket.h"
#include "util/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class ApiCall;

//! Decides when each call may go out, for one account: a token bucket of 10 refilled at 50 a
//! minute; the person's changes, then their reads, then background work, which runs only while
//! at least 3 tokens remain, while online and not paused by a 429; identical GETs waiting in the
//! queue are merged. Counts the requests of the last 60 s for the budget meter.
class RequestScheduler final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kServerLimitPerMinute = 60;
    static constexpr int kBackgroundReserve = 3;

    using Dispatch = std::function<void(ApiCall *)>;

    RequestScheduler(Clock *clock, Dispatch dispatch, QObject *parent = nullptr);

    //! Queues \a call; a GET identical to one already waiting rides along with it.
    void enqueue(ApiCall *call);
    //! Drops a waiting call (cancelled); its followers take its place.
    void remove(ApiCall *call);
    //! After a 429: empties the bucket and holds background work for \a waitMs.
    void rateLimited(qint64 waitMs);
    //! A new account: a full bucket, no pause, nothing counted.
    void reset();
    //! While offline only probes and the person's own requests go out.
    void setOnline(bool online);

    [[nodiscard]] int requestsInLastMinute();
    [[nodiscard]] int tokens() { return m_bucket.available(); }
    [[nodiscard]] qint64 pausedUntilMs() const { return m_pausedUntilMs; }
    [[nodiscard]] int waiting() const { return int(m_queue.size()); }

Q_SIGNALS:
    //! The number of requests sent in the last 60 s changed.
    void budgetChanged(int usedLastMinute);
    //! Background work is held until \a untilMs after a 429 (0: released).
    void pausedChanged(qint64 untilMs);

private:
    void pump();
    void schedulePump(qint64 delayMs);
    [[nodiscard]] bool mayGo(const ApiCall *call);
    //! How long a call that may not go now is held, in ms (-1: until the account is online).
    [[nodiscard]] qint64 heldFor(const ApiCall *call);
    void recordSent();
    void armDecay();

    Clock *m_clock;
    Dispatch m_dispatch;
    TokenBucket m_bucket;
    QList<ApiCall *> m_queue;
    std::deque<qint64> m_sent;
    qint64 m_pausedUntilMs = 0;
    bool m_online = true;
    Clock::TimerId m_pumpTimer = 0;
    qint64 m_pumpAtMs = -1;
    Clock::TimerId m_decayTimer = 0;
    quint64 m_sequence = 0;
    bool m_pumping = false;
};
