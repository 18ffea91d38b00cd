#pragma once

#include "apirequest.h"
#include "apiresult.h"

#include <QObject>
#include <QPointer>

#include <functional>

using ApiCallback = std::function<void(const ApiResult &)>;

//! A call in progress: cancel it, or wait for its callback. The callback runs exactly once,
//! and not at all when its receiver has been destroyed. The call deletes itself after
//! finishing: hold it in a QPointer.
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    [[nodiscard]] const ApiRequest &request() const { return m_request; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    //! Stops the work in flight; the callback receives Kind::Cancelled.
    void cancel();

Q_SIGNALS:
    //! After the callback ran (or was skipped).
    void finished();

private:
    friend class ApiClient;
    friend class PagedFetch;
    ApiCall(const ApiRequest &request, QObject *receiver, ApiCallback callback, QObject *parent);
    //! Sets the result, once; later calls are ignored.
    void complete(const ApiResult &result);

    ApiRequest m_request;
    QPointer<QObject> m_receiver;
    bool m_hadReceiver = false;
    ApiCallback m_callback;
    std::function<void()> m_abort;
    bool m_finished = false;
};
