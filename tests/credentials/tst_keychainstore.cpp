// The real OS keychain through KeychainStore: keys written for a profile come back whole, an
// overwrite replaces them, a removal leaves nothing to read, one profile never sees another's
// keys, and one profile is one entry holding both keys. Runs against the Secret Service of the
// session bus (scripts/test.sh starts a throwaway, unlocked gnome-keyring for it); the service
// name is the test's own, never the console's.
#include "credentials/keychainstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"iwinv-console-test"_s;
//! The keychain answers over D-Bus: generous, but a hang still ends the test.
constexpr int kTimeoutMs = 20'000;
} // namespace

//! QCOMPARE prints the error's name on failure.
static char *toString(const CredentialStore::Error &error)
{
    return qstrdup(qPrintable(CredentialStore::errorName(error)));
}

class TstKeychainStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void writtenKeysReadBackWhole_data();
    void writtenKeysReadBackWhole();
    void aRemovedEntryReadsAsNotFound();
    void anEntryNeverWrittenReadsAsNotFound();
    void removingWhatIsNotThereIsNoError();
    void anOverwriteReplacesBothKeys();
    void twoProfilesNeverSeeEachOthersKeys();
    void oneProfileIsOneEntryWithBothKeys();
    void anotherServiceDoesNotSeeTheEntry();

private:
    //! A fresh profile id for this test (removed again in cleanup()).
    QString newProfile();
    //! The store's one answer; a missing or repeated answer reads as Unreadable (never expected
    //! here) with the reason in detail, so every comparison after it fails.
    [[nodiscard]] CredentialStore::Result write(const QString &id, const Credentials &c);
    [[nodiscard]] CredentialStore::Result read(const QString &id);
    [[nodiscard]] CredentialStore::Result remove(const QString &id);
    [[nodiscard]] CredentialStore::Result
    wait(const std::function<void(CredentialStore::Callback)> &start);

    std::unique_ptr<KeychainStore> m_store;
    QStringList m_profiles;
};

void TstKeychainStore::initTestCase()
{
    // Without a session bus there is no Secret Service to talk to (a bare `ctest` outside
    // scripts/test.sh); everything else, a locked or absent keyring included, is a failure.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("DBUS_SESSION_BUS_ADDRESS is unset: no D-Bus session, so no Secret Service to test "
              "against; run through scripts/test.sh");
}

void TstKeychainStore::init()
{
    m_store = std::make_unique<KeychainStore>(kService);
    m_profiles.clear();
}

void TstKeychainStore::cleanup()
{
    // Leave nothing behind in the keyring, whatever the test did.
    if (m_store) {
        for (const QString &id : std::as_const(m_profiles))
            (void)remove(id);
    }
    m_store.reset();
}

QString TstKeychainStore::newProfile()
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_profiles.append(id);
    return id;
}

CredentialStore::Result
TstKeychainStore::wait(const std::function<void(CredentialStore::Callback)> &start)
{
    std::optional<CredentialStore::Result> answer;
    int calls = 0;
    start([&answer, &calls](const CredentialStore::Result &r) {
        ++calls;
        answer = r;
    });
    // The real keychain is asynchronous over D-Bus: wait for its one answer (not a fixed sleep).
    CredentialStore::Result broken;
    broken.error = CredentialStore::Error::Unreadable;
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kTimeoutMs)) {
        broken.detail = u"no answer from the keychain within 20 s"_s;
        qWarning("%s", qPrintable(broken.detail));
        return broken;
    }
    QCoreApplication::processEvents(); // a second answer would come through the event loop
    if (calls != 1) {
        broken.detail = u"the callback ran %1 times"_s.arg(calls);
        qWarning("%s", qPrintable(broken.detail));
        return broken;
    }
    return *answer;
}

CredentialStore::Result TstKeychainStore::write(const QString &id, const Credentials &c)
{
    return wait(
            [&](CredentialStore::Callback done) { m_store->write(id, c, this, std::move(done)); });
}

CredentialStore::Result TstKeychainStore::read(const QString &id)
{
    return wait([&](CredentialStore::Callback done) { m_store->read(id, this, std::move(done)); });
}

CredentialStore::Result TstKeychainStore::remove(const QString &id)
{
    return wait(
            [&](CredentialStore::Callback done) { m_store->remove(id, this, std::move(done)); });
}

void TstKeychainStore::writtenKeysReadBackWhole_data()
{
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::newRow("ascii") << u"AKIATESTKEY0123456789"_s
                           << QByteArray("s3cr3t/with+symbols=and-more");
    QTest::newRow("non-ascii secret") << u"AKIA한국어KEY"_s << u"비밀키-🔑-ß"_s.toUtf8();
    QTest::newRow("long") << QString(200, u'A') << QByteArray(512, 'x');
}

void TstKeychainStore::writtenKeysReadBackWhole()
{
    QFETCH(QString, accessKey);
    QFETCH(QByteArray, secretKey);
    const QString id = newProfile();

    const CredentialStore::Result written = write(id, Credentials {accessKey, secretKey});
    QVERIFY2(written.error == CredentialStore::Error::None,
             qPrintable(CredentialStore::errorName(written.error) + u": "_s + written.detail));

    const CredentialStore::Result got = read(id);
    QVERIFY2(got.error == CredentialStore::Error::None,
             qPrintable(CredentialStore::errorName(got.error) + u": "_s + got.detail));
    QCOMPARE(got.credentials.accessKey, accessKey);
    QCOMPARE(got.credentials.secretKey, secretKey);
    QVERIFY(got.detail.isEmpty());
}

void TstKeychainStore::aRemovedEntryReadsAsNotFound()
{
    const QString id = newProfile();
    QCOMPARE(write(id, Credentials {u"AKIAREMOVEME00000"_s, "secret-to-remove"}).error,
             CredentialStore::Error::None);
    QCOMPARE(read(id).error, CredentialStore::Error::None);

    const CredentialStore::Result removed = remove(id);
    QCOMPARE(removed.error, CredentialStore::Error::None);

    const CredentialStore::Result after = read(id);
    QCOMPARE(after.error, CredentialStore::Error::NotFound);
    QVERIFY(after.credentials.accessKey.isEmpty());
    QVERIFY(after.credentials.secretKey.isEmpty());
}

void TstKeychainStore::anEntryNeverWrittenReadsAsNotFound()
{
    const CredentialStore::Result got = read(newProfile());
    QCOMPARE(got.error, CredentialStore::Error::NotFound);
    QVERIFY(!got.credentials.isComplete());
}

void TstKeychainStore::removingWhatIsNotThereIsNoError()
{
    // Signing out of a profile whose entry was deleted elsewhere must not fail.
    const CredentialStore::Result removed = remove(newProfile());
    QCOMPARE(removed.error, CredentialStore::Error::None);
}

void TstKeychainStore::anOverwriteReplacesBothKeys()
{
    const QString id = newProfile();
    QCOMPARE(write(id, Credentials {u"AKIAFIRSTKEY00000"_s, "first-secret"}).error,
             CredentialStore::Error::None);
    QCOMPARE(write(id, Credentials {u"AKIASECONDKEY1111"_s, "second-secret"}).error,
             CredentialStore::Error::None);

    const CredentialStore::Result got = read(id);
    QCOMPARE(got.error, CredentialStore::Error::None);
    QCOMPARE(got.credentials.accessKey, u"AKIASECONDKEY1111"_s);
    QCOMPARE(got.credentials.secretKey, QByteArray("second-secret"));

    // Still one entry: one removal leaves nothing.
    QCOMPARE(remove(id).error, CredentialStore::Error::None);
    QCOMPARE(read(id).error, CredentialStore::Error::NotFound);
}

void TstKeychainStore::twoProfilesNeverSeeEachOthersKeys()
{
    const QString work = newProfile();
    const QString home = newProfile();
    QCOMPARE(write(work, Credentials {u"AKIAWORKWORKWORK1"_s, "work-secret"}).error,
             CredentialStore::Error::None);
    QCOMPARE(write(home, Credentials {u"AKIAHOMEHOMEHOME2"_s, "home-secret"}).error,
             CredentialStore::Error::None);

    CredentialStore::Result got = read(work);
    QCOMPARE(got.credentials.accessKey, u"AKIAWORKWORKWORK1"_s);
    QCOMPARE(got.credentials.secretKey, QByteArray("work-secret"));
    got = read(home);
    QCOMPARE(got.credentials.accessKey, u"AKIAHOMEHOMEHOME2"_s);
    QCOMPARE(got.credentials.secretKey, QByteArray("home-secret"));

    // Removing one leaves the other as it was.
    QCOMPARE(remove(work).error, CredentialStore::Error::None);
    QCOMPARE(read(work).error, CredentialStore::Error::NotFound);
    got = read(home);
    QCOMPARE(got.error, CredentialStore::Error::None);
    QCOMPARE(got.credentials.accessKey, u"AKIAHOMEHOMEHOME2"_s);
    QCOMPARE(got.credentials.secretKey, QByteArray("home-secret"));
}

void TstKeychainStore::oneProfileIsOneEntryWithBothKeys()
{
    // What the keychain itself holds: entry "profile/<id>" under the service name, both keys in
    // it (one profile, one keychain prompt).
    const QString id = newProfile();
    const Credentials keys {u"AKIAONEENTRYKEY99"_s, "one-entry-secret"};
    QCOMPARE(write(id, keys).error, CredentialStore::Error::None);

    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(CredentialStore::entryKey(id));
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(job.error(), QKeychain::NoError);
    QCOMPARE(CredentialStore::entryKey(id), u"profile/"_s + id);
    Credentials decoded;
    QVERIFY(CredentialStore::decode(job.binaryData(), &decoded));
    QCOMPARE(decoded.accessKey, keys.accessKey);
    QCOMPARE(decoded.secretKey, keys.secretKey);
}

void TstKeychainStore::anotherServiceDoesNotSeeTheEntry()
{
    const QString id = newProfile();
    QCOMPARE(write(id, Credentials {u"AKIASERVICEONLY00"_s, "service-secret"}).error,
             CredentialStore::Error::None);
    KeychainStore other(kService + u"-other"_s);
    std::optional<CredentialStore::Result> answer;
    other.read(id, this, [&answer](const CredentialStore::Result &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QCOMPARE(answer->error, CredentialStore::Error::NotFound);
}

QTEST_GUILESS_MAIN(TstKeychainStore)
#include "tst_keychainstore.moc"
