#pragma once

#include <QString>

class QDateTime;

//! How amounts, sizes and times read in tables and details, per the glossary: `59,100원`,
//! `4GB`, `2023-12-01 14:05`. Times are 24-hour everywhere (never Qt's `오후 2:05`).
namespace Format {

//! How much of a moment a time shows.
enum class Detail {
    Time, //!< `14:05`
    DateTime, //!< `2023-12-01 14:05`
    Seconds, //!< `2023-12-01 14:05:09`, where two clocks are compared
};

[[nodiscard]] QString money(qint64 won);
[[nodiscard]] QString gigabytes(qint64 gb);

//! A moment of this computer's clock (the last refresh, the computer's time) as a person reads
//! it: 24-hour, in this computer's zone.
[[nodiscard]] QString clockTime(const QDateTime &at, Detail detail = Detail::Time);

//! A date-time as the iwinv API writes it (`2024-01-02 03:04:05`, KST when it names no zone;
//! one that names its zone is converted to KST) as iwinv shows it: `2024-01-02 03:04`, with
//! `KST` after it when this computer's zone is another. A date stays a date; text that is no
//! date is shown as it is.
[[nodiscard]] QString apiDateTime(const QString &apiText);
//! A moment the iwinv API gave with its zone (the HTTP `Date` header), in KST as above.
[[nodiscard]] QString apiDateTime(const QDateTime &at, Detail detail = Detail::DateTime);

//! An API date-time for a file a program reads (CSV): ISO 8601 with its offset,
//! `2024-01-02T03:04:05+09:00`; a date as `2024-01-02`; text that is no date as it is.
[[nodiscard]] QString isoDateTime(const QString &apiText);

//! "12 s ago", "3 min ago", "2 h ago" for an age in milliseconds.
[[nodiscard]] QString age(qint64 ms);

} // namespace Format
