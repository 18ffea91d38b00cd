#pragma once

#include <QString>

//! How amounts, sizes and dates read in tables and details, per the glossary: `59,100원`,
//! `4GB`, `2023-12-01 14:05`.
namespace Format {
[[nodiscard]] QString money(qint64 won);
[[nodiscard]] QString gigabytes(qint64 gb);
//! A server date-time as `yyyy-MM-dd HH:mm` (server text without seconds); dates as they are.
[[nodiscard]] QString dateTime(const QString &serverText);
//! "12 s ago", "3 min ago", "2 h ago" for an age in milliseconds.
[[nodiscard]] QString age(qint64 ms);
} // namespace Format
