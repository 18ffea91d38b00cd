#include "fixtures.h"

#include <QFile>
#include <QJsonDocument>

namespace Fixtures {

QByteArray read(const QString &name)
{
    QFile file(QStringLiteral(IWINV_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture %s is missing", qPrintable(name));
    return file.readAll();
}

QJsonObject object(const QString &name)
{
    return QJsonDocument::fromJson(read(name)).object();
}

QJsonArray result(const QString &name)
{
    return object(name).value(QLatin1String("result")).toArray();
}

QJsonObject objectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

QJsonArray rowsOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        qFatal("bad test JSON: %s", json.constData());
    return doc.array();
}

} // namespace Fixtures
