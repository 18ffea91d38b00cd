#include "apicall.h"

ApiCall::ApiCall(const ApiRequest &request, Priority priority, QObject *receiver,
                 ApiCallback callback, qint64 startedMs, QObject *parent)
    : QObject(parent), m_request(request), m_priority(priority), m_receiver(receiver),
      m_hadReceiver(receiver != nullptr), m_callback(std::move(callback)), m_startedMs(startedMs)
{ }

ApiCall::~ApiCall() = default;

QString ApiCall::mergeKey() const
{
    if (m_request.method != HttpMethod::Get || m_probe)
        return {};
    QString key = m_request.path;
    for (const auto &item : m_request.query)
        key += u'&' + item.first + u'=' + item.second;
    return key;
}

bool ApiCall::takeResign()
{
    if (m_resigned)
        return false;
    m_resigned = true;
    return true;
}

void ApiCall::raisePriority(Priority priority)
{
    if (priority < m_priority)
        m_priority = priority;
}

void ApiCall::addFollower(ApiCall *follower)
{
    m_followers.append(follower);
    // A call that comes back (a retry) with callers riding along brings them with it: every one
    // of them is answered when the merged request is.
    m_followers.append(follower->takeFollowers());
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_abort) {
        // The abort path completes the call (with Cancelled) through its owner.
        auto abort = std::exchange(m_abort, nullptr);
        abort();
    }
    if (!m_finished) {
        ApiResult result;
        result.error.kind = ApiError::Kind::Cancelled;
        result.error.mayHaveReachedServer = m_attempts > 0;
        result.attempts = m_attempts;
        complete(result);
    }
}

void ApiCall::complete(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_abort = nullptr;
    auto callback = std::exchange(m_callback, nullptr);
    if (callback && (!m_hadReceiver || m_receiver))
        callback(result);
    Q_EMIT finished();
    deleteLater();
}
