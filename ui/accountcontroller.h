#pragma once

#include "credentials/credentialstore.h"
#include "credentials/profile.h"

#include <QObject>
#include <QPointer>

class AccountSession;
class Clock;
class ConnectionCheckDialog;
class QMessageBox;
class SettingsDialog;
class SignInDialog;
class CredentialLoader;
class Journal;
class MainWindow;
class ProfileManager;
class ProfileSwitcher;

//! Puts an account to work: reads its keys (keychain, memory or environment), switches the
//! session to it, and tells the window which account it is. Every keychain outcome gets its own
//! prompt and way out, none of them blocking the window: missing keys ask to sign in again, an
//! unavailable keychain is retried once and then offers "this session only", a locked one offers
//! to unlock, never calling a key wrong. Until a real account opens, the demo stays open, marked.
class AccountController final : public QObject
{
    Q_OBJECT
public:
    AccountController(ProfileManager *profiles, AccountSession *session, MainWindow *window,
                      Clock *clock, QObject *parent = nullptr);
    ~AccountController() override;

    //! Opens the profile to start with (environment, else the last used, else the demo).
    void start();
    //! Opens \a profileId once its keys are read; the current account stays until then.
    void switchTo(const QString &profileId);
    //! The profile whose account the session works with now (empty before the first opens).
    [[nodiscard]] QString openId() const { return m_openId; }
    void setJournal(Journal *journal) { m_journal = journal; }

    [[nodiscard]] ProfileSwitcher *switcher() const { return m_switcher; }
    [[nodiscard]] CredentialLoader *loader() const { return m_loader; }
    //! The prompt on screen, if any (tests answer it).
    [[nodiscard]] QMessageBox *notice() const;
    [[nodiscard]] SignInDialog *signInDialog() const;
    [[nodiscard]] SettingsDialog *settingsDialog() const;
    [[nodiscard]] ConnectionCheckDialog *connectionCheckDialog() const;

public Q_SLOTS:
    void addAccount();
    void renameOpen();
    void setSafety(Profile::Safety safety);
    void signOutOpen();
    void openConnectionCheck();
    void openSettings();

Q_SIGNALS:
    //! The session now works with \a profileId's account.
    void opened(const QString &profileId);

private:
    void open(const QString &profileId, const Credentials &credentials);
    void keysFailed(const QString &profileId, CredentialStore::Error error);
    void askAgain(const QString &profileId, bool sessionOnly);
    QMessageBox *newNotice(const QString &title, const QString &text);

    ProfileManager *m_profiles;
    AccountSession *m_session;
    MainWindow *m_window;
    CredentialLoader *m_loader;
    ProfileSwitcher *m_switcher;
    Journal *m_journal = nullptr;
    QString m_openId;
    QString m_pendingId;
    QPointer<QMessageBox> m_notice;
    QPointer<SignInDialog> m_signIn;
    QPointer<SettingsDialog> m_settings;
    QPointer<ConnectionCheckDialog> m_check;
};
