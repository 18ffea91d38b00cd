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
    //! Stops the work in flight, waiting or backing off; the callback receives Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    //! After the callback ran (or was skipped).
    void finished();
    //! The call will be tried again after \a delayMs (what the person sees: "retrying in N s").
    void retryScheduled(qint64 delayMs, int nextAttempt);

private:
    friend class ApiClient;
    friend class PagedFetch;
    friend class RequestScheduler;
    ApiCall(const ApiRequest &request, Priority priority, QObject *receiver, ApiCallback callback,
            QObject *parent);
    //! Sets the result, once; later calls are ignored.
    void complete(const ApiResult &result);
    [[nodiscard]] QString mergeKey() const;

    ApiRequest m_request;
    Priority m_priority;
    QPointer<QObject> m_receiver;
    bool m_hadReceiver = false;
    ApiCallback m_callback;
    std::function<void()> m_abort;
    bool m_finished = false;
    // Scheduling state, owned by ApiClient and RequestScheduler.
    quint64 m_sequence = 0;
    int m_attempts = 0;
    qint64 m_startedMs = 0;
    bool m_resigned = false;
    bool m_probe = false;
    bool m_queued = false;
    QList<QPointer<ApiCall>> m_followers; //!< identical GETs answered with this call's result
};
