#include "retrypolicy.h"

#include <QRandomGenerator>

namespace RetryPolicy {

bool surelyNotExecuted(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::TimestampRejected:
        return true;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
        return !error.mayHaveReachedServer;
    default:
        return false;
    }
}

bool outcomeUnknown(const ApiRequest &request, const ApiError &error)
{
    if (!request.isMutating() || surelyNotExecuted(error))
        return false;
    switch (error.kind) {
    case ApiError::Kind::Server:
        // DEV_CHECK_RETURN is the backend's own refusal ("resources restricted in the zone"):
        // the reference observed that nothing was created. Any other 5xx may hide a change.
        return error.code != 0xc;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::InvalidResponse:
    case ApiError::Kind::TooLarge:
        return true;
    default:
        return false;
    }
}

qint64 rateLimitWaitMs(const ApiError &error)
{
    const int secs = error.retryAfterSecs < 0 ? 60 : qBound(1, error.retryAfterSecs, 60);
    return qint64(secs) * 1000;
}

namespace {
bool transientAfterSending(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::InvalidResponse:
        return true;
    default:
        return false;
    }
}
} // namespace

Decision decide(const ApiRequest &request, const ApiError &error, int attempts, qint64 elapsedMs,
                bool personAction, QRandomGenerator &random)
{
    Decision d;
    if (attempts >= kMaxAttempts || !error.isError())
        return d;
    // A certificate that fails verification will fail again: never retried.
    if (error.kind == ApiError::Kind::Tls && !error.tlsProblems.isEmpty())
        return d;
    bool retry = false;
    if (surelyNotExecuted(error))
        retry = true;
    else if (transientAfterSending(error))
        // After it was sent: reads, and PUT/DELETE that end the same when repeated. Never a POST
        // (start, stop, attach): if the first one worked, the second meets the server busy with
        // it and turns a success into an error; the next listing tells instead.
        retry = request.repeat == Repeat::Safe
                || (request.repeat == Repeat::Idempotent
                    && (request.method == HttpMethod::Put || request.method == HttpMethod::Delete));
    if (!retry)
        return d;
    if (error.kind == ApiError::Kind::RateLimited) {
        d.delayMs = rateLimitWaitMs(error);
    } else {
        const qint64 cap = std::min<qint64>(kMaxBackoffMs, qint64(1000) << std::min(attempts, 20));
        d.delayMs = qint64(random.bounded(double(cap)));
    }
    if (personAction && elapsedMs + d.delayMs > kPersonBudgetMs)
        return Decision {};
    d.retry = true;
    return d;
}

} // namespace RetryPolicy
