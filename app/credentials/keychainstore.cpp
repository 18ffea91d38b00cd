#include "keychainstore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeychainStore::KeychainStore(const QString &service, QObject *parent)
    : CredentialStore(parent), m_service(service)
{ }

CredentialStore::Error KeychainStore::mapError(int keychainError, const QString &text, bool writing)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return Error::None;
    case QKeychain::EntryNotFound:
        return Error::NotFound;
    case QKeychain::CouldNotDeleteEntry:
        return Error::DeleteFailed;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::Unavailable;
    case QKeychain::OtherError:
        break;
    }
    // OtherError: tell a locked or refused collection from a missing service by its words. The
    // lock words come first: D-Bus names both ("org.freedesktop.Secret.Error.IsLocked"), and a
    // locked keychain must offer Unlock, never the wait for a service.
    const QString t = text.toLower();
    if (t.contains(u"lock"_s) || t.contains(u"denied"_s) || t.contains(u"dismiss"_s)
        || t.contains(u"cancel"_s))
        return Error::Locked;
    if (t.contains(u"dbus"_s) || t.contains(u"d-bus"_s) || t.contains(u"org.freedesktop"_s)
        || t.contains(u"service"_s) || t.contains(u"no such"_s) || t.contains(u"not provided"_s)
        || t.contains(u"does not exist"_s))
        return Error::Unavailable;
    return writing ? Error::WriteFailed : Error::Unavailable;
}

void KeychainStore::read(const QString &profileId, QObject *receiver, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = guarded(receiver, std::move(done))](QKeychain::Job *) {
                Result result;
                result.error = mapError(job->error(), job->errorString(), false);
                result.detail = job->error() == QKeychain::NoError ? QString() : job->errorString();
                if (result.error == Error::None) {
                    QByteArray data = job->binaryData();
                    if (!decode(data, &result.credentials))
                        result.error = Error::Unreadable;
                    Credentials::wipeBytes(data);
                }
                done(result);
                result.credentials.wipe();
            });
    job->start();
}

void KeychainStore::write(const QString &profileId, const Credentials &credentials,
                          QObject *receiver, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    QByteArray data = encode(credentials);
    job->setBinaryData(data);
    Credentials::wipeBytes(data); // the job holds its own reference until it is done
    connect(job, &QKeychain::Job::finished, this,
            [job, done = guarded(receiver, std::move(done))](QKeychain::Job *) {
                Result result;
                result.error = mapError(job->error(), job->errorString(), true);
                result.detail = job->error() == QKeychain::NoError ? QString() : job->errorString();
                done(result);
            });
    job->start();
}

void KeychainStore::remove(const QString &profileId, QObject *receiver, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(entryKey(profileId));
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [job, done = guarded(receiver, std::move(done))](QKeychain::Job *) {
                Result result;
                result.error = mapError(job->error(), job->errorString(), false);
                // Deleting what is not there is what was wanted.
                if (result.error == Error::NotFound)
                    result.error = Error::None;
                result.detail = job->error() == QKeychain::NoError ? QString() : job->errorString();
                done(result);
            });
    job->start();
}
