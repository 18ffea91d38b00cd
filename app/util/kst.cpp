#include "kst.h"

namespace Kst {
namespace {
constexpr qint64 kDayMs = 86'400'000;
constexpr qint64 kOffsetMs = qint64(kOffsetSecs) * 1000;
constexpr qint64 kEpochJulianDay = 2'440'588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}
} // namespace

const QTimeZone &zone()
{
    static const QTimeZone kst(kOffsetSecs);
    return kst;
}

QDate date(qint64 ms)
{
    return QDate::fromJulianDay(floorDiv(ms + kOffsetMs, kDayMs) + kEpochJulianDay);
}

qint64 midnightMs(const QDate &date)
{
    return (date.toJulianDay() - kEpochJulianDay) * kDayMs - kOffsetMs;
}

} // namespace Kst
