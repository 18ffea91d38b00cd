#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

CredentialStore::~CredentialStore() = default;

QString CredentialStore::entryKey(const QString &profileId)
{
    return u"profile/"_s + profileId;
}

QByteArray CredentialStore::encode(const Credentials &credentials)
{
    QJsonObject o {{u"access_key"_s, credentials.accessKey},
                   {u"secret_key"_s, QString::fromUtf8(credentials.secretKey)},
                   {u"v"_s, 1}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CredentialStore::decode(const QByteArray &data, Credentials *credentials)
{
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    credentials->accessKey = o.value(u"access_key"_s).toString();
    credentials->secretKey = o.value(u"secret_key"_s).toString().toUtf8();
    return credentials->isComplete();
}

QString CredentialStore::errorName(Error error)
{
    switch (error) {
    case Error::None:
        return u"None"_s;
    case Error::NotFound:
        return u"NotFound"_s;
    case Error::Unavailable:
        return u"Unavailable"_s;
    case Error::Locked:
        return u"Locked"_s;
    case Error::WriteFailed:
        return u"WriteFailed"_s;
    case Error::DeleteFailed:
        return u"DeleteFailed"_s;
    case Error::Unreadable:
        return u"Unreadable"_s;
    }
    return {};
}
