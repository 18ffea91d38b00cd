#pragma once

#include "apirequest.h"
#include "apiresult.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>

class HttpWire;
struct WireAnswer;

//! One HTTP attempt from sending to its ApiResult, whichever wire carries it: the inactivity
//! timeout (15 s without progress) and the deadline on the injected clock, cancellation, the
//! answer read exactly once, never delivered after its context died, failures logged without
//! anything secret. Deletes itself when done.
class HttpAttempt final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult &)>;

    //! \a context: no answer after it is destroyed (null: always answer).
    HttpAttempt(Clock *clock, const ApiRequest &request, qint64 deadlineMs, QObject *context,
                Done done, QObject *parent = nullptr);
    //! Sends through \a wire (taken over).
    void start(HttpWire *wire);
    //! Stops the attempt; it is answered with Kind::Cancelled.
    void cancel();

    //! An HTTP answer as an ApiResult for \a request (public for tests of odd answers).
    [[nodiscard]] static ApiResult interpret(const WireAnswer &answer, const ApiRequest &request,
                                             qint64 sentAtMs, const Clock &clock);

private:
    enum class Stop { None, Cancelled, TimedOut };

    void armInactivity();
    void stop(Stop why);
    void onAnswered(const WireAnswer &answer);
    [[nodiscard]] ApiResult failure(const WireAnswer &answer) const;

    Clock *m_clock;
    ApiRequest m_request;
    qint64 m_deadlineMs;
    QPointer<QObject> m_context;
    bool m_hadContext;
    Done m_done;
    HttpWire *m_wire = nullptr;
    Clock::TimerId m_inactivity = 0;
    Clock::TimerId m_deadline = 0;
    qint64 m_sentAtMs = 0;
    Stop m_stop = Stop::None;
    bool m_finished = false;
};
