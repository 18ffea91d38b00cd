#pragma once

#include "apirequest.h"
#include "apiresult.h"
#include "util/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

using ApiCallback = std::function<void(const ApiResult &)>;

//! Who is waiting for a call: the person's changes go first, then their reads, then the
//! console's own background work.
enum class Priority { Change = 0, Read = 1, Background = 2 };

//! A call in progress: cancel it, or wait for its callback. The callback runs exactly once,
//! and not at all when its receiver has been destroyed. The call deletes itself after
//! finishing: hold it in a QPointer.
//!
//! The second half of the interface is for the machinery that carries a call (the client, the
//! scheduler, composite listings); it keeps the call's own state consistent, so no one else
//! touches it directly.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] Priority priority() const { return m_priority; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    //! Attempts sent so far.
    [[nodiscard]] int attempts() const { return m_attempts; }
    //! When the call was made (the injected clock), for the person's 30 s.
    [[nodiscard]] qint64 startedMs() const { return m_startedMs; }
    //! Stops the work in flight, waiting or backing off; the callback receives Kind::Cancelled.
    void cancel();

    // For the machinery that carries the call.
    //! What cancel() stops now: the wire, the queue or the backoff the call waits in. The abort
    //! answers the call (as cancelled) through whoever carries it.
    void setAbort(std::function<void()> abort) { m_abort = std::move(abort); }
    void clearAbort() { m_abort = nullptr; }
    //! Sets the result, once: runs the callback (receiver alive) and deletes the call later.
    void complete(const ApiResult &result);
    //! One more attempt goes out; returns how many have.
    int countAttempt() { return ++m_attempts; }
    //! Takes the one re-signed attempt a timestamp refusal allows; false when it was used.
    [[nodiscard]] bool takeResign();
    //! An offline probe: never merged with the refreshes it looks like.
    [[nodiscard]] bool isProbe() const { return m_probe; }
    void markProbe() { m_probe = true; }
    //! The queue's order among calls of equal priority.
    [[nodiscard]] quint64 sequence() const { return m_sequence; }
    void setSequence(quint64 sequence) { m_sequence = sequence; }
    //! A merged call goes as soon as the most urgent of its waiters needs it.
    void raisePriority(Priority priority);
    //! Identical waiting GETs share this key (empty: never merged).
    [[nodiscard]] QString mergeKey() const;
    //! \a follower rides along (and so do the calls riding along with it): answered with this
    //! call's result.
    void addFollower(ApiCall *follower);
    void removeFollower(ApiCall *follower) { m_followers.removeAll(follower); }
    [[nodiscard]] QList<QPointer<ApiCall>> takeFollowers()
    {
        return std::exchange(m_followers, {});
    }
    void setFollowers(QList<QPointer<ApiCall>> followers) { m_followers = std::move(followers); }

Q_SIGNALS:
    //! After the callback ran (or was skipped).
    void finished();
    //! The call will be tried again after \a delayMs (what the person sees: "retrying in N s").
    void retryScheduled(qint64 delayMs, int nextAttempt);

private:
    friend class ApiClient; // the only one that makes calls
    ApiCall(const ApiRequest &request, Priority priority, QObject *receiver, ApiCallback callback,
            qint64 startedMs, QObject *parent);

    ApiRequest m_request;
    Priority m_priority;
    QPointer<QObject> m_receiver;
    bool m_hadReceiver = false;
    ApiCallback m_callback;
    std::function<void()> m_abort;
    bool m_finished = false;
    quint64 m_sequence = 0;
    int m_attempts = 0;
    qint64 m_startedMs = 0;
    bool m_resigned = false;
    bool m_probe = false;
    QList<QPointer<ApiCall>> m_followers; //!< identical GETs answered with this call's result
};
