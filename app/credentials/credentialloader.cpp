#include "credentialloader.h"

#include "profilemanager.h"

CredentialLoader::CredentialLoader(ProfileManager *profiles, Clock *clock, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_clock(clock)
{ }

void CredentialLoader::load(const QString &profileId)
{
    m_clock->cancelTimer(m_timer);
    m_timer = 0;
    m_profileId = profileId;
    ++m_generation;
    read(1);
}

void CredentialLoader::read(int attempt)
{
    const quint64 generation = m_generation;
    const QString id = m_profileId;
    m_profiles->credentials(
            id, this, [this, generation, id, attempt](const CredentialStore::Result &r) {
                if (generation != m_generation)
                    return; // another profile was asked for meanwhile
                if (r.error == CredentialStore::Error::None) {
                    m_profileId.clear();
                    Q_EMIT loaded(id, r.credentials);
                    return;
                }
                if (r.error == CredentialStore::Error::Unavailable && attempt == 1) {
                    const qint64 at = m_clock->nowMs() + kRetryAfterMs;
                    m_timer = m_clock->callAfter(kRetryAfterMs, this, [this, generation] {
                        m_timer = 0;
                        if (generation == m_generation)
                            read(2);
                    });
                    Q_EMIT retrying(id, at);
                    return;
                }
                m_profileId.clear();
                Q_EMIT failed(id, r.error, r.detail);
            });
}
