#pragma once

#include <QDate>
#include <QTimeZone>

//! Korea Standard Time, iwinv's clock and its months: UTC+9 all year (no daylight saving since
//! 1988), so a fixed offset and plain arithmetic, no time zone database.
namespace Kst {
constexpr int kOffsetSecs = 9 * 3600;
//! The zone, for QDateTime.
[[nodiscard]] const QTimeZone &zone();
//! The KST date at \a ms (ms since the epoch), without a QDateTime.
[[nodiscard]] QDate date(qint64 ms);
//! When \a date starts in KST, in ms since the epoch.
[[nodiscard]] qint64 midnightMs(const QDate &date);
} // namespace Kst
