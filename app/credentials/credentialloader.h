#pragma once

#include "credentialstore.h"
#include "util/clock.h"

#include <QObject>

class ProfileManager;

//! Fetches a profile's keys the way the policy asks: an unavailable keychain is tried once
//! more after 10 s before the person is offered "this session only"; a locked or refused one is
//! reported as such (Unlock / Retry), never as a wrong key; a missing entry asks to sign in.
class CredentialLoader final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kRetryAfterMs = 10'000;

    CredentialLoader(ProfileManager *profiles, Clock *clock, QObject *parent = nullptr);

    //! Starts loading \a profileId's keys (a load in progress for another profile is dropped).
    void load(const QString &profileId);
    [[nodiscard]] bool isLoading() const { return !m_profileId.isEmpty(); }

Q_SIGNALS:
    void loaded(const QString &profileId, const Credentials &credentials);
    //! The keys could not be had; \a error says why (after the retry for Unavailable).
    void failed(const QString &profileId, CredentialStore::Error error, const QString &detail);
    //! The keychain did not answer; trying again at \a retryAtMs.
    void retrying(const QString &profileId, qint64 retryAtMs);

private:
    void read(int attempt);

    ProfileManager *m_profiles;
    Clock *m_clock;
    QString m_profileId;
    quint64 m_generation = 0;
    Clock::TimerId m_timer = 0;
};
