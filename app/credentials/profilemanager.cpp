#include "profilemanager.h"

#include "billing/samplestore.h"

#include "settings/settingskeys.h"

#include "memorystore.h"

#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QStringList kColours = {u"#1a73e8"_s, u"#188038"_s, u"#c5221f"_s, u"#9334e6"_s,
                              u"#e37400"_s, u"#007b83"_s, u"#b06000"_s, u"#5f6368"_s};

QString safetyName(Profile::Safety s)
{
    switch (s) {
    case Profile::Safety::Normal:
        return u"normal"_s;
    case Profile::Safety::Production:
        return u"production"_s;
    case Profile::Safety::ReadOnly:
        return u"read-only"_s;
    }
    return {};
}

Profile::Safety safetyFrom(const QString &name)
{
    if (name == u"production"_s)
        return Profile::Safety::Production;
    if (name == u"read-only"_s)
        return Profile::Safety::ReadOnly;
    return Profile::Safety::Normal;
}
} // namespace

ProfileManager::ProfileManager(CredentialStore *keychain, QObject *parent)
    : QObject(parent), m_keychain(keychain), m_memory(new MemoryStore(this))
{ }

ProfileManager::~ProfileManager() = default;

Profile *ProfileManager::find(const QString &id)
{
    for (Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Profile *ProfileManager::profile(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

void ProfileManager::load(const QProcessEnvironment &environment)
{
    m_profiles.clear();
    QSettings settings;
    const QStringList order = settings.value(SettingsKeys::profileOrder()).toStringList();
    for (const QString &id : order) {
        settings.beginGroup(SettingsKeys::profileGroup(id));
        Profile p;
        p.id = id;
        p.name = settings.value(SettingsKeys::profileName()).toString();
        p.endpoint = QUrl(settings.value(SettingsKeys::profileEndpoint(),
                                         Profile::defaultEndpoint().toString())
                                  .toString());
        p.colour = settings.value(SettingsKeys::profileColour(), kColours.first()).toString();
        p.safety = safetyFrom(settings.value(SettingsKeys::profileSafety()).toString());
        p.maskedAccessKey = settings.value(SettingsKeys::profileMaskedKey()).toString();
        p.kind = Profile::Kind::Saved;
        settings.endGroup();
        if (!p.name.isEmpty())
            m_profiles.append(p);
    }
    const QString access = environment.value(u"IWINV_ACCESS_KEY"_s);
    const QString secret = environment.value(u"IWINV_SECRET_KEY"_s);
    if (!access.isEmpty() && !secret.isEmpty()) {
        Profile env;
        env.id = QLatin1String(Profile::kEnvironmentId);
        env.name = u"IWINV_ACCESS_KEY"_s;
        const QString endpoint = environment.value(u"IWINV_ENDPOINT"_s);
        env.endpoint = endpoint.isEmpty() ? Profile::defaultEndpoint() : QUrl(endpoint);
        env.colour = u"#5f6368"_s;
        env.kind = Profile::Kind::Environment;
        Credentials c {access, secret.toUtf8()};
        env.maskedAccessKey = c.maskedAccessKey();
        m_memory->write(env.id, c, nullptr, [](const CredentialStore::Result &) {});
        c.wipe();
        m_profiles.append(env);
    }
    Profile demo;
    demo.id = QLatin1String(Profile::kDemoId);
    demo.kind = Profile::Kind::Demo;
    demo.colour = u"#f9ab00"_s;
    m_profiles.append(demo);
    m_activeId = startupId();
    Q_EMIT profilesChanged();
}

void ProfileManager::setDemo(const QUrl &endpoint, const Credentials &credentials)
{
    if (Profile *demo = find(QLatin1String(Profile::kDemoId)))
        demo->endpoint = endpoint;
    m_memory->write(QLatin1String(Profile::kDemoId), credentials, nullptr,
                    [](const CredentialStore::Result &) {});
}

QString ProfileManager::startupId() const
{
    if (profile(QLatin1String(Profile::kEnvironmentId)))
        return QLatin1String(Profile::kEnvironmentId);
    const QString last = QSettings().value(SettingsKeys::activeProfile()).toString();
    if (const Profile *p = profile(last); p && p->kind == Profile::Kind::Saved)
        return last;
    return QLatin1String(Profile::kDemoId);
}

void ProfileManager::setActive(const QString &id)
{
    if (!profile(id))
        return;
    m_activeId = id;
    // Only saved profiles and the demo are remembered; the environment's never is.
    const Profile *p = profile(id);
    if (p->kind == Profile::Kind::Saved || p->kind == Profile::Kind::Demo)
        QSettings().setValue(SettingsKeys::activeProfile(), id);
    Q_EMIT activeChanged(id);
}

void ProfileManager::save(const Profile &p) const
{
    if (p.kind != Profile::Kind::Saved)
        return; // nothing of a session-only, environment or demo profile is written
    QSettings settings;
    settings.beginGroup(SettingsKeys::profileGroup(p.id));
    settings.setValue(SettingsKeys::profileName(), p.name);
    settings.setValue(SettingsKeys::profileEndpoint(), p.endpoint.toString());
    settings.setValue(SettingsKeys::profileColour(), p.colour);
    settings.setValue(SettingsKeys::profileSafety(), safetyName(p.safety));
    settings.setValue(SettingsKeys::profileMaskedKey(), p.maskedAccessKey);
    settings.endGroup();
}

void ProfileManager::saveOrder() const
{
    QStringList order;
    for (const Profile &p : m_profiles) {
        if (p.kind == Profile::Kind::Saved)
            order.append(p.id);
    }
    QSettings().setValue(SettingsKeys::profileOrder(), order);
}

QString ProfileManager::nextColour() const
{
    for (const QString &c : kColours) {
        bool used = false;
        for (const Profile &p : m_profiles)
            used = used || p.colour == c;
        if (!used)
            return c;
    }
    return kColours.at(m_profiles.size() % kColours.size());
}

void ProfileManager::add(Profile profile, const Credentials &credentials, bool remember,
                         QObject *receiver, CredentialStore::Callback done)
{
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.kind = remember ? Profile::Kind::Saved : Profile::Kind::Session;
    profile.maskedAccessKey = credentials.maskedAccessKey();
    CredentialStore *store = remember ? m_keychain : static_cast<CredentialStore *>(m_memory);
    store->write(profile.id, credentials, this,
                 [this, profile, done = CredentialStore::guarded(receiver, std::move(done))](
                         const CredentialStore::Result &r) mutable {
                     if (r.error == CredentialStore::Error::None) {
                         // Chosen now, not when asked: two profiles added at once get two colours.
                         if (profile.colour.isEmpty())
                             profile.colour = nextColour();
                         // Before the demo, which stays last.
                         m_profiles.insert(qMax<qsizetype>(0, m_profiles.size() - 1), profile);
                         save(profile);
                         saveOrder();
                         Q_EMIT profilesChanged();
                     }
                     done(r);
                 });
}

void ProfileManager::saveKeys(const QString &id, const Credentials &credentials, QObject *receiver,
                              CredentialStore::Callback done)
{
    const QString masked = credentials.maskedAccessKey();
    m_keychain->write(
            id, credentials, this,
            [this, id, masked, done = CredentialStore::guarded(receiver, std::move(done))](
                    const CredentialStore::Result &r) {
                Profile *p = find(id);
                if (r.error == CredentialStore::Error::None && p) {
                    p->maskedAccessKey = masked;
                    save(*p);
                    Q_EMIT profilesChanged();
                }
                done(r);
            });
}

void ProfileManager::keepForSession(const QString &id, const Credentials &credentials)
{
    Profile *p = find(id);
    if (!p)
        return;
    m_memory->write(id, credentials, nullptr, [](const CredentialStore::Result &) {});
    Q_EMIT profilesChanged();
}

void ProfileManager::credentials(const QString &id, QObject *receiver,
                                 CredentialStore::Callback done)
{
    const Profile *p = profile(id);
    if (!p) {
        CredentialStore::Result r;
        r.error = CredentialStore::Error::NotFound;
        m_memory->answerLater(receiver, std::move(done), r);
        return;
    }
    // Keys kept in memory answer first (session-only, environment, demo, or a saved profile
    // kept for this session after keychain trouble).
    if (m_memory->contains(id) || p->kind != Profile::Kind::Saved) {
        m_memory->read(id, receiver, std::move(done));
        return;
    }
    m_keychain->read(id, receiver, std::move(done));
}

void ProfileManager::rename(const QString &id, const QString &name)
{
    Profile *p = find(id);
    if (!p || p->isDemo() || p->kind == Profile::Kind::Environment || name.trimmed().isEmpty())
        return;
    p->name = name.trimmed();
    save(*p);
    Q_EMIT profilesChanged();
}

void ProfileManager::setSafety(const QString &id, Profile::Safety safety)
{
    Profile *p = find(id);
    if (!p || p->isDemo())
        return;
    p->safety = safety;
    save(*p);
    Q_EMIT profilesChanged();
}

void ProfileManager::signOut(const QString &id, QObject *receiver, CredentialStore::Callback done)
{
    Profile *p = find(id);
    if (!p || p->isDemo()) {
        m_memory->answerLater(receiver, std::move(done), {}); // nothing to forget
        return;
    }
    const bool saved = p->kind == Profile::Kind::Saved;
    auto forget = [this, id, done = CredentialStore::guarded(receiver, std::move(done))](
                          CredentialStore::Result r) {
        // An entry already gone is what signing out wants.
        if (r.error == CredentialStore::Error::NotFound)
            r.error = CredentialStore::Error::None;
        if (r.error == CredentialStore::Error::None) {
            // Keys kept for this session go too, but only now: a keychain that refused to delete
            // leaves the profile working as it was.
            m_memory->remove(id, nullptr, [](const CredentialStore::Result &) {});
            m_profiles.removeIf([&id](const Profile &x) { return x.id == id; });
            QSettings settings;
            settings.remove(SettingsKeys::profileGroup(id));
            // Its bills' history and budget go with it.
            settings.remove(SettingsKeys::billingGroup(id));
            SampleStore::removeFor(id);
            saveOrder();
            if (m_activeId == id)
                setActive(QLatin1String(Profile::kDemoId));
            Q_EMIT profilesChanged();
        }
        done(r);
    };
    if (saved)
        m_keychain->remove(id, this, forget);
    else
        m_memory->remove(id, this, forget);
}
