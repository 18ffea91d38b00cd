// Profiles and where their keys go: a saved profile puts only its non-secret data in the settings
// file and its keys in the keychain (a MemoryStore standing in for it); a "this session only"
// profile and the environment's leave no trace on disk at all; the demo is always there, last;
// renames and safety levels survive a restart; signing out forgets keys and settings; keychain
// failures add or remove nothing. And the CredentialLoader's policy on an injected clock: an
// unavailable keychain is tried once more after exactly 10 s, a locked one or a missing entry is
// reported at once.
#include "billing/samplestore.h"
#include "credentials/credentialloader.h"
#include "credentials/keychainstore.h"
#include "credentials/memorystore.h"
#include "credentials/profilemanager.h"
#include "settings/settingskeys.h"
#include "util/manualclock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace Qt::StringLiterals;

//! QCOMPARE prints the error's name on failure.
static char *toString(const CredentialStore::Error &error)
{
    return qstrdup(qPrintable(CredentialStore::errorName(error)));
}

namespace {
const QString kAccess = u"AKIAWORKACCESSKEY7Q2"_s;
const QByteArray kSecret = "wOrK-sEcReT-kEy/0123456789+abcdef";
const QString kEnvAccess = u"AKIAENVIRONMENTKEY99"_s;
const QByteArray kEnvSecret = "eNv-sEcReT-from-the-shell-42";
const QString kEnvEndpoint = u"https://api-env.example.kr"_s;

QString demoId()
{
    return QLatin1String(Profile::kDemoId);
}

QString environmentId()
{
    return QLatin1String(Profile::kEnvironmentId);
}

QProcessEnvironment environment(const QString &access, const QByteArray &secret,
                                const QString &endpoint = QString())
{
    QProcessEnvironment env;
    if (!access.isNull())
        env.insert(u"IWINV_ACCESS_KEY"_s, access);
    if (!secret.isNull())
        env.insert(u"IWINV_SECRET_KEY"_s, QString::fromUtf8(secret));
    if (!endpoint.isNull())
        env.insert(u"IWINV_ENDPOINT"_s, endpoint);
    return env;
}

//! Everything the settings hold, as the file on disk reads and as QSettings reads it back
//! (keys and values), so an encoding of the file cannot hide a value from the check.
QString settingsText()
{
    QSettings settings;
    settings.sync();
    QString text;
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly))
        text = QString::fromUtf8(file.readAll());
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        text += u'\n' + key + u'=' + value.toString() + u' ' + value.toStringList().join(u',');
    }
    return text;
}

//! \a secret in the forms it could take in a settings file.
QStringList formsOf(const QByteArray &secret)
{
    return {QString::fromUtf8(secret), QString::fromLatin1(secret.toBase64()),
            QString::fromLatin1(secret.toHex())};
}

//! The keys (or error) a profile's credentials() gives.
CredentialStore::Result keysOf(ProfileManager &profiles, const QString &id)
{
    std::optional<CredentialStore::Result> answer;
    profiles.credentials(id, nullptr, [&answer](const CredentialStore::Result &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000)) {
        CredentialStore::Result none;
        none.error = CredentialStore::Error::Unreadable;
        none.detail = u"no answer"_s;
        return none;
    }
    return *answer;
}

QStringList idsOf(const ProfileManager &profiles)
{
    QStringList ids;
    for (const Profile &p : profiles.profiles())
        ids.append(p.id);
    return ids;
}
} // namespace

class TstProfileManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Where things are written.
    void aSavedProfileWritesOnlyNonSecretDataToSettings();
    void aSessionOnlyProfileIsNeverWrittenToSettings();
    void theEnvironmentProfileIsListedOpensFirstAndGivesItsKeys();
    void theEnvironmentProfileLeavesNoTraceInSettings();
    void theEnvironmentProfileWithoutEndpointUsesTheDefault();
    void theEnvironmentProfileNeedsBothKeys_data();
    void theEnvironmentProfileNeedsBothKeys();
    void theDemoIsAlwaysThereLastAndNeverSaved();
    void profilesAddedAtOnceGetTheirOwnColours();

    // Changes that persist, and keychain failures.
    void renameAndSafetySurviveARestart();
    void theLastSavedProfileUsedOpensAtStart();
    void signOutForgetsTheKeysAndTheSettings();
    void signOutOfASessionOnlyProfileForgetsItsKeys();
    void aFailedKeychainWriteAddsNoProfile();
    void aFailedKeychainDeleteKeepsTheProfile();

    // What the keychain's answers mean.
    void keychainAnswersAreToldApart_data();
    void keychainAnswersAreToldApart();

    // CredentialLoader on the injected clock.
    void anUnavailableKeychainIsTriedOnceMoreAfterTenSeconds();
    void aKeychainUnavailableTwiceFailsAfterTwoReads();
    void aLockedKeychainFailsAtOnceWithoutRetry();
    void aMissingEntryFailsAsNotFound();
    void aNewLoadDropsThePendingRetry();

private:
    //! Adds a profile and waits for the store's answer.
    CredentialStore::Result add(const QString &name, const Credentials &credentials, bool remember,
                                QString *id = nullptr);
    CredentialStore::Result signOut(const QString &id);

    MemoryStore *m_keychain = nullptr;
    ProfileManager *m_profiles = nullptr;
};

void TstProfileManager::initTestCase()
{
    // XDG_CONFIG_HOME is this test's own (tests/CMakeLists.txt); init() empties it each time.
    QCoreApplication::setOrganizationName(u"iwinv-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_profilemanager"_s);
}

void TstProfileManager::init()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    m_keychain = new MemoryStore(this);
    m_profiles = new ProfileManager(m_keychain, this);
    m_profiles->load(QProcessEnvironment());
}

void TstProfileManager::cleanup()
{
    delete m_profiles;
    m_profiles = nullptr;
    delete m_keychain;
    m_keychain = nullptr;
}

CredentialStore::Result TstProfileManager::add(const QString &name, const Credentials &credentials,
                                               bool remember, QString *id)
{
    Profile p;
    p.name = name;
    p.endpoint = QUrl(u"https://api-work.example.kr"_s);
    std::optional<CredentialStore::Result> answer;
    m_profiles->add(p, credentials, remember, this,
                    [&answer](const CredentialStore::Result &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000)) {
        CredentialStore::Result none;
        none.error = CredentialStore::Error::Unreadable;
        none.detail = u"no answer"_s;
        return none;
    }
    if (id) {
        id->clear();
        for (const Profile &saved : m_profiles->profiles()) {
            if (saved.name == name && !saved.isDemo())
                *id = saved.id;
        }
    }
    return *answer;
}

CredentialStore::Result TstProfileManager::signOut(const QString &id)
{
    std::optional<CredentialStore::Result> answer;
    m_profiles->signOut(id, this, [&answer](const CredentialStore::Result &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000)) {
        CredentialStore::Result none;
        none.error = CredentialStore::Error::Unreadable;
        none.detail = u"no answer"_s;
        return none;
    }
    return *answer;
}

void TstProfileManager::aSavedProfileWritesOnlyNonSecretDataToSettings()
{
    QSignalSpy changed(m_profiles, &ProfileManager::profilesChanged);
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);
    const Profile *p = m_profiles->profile(id);
    QVERIFY(p);
    QCOMPARE(p->kind, Profile::Kind::Saved);
    QCOMPARE(p->maskedAccessKey, (Credentials {kAccess, kSecret}.maskedAccessKey()));
    QVERIFY(m_keychain->contains(id)); // the keys went to the keychain

    const QString text = settingsText();
    // What is there: the profile's non-secret data.
    QVERIFY2(text.contains(u"Work"_s), qPrintable(text));
    QVERIFY(text.contains(u"api-work.example.kr"_s));
    QVERIFY(text.contains(id));
    // What never is: the secret (in any encoding) and the whole access key.
    for (const QString &form : formsOf(kSecret))
        QVERIFY2(!text.contains(form), qPrintable(u"the secret is in the settings: "_s + form));
    QVERIFY2(!text.contains(kAccess), "the whole access key is in the settings");
    QVERIFY(!text.contains(QString::fromLatin1(kAccess.toUtf8().toBase64())));
    // Only the allow-listed fields of the profile are written.
    QSettings settings;
    settings.beginGroup(u"profiles/"_s + id);
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList {u"colour"_s, u"endpoint"_s, u"masked_key"_s, u"name"_s, u"safety"_s}));
    settings.endGroup();
    QCOMPARE(settings.value(u"profiles/order"_s).toStringList(), QStringList {id});

    // And the keys come back from the keychain.
    const CredentialStore::Result keys2 = keysOf(*m_profiles, id);
    QCOMPARE(keys2.error, CredentialStore::Error::None);
    QCOMPARE(keys2.credentials.accessKey, kAccess);
    QCOMPARE(keys2.credentials.secretKey, kSecret);
}

void TstProfileManager::aSessionOnlyProfileIsNeverWrittenToSettings()
{
    QString id;
    QCOMPARE(add(u"JustForNow"_s, Credentials {kAccess, kSecret}, false, &id).error,
             CredentialStore::Error::None);
    QVERIFY(!id.isEmpty());
    const Profile *p = m_profiles->profile(id);
    QVERIFY(p);
    QCOMPARE(p->kind, Profile::Kind::Session);
    QVERIFY(!p->isPersistent());
    QVERIFY(!m_keychain->contains(id)); // not in the keychain either

    // Used, renamed and marked: still nothing written.
    m_profiles->setActive(id);
    QCOMPARE(m_profiles->activeId(), id);
    m_profiles->rename(id, u"StillJustForNow"_s);
    m_profiles->setSafety(id, Profile::Safety::Production);
    QCOMPARE(m_profiles->profile(id)->name, u"StillJustForNow"_s);

    // (Adding a profile rewrites the list of saved ones, which stays empty.)
    QSettings settings;
    QCOMPARE(settings.value(u"profiles/order"_s).toStringList(), QStringList());
    settings.beginGroup(u"profiles"_s);
    QCOMPARE(settings.childGroups(), QStringList());
    settings.endGroup();
    QVERIFY(!settings.contains(u"profiles/active"_s));
    const QString text = settingsText();
    for (const QString &trace :
         {id, u"JustForNow"_s, u"StillJustForNow"_s, u"api-work.example.kr"_s, kAccess,
          p->maskedAccessKey, QString::fromUtf8(kSecret)})
        QVERIFY2(!text.contains(trace), qPrintable(u"in the settings: "_s + trace));

    // Its keys are in memory while the console runs.
    const CredentialStore::Result keys = keysOf(*m_profiles, id);
    QCOMPARE(keys.error, CredentialStore::Error::None);
    QCOMPARE(keys.credentials.accessKey, kAccess);
    QCOMPARE(keys.credentials.secretKey, kSecret);

    // The next start does not know it.
    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    QVERIFY(!next.profile(id));
    QCOMPARE(next.startupId(), demoId());
}

void TstProfileManager::theEnvironmentProfileIsListedOpensFirstAndGivesItsKeys()
{
    // Even with a saved profile used last time, the environment's opens first.
    QString saved;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &saved).error,
             CredentialStore::Error::None);
    m_profiles->setActive(saved);

    ProfileManager profiles(m_keychain);
    profiles.load(environment(kEnvAccess, kEnvSecret, kEnvEndpoint));
    const Profile *env = profiles.profile(environmentId());
    QVERIFY(env);
    QCOMPARE(env->kind, Profile::Kind::Environment);
    QCOMPARE(env->endpoint, QUrl(kEnvEndpoint));
    QCOMPARE(env->maskedAccessKey, (Credentials {kEnvAccess, kEnvSecret}.maskedAccessKey()));
    QVERIFY(!env->isPersistent());
    QCOMPARE(profiles.startupId(), environmentId());
    QCOMPARE(profiles.activeId(), environmentId());
    QVERIFY(profiles.profile(saved)); // the saved ones are listed too
    QCOMPARE(profiles.profiles().last().id, demoId());

    const CredentialStore::Result keys = keysOf(profiles, environmentId());
    QCOMPARE(keys.error, CredentialStore::Error::None);
    QCOMPARE(keys.credentials.accessKey, kEnvAccess);
    QCOMPARE(keys.credentials.secretKey, kEnvSecret);
    QVERIFY(!m_keychain->contains(environmentId())); // never in the keychain
}

void TstProfileManager::theEnvironmentProfileLeavesNoTraceInSettings()
{
    // A saved profile too, so the settings file exists and is written to throughout.
    QString saved;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &saved).error,
             CredentialStore::Error::None);
    const QString masked = Credentials {kEnvAccess, kEnvSecret}.maskedAccessKey();
    {
        ProfileManager profiles(m_keychain);
        profiles.load(environment(kEnvAccess, kEnvSecret, kEnvEndpoint));
        QVERIFY(profiles.profile(environmentId()));
        const QString envName = profiles.profile(environmentId())->name;
        // Everything a person could do with it.
        profiles.setActive(environmentId());
        profiles.rename(environmentId(), u"RenamedFromTheShell"_s);
        profiles.setSafety(environmentId(), Profile::Safety::ReadOnly);
        profiles.setActive(saved);
        profiles.setActive(environmentId());
        (void)keysOf(profiles, environmentId());

        const QString text = settingsText();
        QVERIFY(text.contains(u"Work"_s)); // the settings are being written
        for (const QString &trace :
             {kEnvAccess, QString::fromUtf8(kEnvSecret), masked, kEnvEndpoint,
              u"api-env.example.kr"_s, environmentId(), envName, u"RenamedFromTheShell"_s})
            QVERIFY2(!text.contains(trace), qPrintable(u"in the settings: "_s + trace));
        // The last profile used stays the saved one: the environment's is never remembered.
        QCOMPARE(QSettings().value(u"profiles/active"_s).toString(), saved);
    }
    // A fresh start without the environment: it is gone, nothing remembered of it.
    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    QVERIFY(!next.profile(environmentId()));
    QCOMPARE(idsOf(next), (QStringList {saved, demoId()}));
    QCOMPARE(next.startupId(), saved);
    const QString text = settingsText();
    for (const QString &trace :
         {kEnvAccess, QString::fromUtf8(kEnvSecret), masked, u"api-env.example.kr"_s,
          environmentId(), u"RenamedFromTheShell"_s})
        QVERIFY2(!text.contains(trace), qPrintable(u"in the settings: "_s + trace));
}

void TstProfileManager::theEnvironmentProfileWithoutEndpointUsesTheDefault()
{
    ProfileManager profiles(m_keychain);
    profiles.load(environment(kEnvAccess, kEnvSecret));
    const Profile *env = profiles.profile(environmentId());
    QVERIFY(env);
    QCOMPARE(env->endpoint, QUrl(u"https://api-kr.iwinv.kr"_s));
    QCOMPARE(env->endpoint, Profile::defaultEndpoint());

    // An empty IWINV_ENDPOINT is no endpoint either.
    ProfileManager empty(m_keychain);
    empty.load(environment(kEnvAccess, kEnvSecret, u""_s));
    QVERIFY(empty.profile(environmentId()));
    QCOMPARE(empty.profile(environmentId())->endpoint, QUrl(u"https://api-kr.iwinv.kr"_s));
}

void TstProfileManager::theEnvironmentProfileNeedsBothKeys_data()
{
    QTest::addColumn<QString>("access");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("only the access key") << kEnvAccess << QByteArray();
    QTest::newRow("only the secret") << QString() << kEnvSecret;
    QTest::newRow("an empty secret") << kEnvAccess << QByteArray("");
    QTest::newRow("an empty access key") << u""_s << kEnvSecret;
    QTest::newRow("neither") << QString() << QByteArray();
}

void TstProfileManager::theEnvironmentProfileNeedsBothKeys()
{
    QFETCH(QString, access);
    QFETCH(QByteArray, secret);
    ProfileManager profiles(m_keychain);
    profiles.load(environment(access, secret, kEnvEndpoint));
    QVERIFY(!profiles.profile(environmentId()));
    QCOMPARE(idsOf(profiles), QStringList {demoId()});
    QCOMPARE(profiles.startupId(), demoId());
}

void TstProfileManager::theDemoIsAlwaysThereLastAndNeverSaved()
{
    // With nothing saved: the demo alone.
    QCOMPARE(idsOf(*m_profiles), QStringList {demoId()});
    QCOMPARE(m_profiles->startupId(), demoId());
    const QUrl simulator(u"http://127.0.0.1:40123"_s);
    const Credentials demoKeys {u"AKIADEMODEMODEMO01"_s, "demo-secret-of-the-simulator"};
    m_profiles->setDemo(simulator, demoKeys);
    QCOMPARE(m_profiles->profile(demoId())->endpoint, simulator);

    QString saved;
    QString session;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &saved).error,
             CredentialStore::Error::None);
    QCOMPARE(add(u"Now"_s, Credentials {kAccess, kSecret}, false, &session).error,
             CredentialStore::Error::None);
    QCOMPARE(m_profiles->profiles().size(), 3);
    const Profile &last = m_profiles->profiles().last();
    QCOMPARE(last.id, demoId());
    QCOMPARE(last.kind, Profile::Kind::Demo);
    QVERIFY(last.isDemo());
    int demos = 0;
    for (const Profile &p : m_profiles->profiles())
        demos += p.isDemo() ? 1 : 0;
    QCOMPARE(demos, 1);

    // Its keys are the simulator's, from memory; it cannot be renamed, marked or signed out of.
    const CredentialStore::Result keys = keysOf(*m_profiles, demoId());
    QCOMPARE(keys.error, CredentialStore::Error::None);
    QCOMPARE(keys.credentials.accessKey, demoKeys.accessKey);
    QCOMPARE(keys.credentials.secretKey, demoKeys.secretKey);
    m_profiles->rename(demoId(), u"NotTheDemo"_s);
    m_profiles->setSafety(demoId(), Profile::Safety::ReadOnly);
    QCOMPARE(m_profiles->profile(demoId())->safety, Profile::Safety::Normal);
    QVERIFY(m_profiles->profile(demoId())->name != u"NotTheDemo"_s);
    QCOMPARE(signOut(demoId()).error, CredentialStore::Error::None);
    QVERIFY(m_profiles->profile(demoId()));
    m_profiles->setActive(demoId());

    // In the settings it is at most "the last one used", never a saved profile.
    QSettings settings;
    QVERIFY(!settings.value(u"profiles/order"_s).toStringList().contains(demoId()));
    QVERIFY(!settings.contains(u"profiles/demo/name"_s));
    settings.beginGroup(u"profiles"_s);
    QVERIFY2(!settings.childGroups().contains(demoId()),
             qPrintable(settings.childGroups().join(u',')));
    settings.endGroup();
    const QString text = settingsText();
    for (const QString &trace : {demoKeys.accessKey, QString::fromUtf8(demoKeys.secretKey),
                                 u"127.0.0.1:40123"_s, u"NotTheDemo"_s})
        QVERIFY2(!text.contains(trace), qPrintable(u"in the settings: "_s + trace));

    // A restart lists it once, last.
    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    QCOMPARE(idsOf(next), (QStringList {saved, demoId()}));
    QCOMPARE(next.profiles().last().kind, Profile::Kind::Demo);
}

void TstProfileManager::profilesAddedAtOnceGetTheirOwnColours()
{
    // Both writes are on their way before either answers (the keychain is asynchronous).
    int answers = 0;
    for (const QString &name : {u"Work"_s, u"Personal"_s}) {
        Profile p;
        p.name = name;
        p.endpoint = QUrl(u"https://api-work.example.kr"_s);
        m_profiles->add(p, Credentials {kAccess, kSecret}, true, this,
                        [&answers](const CredentialStore::Result &r) {
                            answers += r.error == CredentialStore::Error::None ? 1 : 0;
                        });
    }
    QVERIFY(QTest::qWaitFor([&] { return answers == 2; }, 5000));
    QSet<QString> colours;
    for (const Profile &p : m_profiles->profiles())
        colours.insert(p.colour);
    QCOMPARE(colours.size(), m_profiles->profiles().size()); // the demo's included
}

void TstProfileManager::renameAndSafetySurviveARestart()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    const Profile before = *m_profiles->profile(id);
    QSignalSpy changed(m_profiles, &ProfileManager::profilesChanged);
    m_profiles->rename(id, u"  운영 서버  "_s);
    m_profiles->setSafety(id, Profile::Safety::Production);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_profiles->profile(id)->name, u"운영 서버"_s);
    m_profiles->rename(id, u"   "_s); // a blank name is refused
    QCOMPARE(m_profiles->profile(id)->name, u"운영 서버"_s);

    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    const Profile *p = next.profile(id);
    QVERIFY(p);
    QCOMPARE(p->name, u"운영 서버"_s);
    QCOMPARE(p->safety, Profile::Safety::Production);
    QCOMPARE(p->kind, Profile::Kind::Saved);
    QCOMPARE(p->endpoint, before.endpoint);
    QCOMPARE(p->colour, before.colour);
    QCOMPARE(p->maskedAccessKey, before.maskedAccessKey);

    next.setSafety(id, Profile::Safety::ReadOnly);
    ProfileManager third(m_keychain);
    third.load(QProcessEnvironment());
    QVERIFY(third.profile(id));
    QCOMPARE(third.profile(id)->safety, Profile::Safety::ReadOnly);
    const CredentialStore::Result keys = keysOf(third, id);
    QCOMPARE(keys.error, CredentialStore::Error::None);
    QCOMPARE(keys.credentials.secretKey, kSecret);
}

void TstProfileManager::theLastSavedProfileUsedOpensAtStart()
{
    QString work;
    QString home;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &work).error,
             CredentialStore::Error::None);
    QCOMPARE(
            add(u"Home"_s, Credentials {u"AKIAHOMEHOMEHOME77"_s, "home-secret"}, true, &home).error,
            CredentialStore::Error::None);
    QCOMPARE(idsOf(*m_profiles), (QStringList {work, home, demoId()}));
    QVERIFY(m_profiles->profile(work)->colour != m_profiles->profile(home)->colour);
    m_profiles->setActive(work);

    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    QCOMPARE(idsOf(next), (QStringList {work, home, demoId()}));
    QCOMPARE(next.startupId(), work);
    QCOMPARE(next.activeId(), work);
}

void TstProfileManager::signOutForgetsTheKeysAndTheSettings()
{
    QString work;
    QString home;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &work).error,
             CredentialStore::Error::None);
    QCOMPARE(
            add(u"Home"_s, Credentials {u"AKIAHOMEHOMEHOME77"_s, "home-secret"}, true, &home).error,
            CredentialStore::Error::None);
    m_profiles->setActive(work);
    QVERIFY(m_keychain->contains(work));
    // Its billing: a budget and a reading of the live bill on disk.
    QSettings().setValue(SettingsKeys::billingBudget(work), 500'000);
    {
        SampleStore samples(SampleStore::pathFor(work));
        QVERIFY(samples.isPersistent());
        samples.add({1'700'000'000'000, QDate(2023, 11, 1), QDate(2023, 11, 14), 12'345});
    }
    QVERIFY(QFile::exists(SampleStore::pathFor(work)));

    QCOMPARE(signOut(work).error, CredentialStore::Error::None);
    QVERIFY(!QFile::exists(SampleStore::pathFor(work)));
    QVERIFY(!QSettings().contains(SettingsKeys::billingBudget(work)));
    QVERIFY(!m_keychain->contains(work));
    QVERIFY(m_keychain->contains(home)); // the other one is untouched
    QVERIFY(!m_profiles->profile(work));
    QCOMPARE(m_profiles->activeId(), demoId());
    QCOMPARE(keysOf(*m_profiles, work).error, CredentialStore::Error::NotFound);

    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    QVERIFY(!settings.childGroups().contains(work));
    QVERIFY(settings.childGroups().contains(home));
    settings.endGroup();
    QCOMPARE(settings.value(u"profiles/order"_s).toStringList(), QStringList {home});
    const QString text = settingsText();
    QVERIFY2(!text.contains(work), qPrintable(text));
    QVERIFY(!text.contains(u"Work"_s));

    ProfileManager next(m_keychain);
    next.load(QProcessEnvironment());
    QCOMPARE(idsOf(next), (QStringList {home, demoId()}));
}

void TstProfileManager::signOutOfASessionOnlyProfileForgetsItsKeys()
{
    QString id;
    QCOMPARE(add(u"Now"_s, Credentials {kAccess, kSecret}, false, &id).error,
             CredentialStore::Error::None);
    QCOMPARE(keysOf(*m_profiles, id).error, CredentialStore::Error::None);
    QCOMPARE(signOut(id).error, CredentialStore::Error::None);
    QVERIFY(!m_profiles->profile(id));
    QCOMPARE(keysOf(*m_profiles, id).error, CredentialStore::Error::NotFound);
}

void TstProfileManager::aFailedKeychainWriteAddsNoProfile()
{
    const QString before = settingsText();
    QSignalSpy changed(m_profiles, &ProfileManager::profilesChanged);
    m_keychain->failWrites(CredentialStore::Error::WriteFailed);
    const CredentialStore::Result r = add(u"Work"_s, Credentials {kAccess, kSecret}, true);
    QCOMPARE(r.error, CredentialStore::Error::WriteFailed);
    QCOMPARE(idsOf(*m_profiles), QStringList {demoId()});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(settingsText(), before);
    QVERIFY(!settingsText().contains(u"Work"_s));

    // The failure was the keychain's, once: trying again works.
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    QVERIFY(m_profiles->profile(id));
    QVERIFY(m_keychain->contains(id));
}

void TstProfileManager::aFailedKeychainDeleteKeepsTheProfile()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    m_profiles->setActive(id);
    const QString before = settingsText();

    m_keychain->failRemovals(CredentialStore::Error::DeleteFailed);
    QCOMPARE(signOut(id).error, CredentialStore::Error::DeleteFailed);
    QVERIFY(m_profiles->profile(id));
    QCOMPARE(m_profiles->activeId(), id);
    QVERIFY(m_keychain->contains(id));
    QCOMPARE(settingsText(), before);
    const CredentialStore::Result keys = keysOf(*m_profiles, id);
    QCOMPARE(keys.error, CredentialStore::Error::None);
    QCOMPARE(keys.credentials.secretKey, kSecret);

    // Once the keychain works again, signing out does.
    QCOMPARE(signOut(id).error, CredentialStore::Error::None);
    QVERIFY(!m_profiles->profile(id));
    QVERIFY(!m_keychain->contains(id));
}

void TstProfileManager::keychainAnswersAreToldApart_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("writing");
    QTest::addColumn<CredentialStore::Error>("expected");
    using E = CredentialStore::Error;
    QTest::newRow("found") << int(QKeychain::NoError) << QString() << false << E::None;
    QTest::newRow("no entry") << int(QKeychain::EntryNotFound) << u"Entry not found"_s << false
                              << E::NotFound;
    QTest::newRow("refused by the person")
            << int(QKeychain::AccessDeniedByUser) << QString() << false << E::Locked;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString() << false
                                << E::Unavailable;
    QTest::newRow("locked, in D-Bus words")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.Secret.Error.IsLocked: Cannot get secret of a locked object"_s
            << false << E::Locked;
    QTest::newRow("access denied, in D-Bus words")
            << int(QKeychain::OtherError) << u"org.freedesktop.DBus.Error.AccessDenied"_s << false
            << E::Locked;
    QTest::newRow("prompt dismissed")
            << int(QKeychain::OtherError) << u"Prompt dismissed"_s << false << E::Locked;
    QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s << false
            << E::Unavailable;
    QTest::newRow("no login collection")
            << int(QKeychain::OtherError)
            << u"Object does not exist at path \u201c/org/freedesktop/secrets/collection/login\u201d"_s
            << true << E::Unavailable;
    QTest::newRow("a write failing otherwise")
            << int(QKeychain::OtherError) << u"disk full"_s << true << E::WriteFailed;
}

void TstProfileManager::keychainAnswersAreToldApart()
{
    QFETCH(int, code);
    QFETCH(QString, text);
    QFETCH(bool, writing);
    QFETCH(CredentialStore::Error, expected);
    QCOMPARE(KeychainStore::mapError(code, text, writing), expected);
}

void TstProfileManager::anUnavailableKeychainIsTriedOnceMoreAfterTenSeconds()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    ManualClock clock;
    CredentialLoader loader(m_profiles, &clock);
    QSignalSpy retrying(&loader, &CredentialLoader::retrying);
    QSignalSpy failed(&loader, &CredentialLoader::failed);
    QList<Credentials> loaded;
    connect(&loader, &CredentialLoader::loaded, this,
            [&loaded, id](const QString &profileId, const Credentials &c) {
                QCOMPARE(profileId, id);
                loaded.append(c);
            });

    m_keychain->failReads(CredentialStore::Error::Unavailable, 1);
    const qint64 start = clock.nowMs();
    loader.load(id);
    QVERIFY(loader.isLoading());
    QVERIFY(retrying.wait(5000));
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(0).toString(), id);
    QCOMPARE(retrying.first().at(1).toLongLong(), start + 10'000);
    QCOMPARE(m_keychain->reads(), 1);
    QVERIFY(failed.isEmpty());
    QVERIFY(loaded.isEmpty());
    QVERIFY(loader.isLoading());

    // Not a moment before 10 s on the clock.
    clock.advanceMs(9'999);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(m_keychain->reads(), 1);
    QVERIFY(loaded.isEmpty());

    clock.advanceMs(1);
    QCOMPARE(m_keychain->reads(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QCOMPARE(loaded.first().accessKey, kAccess);
    QCOMPARE(loaded.first().secretKey, kSecret);
    QVERIFY(failed.isEmpty());
    QCOMPARE(retrying.size(), 1);
    QVERIFY(!loader.isLoading());
    QCOMPARE(clock.pendingTimers(), 0);
}

void TstProfileManager::aKeychainUnavailableTwiceFailsAfterTwoReads()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    ManualClock clock;
    CredentialLoader loader(m_profiles, &clock);
    QSignalSpy retrying(&loader, &CredentialLoader::retrying);
    QSignalSpy failed(&loader, &CredentialLoader::failed);
    QSignalSpy loaded(&loader, &CredentialLoader::loaded);

    m_keychain->failReads(CredentialStore::Error::Unavailable, 2);
    loader.load(id);
    QVERIFY(retrying.wait(5000));
    QCOMPARE(m_keychain->reads(), 1);
    clock.advanceMs(CredentialLoader::kRetryAfterMs);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), id);
    QCOMPARE(failed.first().at(1).value<CredentialStore::Error>(),
             CredentialStore::Error::Unavailable);
    QCOMPARE(m_keychain->reads(), 2);
    QCOMPARE(retrying.size(), 1);
    QVERIFY(loaded.isEmpty());
    QVERIFY(!loader.isLoading());

    // No third try on its own, however long one waits.
    QCOMPARE(clock.pendingTimers(), 0);
    clock.advanceMs(10 * 60'000);
    QCoreApplication::processEvents();
    QCOMPARE(m_keychain->reads(), 2);
    QCOMPARE(failed.size(), 1);
}

void TstProfileManager::aLockedKeychainFailsAtOnceWithoutRetry()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    ManualClock clock;
    CredentialLoader loader(m_profiles, &clock);
    QSignalSpy retrying(&loader, &CredentialLoader::retrying);
    QSignalSpy failed(&loader, &CredentialLoader::failed);
    QSignalSpy loaded(&loader, &CredentialLoader::loaded);

    m_keychain->failReads(CredentialStore::Error::Locked, 1);
    const qint64 start = clock.nowMs();
    loader.load(id);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), id);
    QCOMPARE(failed.first().at(1).value<CredentialStore::Error>(), CredentialStore::Error::Locked);
    QCOMPARE(clock.nowMs(), start); // at once
    QCOMPARE(m_keychain->reads(), 1);
    QVERIFY(retrying.isEmpty());
    QVERIFY(loaded.isEmpty());
    QCOMPARE(clock.pendingTimers(), 0);
    clock.advanceMs(60'000);
    QCoreApplication::processEvents();
    QCOMPARE(m_keychain->reads(), 1);

    // "Unlock and try again" is a new load: it reads again and now works.
    loader.load(id);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_keychain->reads(), 2);
    QCOMPARE(failed.size(), 1);
}

void TstProfileManager::aMissingEntryFailsAsNotFound()
{
    QString id;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &id).error,
             CredentialStore::Error::None);
    // The entry is deleted outside the console.
    bool removed = false;
    m_keychain->remove(id, nullptr,
                       [&removed](const CredentialStore::Result &) { removed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 5000);
    QVERIFY(!m_keychain->contains(id));

    ManualClock clock;
    CredentialLoader loader(m_profiles, &clock);
    QSignalSpy retrying(&loader, &CredentialLoader::retrying);
    QSignalSpy failed(&loader, &CredentialLoader::failed);
    QSignalSpy loaded(&loader, &CredentialLoader::loaded);
    const int readsBefore = m_keychain->reads();
    loader.load(id);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), id);
    QCOMPARE(failed.first().at(1).value<CredentialStore::Error>(),
             CredentialStore::Error::NotFound);
    QCOMPARE(m_keychain->reads(), readsBefore + 1);
    QVERIFY(retrying.isEmpty());
    QVERIFY(loaded.isEmpty());
    QCOMPARE(clock.pendingTimers(), 0);
    QVERIFY(m_profiles->profile(id)); // the profile stays: the person signs in again

    // A profile that does not exist at all is NotFound too.
    loader.load(u"no-such-profile"_s);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.last().at(1).value<CredentialStore::Error>(), CredentialStore::Error::NotFound);
}

void TstProfileManager::aNewLoadDropsThePendingRetry()
{
    QString work;
    QString home;
    QCOMPARE(add(u"Work"_s, Credentials {kAccess, kSecret}, true, &work).error,
             CredentialStore::Error::None);
    QCOMPARE(
            add(u"Home"_s, Credentials {u"AKIAHOMEHOMEHOME77"_s, "home-secret"}, true, &home).error,
            CredentialStore::Error::None);
    ManualClock clock;
    CredentialLoader loader(m_profiles, &clock);
    QSignalSpy retrying(&loader, &CredentialLoader::retrying);
    QSignalSpy loaded(&loader, &CredentialLoader::loaded);
    m_keychain->failReads(CredentialStore::Error::Unavailable, 1);
    loader.load(work);
    QVERIFY(retrying.wait(5000));
    QCOMPARE(clock.pendingTimers(), 1);
    loader.load(home);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(0).toString(), home);
    QCOMPARE(clock.pendingTimers(), 0);
    const int reads = m_keychain->reads();
    clock.advanceMs(CredentialLoader::kRetryAfterMs);
    QCoreApplication::processEvents();
    QCOMPARE(m_keychain->reads(), reads);
    QCOMPARE(loaded.size(), 1);
}

QTEST_GUILESS_MAIN(TstProfileManager)
#include "tst_profilemanager.moc"
