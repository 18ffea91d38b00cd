#include "jsonread.h"

#include <cmath>
#include <limits>

namespace JsonRead {

QString str(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min())
            return QString::number(i);
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        return {};
    }
    return {};
}

QString str(const QJsonObject &object, QLatin1String key)
{
    return str(object.value(key));
}

std::optional<qint64> optInt(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 i = value.toInteger(std::numeric_limits<qint64>::min());
        if (i != std::numeric_limits<qint64>::min())
            return i;
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 9.2e18)
            return qint64(std::llround(d));
        return std::nullopt;
    }
    if (value.isString()) {
        QString text = value.toString().trimmed();
        text.remove(u',');
        bool ok = false;
        const qint64 i = text.toLongLong(&ok);
        if (ok)
            return i;
        const double d = text.toDouble(&ok);
        if (ok && std::isfinite(d) && std::abs(d) < 9.2e18)
            return qint64(std::llround(d));
    }
    return std::nullopt;
}

std::optional<qint64> optInt(const QJsonObject &object, QLatin1String key)
{
    return optInt(object.value(key));
}

qint64 int64(const QJsonObject &object, QLatin1String key, qint64 fallback)
{
    return optInt(object, key).value_or(fallback);
}

std::optional<qint64> optAmount(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (const auto direct = optInt(value))
        return direct;
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString().trimmed();
    text.remove(u','); // "1,024 GB"
    qsizetype end = 0;
    while (end < text.size() && text.at(end).isDigit())
        ++end;
    if (end == 0)
        return std::nullopt;
    bool ok = false;
    const qint64 number = text.left(end).toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

qint64 amount(const QJsonObject &object, QLatin1String key, qint64 fallback)
{
    return optAmount(object, key).value_or(fallback);
}

std::optional<double> optNumber(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

bool flag(const QJsonObject &object, QLatin1String key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString t = value.toString().trimmed().toLower();
        if (t == u"y" || t == u"yes" || t == u"true" || t == u"1")
            return true;
        if (t == u"n" || t == u"no" || t == u"false" || t == u"0")
            return false;
    }
    return fallback;
}

QStringList strList(const QJsonObject &object, QLatin1String key, QLatin1String idKey)
{
    const QJsonValue value = object.value(key);
    QStringList out;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            QString text
                    = item.isObject() && idKey.size() > 0 ? str(item.toObject(), idKey) : str(item);
            if (!text.isEmpty())
                out.append(text);
        }
    } else if (value.isString()) {
        const QStringList parts = value.toString().split(u',', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                out.append(part.trimmed());
        }
    } else if (value.isObject() && idKey.size() > 0) {
        const QString text = str(value.toObject(), idKey);
        if (!text.isEmpty())
            out.append(text);
    }
    return out;
}

QJsonObject obj(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isObject())
        return value.toObject();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (!array.isEmpty() && array.first().isObject())
            return array.first().toObject();
    }
    return {};
}

QJsonArray arr(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isArray())
        return value.toArray();
    if (value.isObject())
        return QJsonArray {value};
    return {};
}

} // namespace JsonRead
