#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

//! Tolerant readers for the server's JSON: numbers may come as strings, lists as one string,
//! objects as one-element arrays, anything may be null or missing. None of them throws or
//! crashes; each returns an empty value for what it cannot read.
namespace JsonRead {

//! A string; numbers and booleans are written out, null/missing/objects give "".
[[nodiscard]] QString str(const QJsonValue &value);
[[nodiscard]] QString str(const QJsonObject &object, QLatin1String key);

//! An integer from a JSON number or a numeric string ("59100", " 42 ", "1.0").
[[nodiscard]] std::optional<qint64> optInt(const QJsonValue &value);
[[nodiscard]] std::optional<qint64> optInt(const QJsonObject &object, QLatin1String key);
[[nodiscard]] qint64 int64(const QJsonObject &object, QLatin1String key, qint64 fallback = 0);

//! A size or count: a number, a numeric string, or the leading number of "4GB", "1 Gbps".
[[nodiscard]] std::optional<qint64> optAmount(const QJsonObject &object, QLatin1String key);
[[nodiscard]] qint64 amount(const QJsonObject &object, QLatin1String key, qint64 fallback = 0);

//! A number (as double) from a number or numeric string.
[[nodiscard]] std::optional<double> optNumber(const QJsonObject &object, QLatin1String key);

//! "Y"/"N", true/false, 1/0, "true"/"false", "yes"/"no"; \a fallback otherwise.
[[nodiscard]] bool flag(const QJsonObject &object, QLatin1String key, bool fallback = false);

//! A list of strings from an array (of strings, numbers or objects with \a idKey) or from one
//! comma-separated string.
[[nodiscard]] QStringList strList(const QJsonObject &object, QLatin1String key,
                                  QLatin1String idKey = QLatin1String());

//! An object, or the first object of a one-element array; {} otherwise.
[[nodiscard]] QJsonObject obj(const QJsonObject &object, QLatin1String key);
//! An array; a lone object becomes a one-element array; [] otherwise.
[[nodiscard]] QJsonArray arr(const QJsonObject &object, QLatin1String key);

} // namespace JsonRead
