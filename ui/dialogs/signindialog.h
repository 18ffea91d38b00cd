#pragma once

#include "credentials/credentials.h"
#include "credentials/credentialstore.h"
#include "credentials/profile.h"

#include <QDialog>

#include <memory>

class ApiClient;
class ConnectionCheck;
class ProfileManager;

namespace Ui {
class SignInDialog;
}

//! Adds an iwinv account: a profile name, the Access Key and Secret Key (masked), the API address
//! and whether to remember the keys in the keychain or only for this session. "Test connection"
//! makes a real signed call and says in words what is wrong. A failure keeps everything typed.
class SignInDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(ProfileManager *profiles, QWidget *parent = nullptr);
    ~SignInDialog() override;

    //! Why the keys of an existing profile are asked for again.
    enum class Reason {
        Missing, //!< the keychain has no entry: sign in again (saved or this session)
        KeychainUnavailable, //!< the keychain cannot give them: this session only
    };
    //! Asks again for the keys of an existing profile.
    void setExistingProfile(const Profile &profile, Reason reason);
    //! The profile that was added (after accept).
    [[nodiscard]] QString profileId() const { return m_profileId; }
    //! What is wrong with the fields, or empty.
    [[nodiscard]] QString validate() const;
    void testConnection();
    [[nodiscard]] QString testResult() const;
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    void accept() override;
    //! Ignored while the keychain is saving: the keys would be saved with no one to tell.
    void reject() override;

Q_SIGNALS:
    void tested();

private:
    [[nodiscard]] Credentials credentials() const;
    [[nodiscard]] QUrl endpoint() const;
    void showError(const QString &text);
    void finishSaving(const CredentialStore::Result &result);

    const std::unique_ptr<Ui::SignInDialog> m_ui;
    ProfileManager *m_profiles;
    ApiClient *m_testClient = nullptr;
    ConnectionCheck *m_check = nullptr;
    QString m_profileId;
    QString m_existingId;
    bool m_saving = false;
};
