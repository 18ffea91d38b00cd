#pragma once

#include "credentialstore.h"

//! The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
//! Manager on Windows). Service name: the application id. No insecure fallback of any kind:
//! without a keychain the secret is never put on disk.
class KeychainStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &profileId, QObject *receiver, Callback done) override;
    void write(const QString &profileId, const Credentials &credentials, QObject *receiver,
               Callback done) override;
    void remove(const QString &profileId, QObject *receiver, Callback done) override;

    //! How QtKeychain's error codes read for the console (on Debian a missing Secret Service is
    //! reported as OtherError with a D-Bus message: that is "unavailable").
    [[nodiscard]] static Error mapError(int keychainError, const QString &text, bool writing);

private:
    QString m_service;
};
