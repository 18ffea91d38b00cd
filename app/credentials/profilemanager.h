#pragma once

#include "credentialstore.h"
#include "profile.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

class MemoryStore;

//! The accounts the console knows: saved ones (non-secret data in QSettings, keys in the
//! keychain), session-only ones (memory), one from the environment (never written anywhere)
//! and the demo account (always there, never mistaken for a real one).
class ProfileManager final : public QObject
{
    Q_OBJECT
public:
    //! \a keychain keeps saved profiles' keys; session-only keys stay in memory here.
    explicit ProfileManager(CredentialStore *keychain, QObject *parent = nullptr);
    ~ProfileManager() override;

    //! Reads the saved profiles; adds the environment's profile when IWINV_ACCESS_KEY and
    //! IWINV_SECRET_KEY are set (optional IWINV_ENDPOINT) and the demo profile.
    void load(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    //! The demo account's endpoint and keys (the simulator's).
    void setDemo(const QUrl &endpoint, const Credentials &credentials);

    [[nodiscard]] const QList<Profile> &profiles() const { return m_profiles; }
    [[nodiscard]] const Profile *profile(const QString &id) const;
    [[nodiscard]] QString activeId() const { return m_activeId; }
    //! The profile to open at start: the environment's, else the last one used, else the demo.
    [[nodiscard]] QString startupId() const;
    void setActive(const QString &id);

    //! Adds a profile with its keys: saved (\a remember) to the keychain, or kept in memory.
    //! The profile is added only when the keys are stored; \a done tells how that went.
    void add(Profile profile, const Credentials &credentials, bool remember, QObject *receiver,
             CredentialStore::Callback done);
    //! Saves new keys for an existing saved profile in the keychain (its entry was missing).
    void saveKeys(const QString &id, const Credentials &credentials, QObject *receiver,
                  CredentialStore::Callback done);
    //! Keeps a saved profile's keys in memory instead, for this session (keychain trouble).
    void keepForSession(const QString &id, const Credentials &credentials);
    //! The keys of \a id, from wherever they are kept.
    void credentials(const QString &id, QObject *receiver, CredentialStore::Callback done);
    void rename(const QString &id, const QString &name);
    void setSafety(const QString &id, Profile::Safety safety);
    //! Forgets a profile: deletes its keychain entry and its settings.
    void signOut(const QString &id, QObject *receiver, CredentialStore::Callback done);

    //! A colour for a new profile that differs from the others.
    [[nodiscard]] QString nextColour() const;

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const QString &id);

private:
    void save(const Profile &profile) const;
    void saveOrder() const;
    [[nodiscard]] Profile *find(const QString &id);

    CredentialStore *m_keychain;
    MemoryStore *m_memory;
    QList<Profile> m_profiles;
    QString m_activeId;
};
