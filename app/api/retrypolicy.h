#pragma once

#include "apierror.h"
#include "apirequest.h"

class QRandomGenerator;

//! When a failed attempt is tried again, and after how long (client policy, "Retries").
namespace RetryPolicy {

constexpr int kMaxAttempts = 3;
constexpr qint64 kPersonBudgetMs = 30'000; //!< a person's action gives up after this
constexpr qint64 kMaxBackoffMs = 20'000;

struct Decision
{
    bool retry = false;
    qint64 delayMs = 0;
};

//! True when the request surely never reached the server (so any method may be re-sent).
[[nodiscard]] bool surelyNotExecuted(const ApiError &error);
//! True when a request may have been carried out but the answer was lost.
[[nodiscard]] bool outcomeUnknown(const ApiRequest &request, const ApiError &error);
//! Seconds to wait after a 429: Retry-After clamped to 1..60, 60 when absent.
[[nodiscard]] qint64 rateLimitWaitMs(const ApiError &error);
//! The decision after attempt number \a attempts (1-based) failed with \a error, \a elapsedMs
//! after the call began. \a personAction applies the 30-second budget.
[[nodiscard]] Decision decide(const ApiRequest &request, const ApiError &error, int attempts,
                              qint64 elapsedMs, bool personAction, QRandomGenerator &random);

} // namespace RetryPolicy
