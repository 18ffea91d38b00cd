#include "apicall.h"

ApiCall::ApiCall(const ApiRequest &request, QObject *receiver, ApiCallback callback,
                 QObject *parent)
    : QObject(parent), m_request(request), m_receiver(receiver), m_hadReceiver(receiver != nullptr),
      m_callback(std::move(callback))
{ }

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_abort) {
        // The abort path completes the call (with Cancelled) through the transport.
        auto abort = std::move(m_abort);
        m_abort = nullptr;
        abort();
    }
    if (!m_finished) {
        ApiResult result;
        result.error.kind = ApiError::Kind::Cancelled;
        result.error.mayHaveReachedServer = false;
        complete(result);
    }
}

void ApiCall::complete(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = nullptr;
    auto callback = std::move(m_callback);
    m_callback = nullptr;
    if (callback && (!m_hadReceiver || m_receiver))
        callback(result);
    Q_EMIT finished();
    deleteLater();
}
