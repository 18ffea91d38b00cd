#include "journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Journal::Journal(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    if (m_path.isEmpty())
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + u"/journal.jsonl"_s;
}

QJsonObject Journal::safeParameters(const ApiRequest &request)
{
    QJsonObject params;
    auto secretLooking = [](const QString &name) {
        const QString n = name.toLower();
        return n.contains(u"password"_s) || n.contains(u"secret"_s) || n.contains(u"token"_s)
                || (n.contains(u"key"_s) && !n.contains(u"ssh_key"_s));
    };
    for (const FormField &f : request.form)
        params.insert(f.name, secretLooking(f.name) ? u"(hidden)"_s : f.value);
    for (auto it = request.json.begin(); it != request.json.end(); ++it)
        params.insert(it.key(), secretLooking(it.key()) ? QJsonValue(u"(hidden)"_s) : it.value());
    return params;
}

quint64 Journal::sent(const ApiRequest &request, const QString &target)
{
    const quint64 id = ++m_next;
    append(QJsonObject {{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {u"entry"_s, QString::number(id)},
                        {u"profile"_s, m_profile},
                        {u"operation"_s, request.operation},
                        {u"method"_s, ApiRequest::methodName(request.method)},
                        {u"path"_s, request.path},
                        {u"target"_s, target},
                        {u"parameters"_s, safeParameters(request)},
                        {u"outcome"_s, u"sent"_s}});
    return id;
}

void Journal::outcome(quint64 id, const QString &outcome)
{
    append(QJsonObject {{u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {u"entry"_s, QString::number(id)},
                        {u"profile"_s, m_profile},
                        {u"outcome"_s, outcome}});
}

void Journal::append(const QJsonObject &line)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::Append | QIODevice::WriteOnly))
        return; // the journal is a record, never a reason to fail a change
    file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}
