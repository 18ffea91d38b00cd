#pragma once

#include <QByteArray>
#include <QDateTime>

//! Reading the dates of HTTP headers (Date, Retry-After).
namespace HttpDate {

//! An HTTP date (IMF-fixdate and the two obsolete forms); invalid if unreadable.
[[nodiscard]] QDateTime parse(const QByteArray &value);
//! Seconds from a Retry-After value (delta-seconds or HTTP date) at \a now; -1 if unreadable.
[[nodiscard]] int retryAfterSecs(const QByteArray &value, const QDateTime &now);

} // namespace HttpDate
