#include "credentialstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

CredentialStore::~CredentialStore() = default;

CredentialStore::Callback CredentialStore::guarded(QObject *receiver, Callback done)
{
    return [guard = QPointer<QObject>(receiver), hadReceiver = receiver != nullptr,
            done = std::move(done)](const Result &result) {
        if (!hadReceiver || guard)
            done(result);
    };
}

void CredentialStore::answerLater(QObject *receiver, Callback done, Result result)
{
    QTimer::singleShot(0, this, [done = guarded(receiver, std::move(done)), result]() mutable {
        done(result);
        result.credentials.wipe();
    });
}

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
