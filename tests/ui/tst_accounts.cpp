// Credentials and profiles on real widgets: every keychain outcome has its prompt and way out, a
// profile switch clears and refills every model, safety levels change what may be done, and the
// sign-in, settings and connection check windows keep what was typed and say what is wrong.
#include "accountcontroller.h"
#include "actions/instanceactions.h"
#include "api/instancesapi.h"
#include "connectiontext.h"
#include "credentials/credentialloader.h"
#include "credentials/memorystore.h"
#include "credentials/profilemanager.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/connectioncheckdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "keychaintext.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "settings/appsettings.h"
#include "simulator/simauth.h"
#include "simulator/simfault.h"
#include "support/fixtures.h"
#include "support/simfixture.h"
#include "widgets/profileswitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QSet<QString> instanceIds(const SimState &s)
{
    QSet<QString> ids;
    for (const SimInstance &si : s.instances)
        ids.insert(si.data.id);
    return ids;
}

//! The console as main() wires it, on the fixture's simulator (the demo) and manual clock, with
//! a keychain that fails on demand.
struct Console
{
    SimFixture f;
    MemoryStore keychain;
    std::unique_ptr<ProfileManager> profiles;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AccountController> controller;

    Console()
    {
        QSettings().clear();
        profiles = std::make_unique<ProfileManager>(&keychain);
        profiles->load(QProcessEnvironment());
        profiles->setDemo(f.sim->endpoint(), Credentials {f.sim->accessKey(), f.sim->secretKey()});
        session = std::make_unique<AccountSession>(f.client.get(), true);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->resize(1200, 800);
        controller = std::make_unique<AccountController>(profiles.get(), session.get(),
                                                         window.get(), &f.clock);
        window->show();
    }
    ~Console()
    {
        // Dialogs parented to the window go with it; the controller goes first.
        controller.reset();
        window.reset();
    }

    //! Adds a saved profile with \a credentials at \a endpoint; returns its id.
    QString addSaved(const QString &name, const QUrl &endpoint, const Credentials &credentials)
    {
        Profile p;
        p.name = name;
        p.endpoint = endpoint;
        bool done = false;
        CredentialStore::Error error = CredentialStore::Error::DeleteFailed;
        profiles->add(p, credentials, true, nullptr, [&](const CredentialStore::Result &r) {
            error = r.error;
            done = true;
        });
        if (!f.drive([&] { return done; }) || error != CredentialStore::Error::None)
            qFatal("the profile could not be added");
        for (const Profile &saved : profiles->profiles()) {
            if (saved.name == name)
                return saved.id;
        }
        return {};
    }
    QString addDemoKeysAs(const QString &name)
    {
        return addSaved(name, f.sim->endpoint(),
                        Credentials {f.sim->accessKey(), f.sim->secretKey()});
    }
    bool openAndWait(const QString &id)
    {
        QSignalSpy opened(controller.get(), &AccountController::opened);
        controller->switchTo(id);
        return f.drive([&] { return !opened.isEmpty(); }) && opened.last().at(0).toString() == id;
    }
    bool waitForNotice()
    {
        return f.drive([&] {
            return controller->notice() != nullptr && !controller->loader()->isLoading();
        });
    }
    bool load(Resource r)
    {
        window->showPage(r);
        return f.drive(
                [&] { return session->store(r)->hasData() && !session->store(r)->isLoading(); });
    }
    void fillSignIn(SignInDialog *d, const QString &name, const QString &access,
                    const QString &secret, const QString &endpoint)
    {
        d->findChild<QLineEdit *>(u"profileNameEdit"_s)->setText(name);
        d->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(access);
        d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->setText(secret);
        d->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(endpoint);
    }
    //! Selects the first server in \a status on the servers page.
    QString selectServer(const QString &status, const QString &except = QString())
    {
        ResourcePage *page = window->page(Resource::Instances);
        for (int row = 0; row < page->proxy()->rowCount(); ++row) {
            const QString id = page->proxy()->index(row, 0).data(Roles::IdRole).toString();
            const Instance *in = session->instances()->find(id);
            if (in && in->status == status && id != except) {
                page->table()->selectRow(row);
                return id;
            }
        }
        return {};
    }
};

QString demoId()
{
    return QLatin1String(Profile::kDemoId);
}

} // namespace

class TstAccounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyKeychainOutcomeHasItsOwnWords();
    void missingKeysAskToSignInAgain();
    void anUnavailableKeychainIsTriedOnceMoreThenOffersThisSession();
    void aLockedKeychainOffersToUnlockAndNeverCallsTheKeyWrong();
    void aFailedKeychainWriteIsShownAndKeepsWhatWasTyped();
    void signInValidatesAndTestsBeforeSaving();
    void signInTestTrustsTheExtraCaOfTheSettings();
    void aProfileSwitchClearsAndRefillsEveryModel();
    void theDemoIsNeverMistakenForARealAccount();
    void nothingIsAskedBeforeAnAccountOpens();
    void aReadOnlyProfileHidesAndRefusesEveryChange();
    void productionAsksForTheNameBeforeAReboot();
    void powerConfirmationsFollowTheSettings();
    void aDoubleClickNeverRebootsTwice();
    void theEnvironmentProfileOpensFirst();
    void signingOutForgetsTheKeys();
    void settingsExplainWhatCannotBeUsed();
    void theConnectionCheckReportsWithoutSecrets();
    void closingTheConnectionCheckWhileItRunsIsSafe();
    void everyConnectionFailureIsExplained_data();
    void everyConnectionFailureIsExplained();
    void theConnectionCheckShowsBothClocksToTheSecond();
    void renamingShowsTheNewNameEverywhere();
};

void TstAccounts::init()
{
    QSettings().clear();
}

void TstAccounts::everyKeychainOutcomeHasItsOwnWords()
{
    using E = CredentialStore::Error;
    QSet<QString> seen;
    for (E e :
         {E::NotFound, E::Unavailable, E::Locked, E::WriteFailed, E::DeleteFailed, E::Unreadable}) {
        const QString text = KeychainText::describe(e);
        QVERIFY2(text.size() > 20, qPrintable(CredentialStore::errorName(e)));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.insert(text);
    }
    // A locked or refused keychain says nothing about the key being wrong.
    const QString locked = KeychainText::describe(E::Locked).toLower();
    QVERIFY(!locked.contains(u"wrong"_s) && !locked.contains(u"invalid"_s)
            && !locked.contains(u"incorrect"_s));
    QVERIFY(locked.contains(u"lock"_s));
}

void TstAccounts::missingKeysAskToSignInAgain()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    const QString work = c.addDemoKeysAs(u"Work"_s);
    // Someone removed the entry in the keychain's own tool.
    bool removed = false;
    c.keychain.remove(work, nullptr, [&](const CredentialStore::Result &) { removed = true; });
    QVERIFY(c.f.drive([&] { return removed; }));

    c.controller->switchTo(work);
    QVERIFY(c.waitForNotice());
    QCOMPARE(c.controller->notice()->text(),
             KeychainText::describe(CredentialStore::Error::NotFound));
    QCOMPARE(c.controller->openId(), demoId()); // still in the demo, and marked as such
    auto *signIn = c.controller->notice()->findChild<QPushButton *>(u"signInAgainButton"_s);
    QVERIFY(signIn);
    signIn->click();
    QVERIFY(c.f.drive([&] { return c.controller->signInDialog() != nullptr; }));
    SignInDialog *d = c.controller->signInDialog();
    QCOMPARE(d->findChild<QLineEdit *>(u"profileNameEdit"_s)->text(), u"Work"_s);
    QVERIFY(d->findChild<QLineEdit *>(u"profileNameEdit"_s)->isReadOnly());
    QVERIFY(d->findChild<QRadioButton *>(u"rememberRadio"_s)->isChecked());
    d->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(c.f.sim->accessKey());
    d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->setText(QString::fromUtf8(c.f.sim->secretKey()));
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    d->accept();
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), work);
    QVERIFY(c.keychain.contains(work)); // saved again, in the keychain
    QVERIFY(!c.session->isDemo());
}

void TstAccounts::anUnavailableKeychainIsTriedOnceMoreThenOffersThisSession()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    const QString work = c.addDemoKeysAs(u"Work"_s);
    c.keychain.failReads(CredentialStore::Error::Unavailable, 2);
    const int readsBefore = c.keychain.reads();
    QSignalSpy retrying(c.controller->loader(), &CredentialLoader::retrying);
    const qint64 started = c.f.clock.nowMs();
    c.controller->switchTo(work);
    QVERIFY(c.waitForNotice());
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(c.keychain.reads() - readsBefore, 2); // once, and once more
    QVERIFY(c.f.clock.nowMs() - started >= CredentialLoader::kRetryAfterMs);
    QCOMPARE(c.controller->notice()->text(),
             KeychainText::describe(CredentialStore::Error::Unavailable));
    QVERIFY(c.controller->notice()->findChild<QPushButton *>(u"retryButton"_s));

    c.controller->notice()->findChild<QPushButton *>(u"sessionOnlyButton"_s)->click();
    QVERIFY(c.f.drive([&] { return c.controller->signInDialog() != nullptr; }));
    SignInDialog *d = c.controller->signInDialog();
    QVERIFY(!d->findChild<QRadioButton *>(u"rememberRadio"_s)->isEnabled());
    QVERIFY(d->findChild<QRadioButton *>(u"sessionRadio"_s)->isChecked());
    d->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(c.f.sim->accessKey());
    d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->setText(QString::fromUtf8(c.f.sim->secretKey()));
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    const int readsBeforeSession = c.keychain.reads();
    d->accept();
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), work);
    QCOMPARE(c.keychain.reads(), readsBeforeSession); // the keys came from memory
    QVERIFY(c.load(Resource::Instances));
    QCOMPARE(c.session->instances()->rowCount(),
             SimFixture::countOf(c.f.sim->state(), Resource::Instances));
}

void TstAccounts::aLockedKeychainOffersToUnlockAndNeverCallsTheKeyWrong()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    const QString work = c.addDemoKeysAs(u"Work"_s);
    c.keychain.failReads(CredentialStore::Error::Locked, 1);
    const int readsBefore = c.keychain.reads();
    QSignalSpy retrying(c.controller->loader(), &CredentialLoader::retrying);
    c.controller->switchTo(work);
    QVERIFY(c.waitForNotice());
    QCOMPARE(retrying.count(), 0); // a locked keychain waits for the person, not for a timer
    QCOMPARE(c.keychain.reads() - readsBefore, 1);
    const QString text = c.controller->notice()->text();
    QCOMPARE(text, KeychainText::describe(CredentialStore::Error::Locked));
    QVERIFY(!c.controller->notice()->findChild<QPushButton *>(u"signInAgainButton"_s));
    auto *unlock = c.controller->notice()->findChild<QPushButton *>(u"unlockButton"_s);
    QVERIFY(unlock);
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    unlock->click(); // the keychain asks for its password and now answers
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), work);
}

void TstAccounts::aFailedKeychainWriteIsShownAndKeepsWhatWasTyped()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    c.controller->addAccount();
    SignInDialog *d = c.controller->signInDialog();
    QVERIFY(d && d->isVisible());
    const QString endpoint = c.f.sim->endpoint().toString();
    c.fillSignIn(d, u"운영"_s, c.f.sim->accessKey(), QString::fromUtf8(c.f.sim->secretKey()),
                 endpoint);
    c.keychain.failWrites(CredentialStore::Error::WriteFailed);
    d->accept();
    d->reject(); // Escape while the keychain is saving: the keychain's answer decides
    QVERIFY(d->isVisible());
    QVERIFY(c.f.drive([&] { return !d->errorText().isEmpty(); }));
    QCOMPARE(d->errorText(), KeychainText::describe(CredentialStore::Error::WriteFailed));
    QVERIFY(d->isVisible());
    QCOMPARE(d->findChild<QLineEdit *>(u"profileNameEdit"_s)->text(), u"운영"_s);
    QCOMPARE(d->findChild<QLineEdit *>(u"accessKeyEdit"_s)->text(), c.f.sim->accessKey());
    QCOMPARE(d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->text(),
             QString::fromUtf8(c.f.sim->secretKey()));
    QCOMPARE(c.profiles->profiles().size(), 1); // only the demo: nothing half-saved

    // The way out: this session only.
    d->findChild<QRadioButton *>(u"sessionRadio"_s)->setChecked(true);
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    d->accept();
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    const Profile *p = c.profiles->profile(opened.last().at(0).toString());
    QVERIFY(p);
    QCOMPARE(p->name, u"운영"_s);
    QCOMPARE(p->kind, Profile::Kind::Session);
    QVERIFY(!c.keychain.contains(p->id));
}

void TstAccounts::signInValidatesAndTestsBeforeSaving()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    c.controller->addAccount();
    SignInDialog *d = c.controller->signInDialog();
    QVERIFY(d);
    d->accept();
    QVERIFY(!d->errorText().isEmpty()); // no name
    QVERIFY(d->isVisible());
    c.fillSignIn(d, u"Work"_s, c.f.sim->accessKey(), u"not-the-secret"_s, u"http://example.com"_s);
    QVERIFY(d->validate().contains(u"https://"_s)); // plain HTTP only to this computer
    c.fillSignIn(d, u"Work"_s, c.f.sim->accessKey(), u"not-the-secret"_s,
                 c.f.sim->endpoint().toString());
    QVERIFY(d->validate().isEmpty());

    // "Test connection" makes a real signed call and says what is wrong, in words.
    QSignalSpy tested(d, &SignInDialog::tested);
    d->testConnection();
    QVERIFY(QTest::qWaitFor([&] { return !tested.isEmpty(); }, 20000));
    QVERIFY2(d->testResult().contains(u"Secret Key is wrong"_s), qPrintable(d->testResult()));
    QCOMPARE(d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->text(), u"not-the-secret"_s);
    QCOMPARE(c.profiles->profiles().size(), 1); // testing saves nothing

    d->findChild<QLineEdit *>(u"secretKeyEdit"_s)->setText(QString::fromUtf8(c.f.sim->secretKey()));
    d->testConnection();
    QVERIFY(QTest::qWaitFor([&] { return tested.count() == 2; }, 20000));
    QVERIFY2(d->testResult().startsWith(u"The keys work"_s), qPrintable(d->testResult()));

    // A key restricted to another address: the server's CHECK_IP, said as such, never "wrong key".
    c.f.sim->auth().setAllowedIps(c.f.sim->accessKey(), {QHostAddress(u"203.0.113.7"_s)});
    d->testConnection();
    QVERIFY(QTest::qWaitFor([&] { return tested.count() == 3; }, 20000));
    QVERIFY2(d->testResult().contains(u"CHECK_IP"_s), qPrintable(d->testResult()));
    QVERIFY(!d->testResult().contains(u"Secret Key is wrong"_s));
    QCOMPARE(c.profiles->profiles().size(), 1);
}

void TstAccounts::signInTestTrustsTheExtraCaOfTheSettings()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    // A server whose certificate only the extra CA vouches for (a company's TLS proxy).
    Simulator tls(SimFixture::testOptions(), &c.f.clock);
    tls.useTls(QSslCertificate(Fixtures::read(u"tls-cert.pem"_s)),
               QSslKey(Fixtures::read(u"tls-key.pem"_s), QSsl::Rsa));
    QVERIFY(tls.listen(0));
    QTemporaryDir dir;
    const QString caFile = dir.filePath(u"company-ca.pem"_s);
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Fixtures::read(u"tls-cert.pem"_s));
    file.close();

    c.controller->addAccount();
    SignInDialog *d = c.controller->signInDialog();
    QVERIFY(d);
    c.fillSignIn(d, u"Work"_s, tls.accessKey(), QString::fromUtf8(tls.secretKey()),
                 tls.endpoint().toString());
    QVERIFY(tls.endpoint().scheme() == u"https"_s);
    QSignalSpy tested(d, &SignInDialog::tested);

    d->testConnection(); // no extra CA yet: the certificate is not trusted, and it says so
    QVERIFY(QTest::qWaitFor([&] { return tested.count() == 1; }, 20000));
    QVERIFY2(!d->testResult().startsWith(u"The keys work"_s), qPrintable(d->testResult()));
    QVERIFY2(d->testResult().contains(u"certificate"_s, Qt::CaseInsensitive),
             qPrintable(d->testResult()));

    AppSettings::setExtraCaPath(caFile);
    d->testConnection();
    QVERIFY(QTest::qWaitFor([&] { return tested.count() == 2; }, 20000));
    AppSettings::setExtraCaPath(QString());
    QVERIFY2(d->testResult().startsWith(u"The keys work"_s), qPrintable(d->testResult()));
}

void TstAccounts::aProfileSwitchClearsAndRefillsEveryModel()
{
    Console c;
    SimOptions otherOptions = SimFixture::testOptions();
    otherOptions.seed = 99;
    otherOptions.instanceCount = 13;
    Simulator other(otherOptions, &c.f.clock);
    QVERIFY(other.listen(0));
    QVERIFY(c.openAndWait(demoId()));
    for (int i = 0; i < kResourceCount; ++i)
        QVERIFY(c.load(Resource(i)));
    QCOMPARE(c.session->instances()->rowCount(),
             SimFixture::countOf(c.f.sim->state(), Resource::Instances));

    const QString staging = c.addSaved(u"Staging"_s, other.endpoint(),
                                       Credentials {other.accessKey(), other.secretKey()});
    c.window->showPage(Resource::Instances);
    QVERIFY(!c.selectServer(u"active"_s).isEmpty()); // a server of the first account is open
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    bool emptyWhenSwitched = false;
    connect(c.controller.get(), &AccountController::opened, this, [&] {
        emptyWhenSwitched = true;
        for (int i = 0; i < kResourceCount; ++i)
            emptyWhenSwitched = emptyWhenSwitched
                    && c.window->page(Resource(i))->spec().model->rowCount() == 0;
    });
    c.controller->switchTo(staging);
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QVERIFY2(emptyWhenSwitched, "a model kept the other account's rows");
    QVERIFY(c.window->page(Resource::Instances)->currentId().isEmpty()); // nor its open server
    QVERIFY(!c.window->instanceActions()->rebootAction()->isEnabled());

    for (int i = 0; i < kResourceCount; ++i) {
        const Resource r = Resource(i);
        QVERIFY(c.load(r));
        QCOMPARE(c.window->page(r)->spec().model->rowCount(),
                 SimFixture::countOf(other.state(), r));
    }
    QSet<QString> shown;
    for (int row = 0; row < c.session->instances()->rowCount(); ++row)
        shown.insert(c.session->instances()->index(row, 0).data(Roles::IdRole).toString());
    QCOMPARE(shown, instanceIds(other.state()));
    QVERIFY(!shown.intersects(instanceIds(c.f.sim->state())));
    QCOMPARE(other.log().first().accessKey, other.accessKey());
}

void TstAccounts::theDemoIsNeverMistakenForARealAccount()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    auto *banner = c.window->findChild<QLabel *>(u"demoBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(c.window->windowTitle().contains(u"Demo"_s));
    QCOMPARE(c.controller->switcher()->text(), u"Demo account"_s);
    const QString demoColour = c.window->profileColour();

    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(!banner->isVisible());
    QVERIFY(!c.window->windowTitle().contains(u"Demo"_s));
    QVERIFY(c.window->windowTitle().contains(u"Work"_s));
    QVERIFY(c.controller->switcher()->text().startsWith(u"Work"_s));
    QVERIFY(c.window->profileColour() != demoColour);
    QVERIFY(!c.session->isDemo());
    // The switcher lists both, the demo last, and marks the one in use.
    QMenu *menu = c.controller->switcher()->menu();
    auto *workAction = menu->findChild<QAction *>(u"profile_"_s + work);
    QVERIFY(workAction && workAction->isChecked());
    QVERIFY(!menu->findChild<QAction *>(u"profile_"_s + demoId())->isChecked());
}

void TstAccounts::nothingIsAskedBeforeAnAccountOpens()
{
    // The console at start: the window is up while the keychain is still reading the keys.
    SimFixture f;
    ApiClient client(&f.clock); // no address, no keys yet
    AccountSession session(&client, false);
    MainWindow window(&session);
    window.show();
    ResourcePage *page = window.page(Resource::Instances);
    QVERIFY(!window.findChild<QWidget *>(u"demoBanner"_s)->isVisible()); // not the demo either
    QSignalSpy failed(session.store(Resource::Instances), &ResourceStore::failed);
    for (int i = 0; i < 5; ++i) { // auto refresh would have fired several times
        f.clock.advanceMs(65'000);
        QCoreApplication::processEvents();
    }
    window.findChild<QAction *>(u"actionRefresh"_s)->trigger(); // F5 too
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 0);
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    QVERIFY2(page->stateText().contains(u"Opening the account"_s), qPrintable(page->stateText()));
    QCOMPARE(f.sim->log().size(), 0);

    // The keys arrive: the account opens and fills the page.
    session.switchAccount(f.sim->endpoint(), Credentials {f.sim->accessKey(), f.sim->secretKey()},
                          false, false);
    QVERIFY(f.drive([&] { return session.store(Resource::Instances)->hasData(); }));
    QCOMPARE(page->proxy()->rowCount(), f.sim->state().instances.size());
    QVERIFY(!page->stateText().contains(u"Opening the account"_s));
}

void TstAccounts::aReadOnlyProfileHidesAndRefusesEveryChange()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.load(Resource::Instances));
    c.controller->setSafety(Profile::Safety::ReadOnly);
    QVERIFY(!c.selectServer(u"active"_s).isEmpty());
    for (QAction *a : c.window->instanceActions()->actions()) {
        QVERIFY2(!a->isVisible(), qPrintable(a->text()));
        QVERIFY(!a->isEnabled());
    }
    QVERIFY(c.controller->switcher()->text().contains(u"Read-only"_s));
    // Asked anyway (a script, a shortcut): refused before anything is sent.
    const QString id = c.session->instances()->index(0, 0).data(Roles::IdRole).toString();
    const int before = c.f.sim->log().size();
    const ApiResult r = c.f.call(InstancesApi::reboot(id));
    QCOMPARE(r.error.kind, ApiError::Kind::ReadOnly);
    QCOMPARE(c.f.sim->log().size(), before);
    // The level is kept for next time.
    ProfileManager again(&c.keychain);
    again.load(QProcessEnvironment());
    QCOMPARE(again.profile(work)->safety, Profile::Safety::ReadOnly);

    c.controller->setSafety(Profile::Safety::Normal);
    QVERIFY(c.window->instanceActions()->rebootAction()->isVisible());
    QVERIFY(c.window->instanceActions()->rebootAction()->isEnabled());
}

void TstAccounts::productionAsksForTheNameBeforeAReboot()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.load(Resource::Instances));
    const QString id = c.selectServer(u"active"_s);
    QVERIFY(!id.isEmpty());
    InstanceActions *actions = c.window->instanceActions();

    // Normal: one question, no name to type.
    actions->rebootAction()->trigger();
    QVERIFY(actions->pendingConfirmation());
    QVERIFY(!actions->pendingConfirmation()->needsTypedName());
    actions->pendingConfirmation()->reject();

    // A question left open when the account changes is withdrawn, not sent to the other account.
    actions->rebootAction()->trigger();
    QPointer<ConfirmDialog> open = actions->pendingConfirmation();
    QVERIFY(open);
    QVERIFY(c.openAndWait(demoId()));
    QVERIFY(!open || !open->isVisible());
    QVERIFY(!actions->pendingConfirmation());
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.load(Resource::Instances));
    QCOMPARE(c.selectServer(u"active"_s), id);

    c.controller->setSafety(Profile::Safety::Production);
    actions->rebootAction()->trigger();
    ConfirmDialog *dialog = actions->pendingConfirmation();
    QVERIFY(dialog && dialog->needsTypedName());
    QVERIFY(!dialog->actionButton()->isEnabled());
    auto *edit = dialog->findChild<QLineEdit *>(u"nameEdit"_s);
    edit->setText(c.session->instances()->find(id)->name + u"x"_s);
    QVERIFY(!dialog->actionButton()->isEnabled());
    edit->setText(c.session->instances()->find(id)->name);
    QVERIFY(dialog->actionButton()->isEnabled());
    const int before = c.f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s);
    dialog->actionButton()->click();
    QVERIFY(c.f.drive([&] {
        return c.f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s) > before;
    }));
    QCOMPARE(c.f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s), before + 1);
}

void TstAccounts::powerConfirmationsFollowTheSettings()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.load(Resource::Instances));
    const QString id = c.selectServer(u"active"_s);
    QVERIFY(!id.isEmpty());
    InstanceActions *actions = c.window->instanceActions();
    AppSettings::setConfirmPower(false);
    const QString path = u"/v1/instances/"_s + id + u"/reboot"_s;
    actions->rebootAction()->trigger();
    QVERIFY(!actions->pendingConfirmation());
    QVERIFY(c.f.drive([&] { return c.f.sim->count(u"POST"_s, path) == 1; }));

    // Delete asks whatever the setting says (of another server: the rebooting one takes no
    // other change until its reboot is over), and production asks by name.
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(!c.selectServer(u"off"_s).isEmpty());
    actions->deleteAction()->trigger();
    QVERIFY(actions->pendingConfirmation() && actions->pendingConfirmation()->needsTypedName());
    actions->pendingConfirmation()->reject();
    c.controller->setSafety(Profile::Safety::Production);
    QVERIFY(!c.selectServer(u"active"_s, id).isEmpty());
    actions->shutdownAction()->trigger();
    QVERIFY(actions->pendingConfirmation() && actions->pendingConfirmation()->needsTypedName());
    actions->pendingConfirmation()->reject();
    AppSettings::setConfirmPower(true);
}

void TstAccounts::aDoubleClickNeverRebootsTwice()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.load(Resource::Instances));
    const QString id = c.selectServer(u"active"_s);
    QVERIFY(!id.isEmpty());
    InstanceActions *actions = c.window->instanceActions();
    AppSettings::setConfirmPower(false);
    const QString path = u"/v1/instances/"_s + id + u"/reboot"_s;

    actions->rebootAction()->trigger();
    actions->rebootAction()->trigger(); // the second click of a double click
    QVERIFY(!actions->rebootAction()->isEnabled());
    QVERIFY(!actions->shutdownAction()->isEnabled());
    // Nor through any other way in while the first is unfinished.
    QCOMPARE(c.session->operations()->submit(Operation::Kind::Reboot, InstancesApi::reboot(id), id,
                                             u"again"_s, u"active"_s),
             quint64(0));
    QVERIFY(c.f.drive([&] { return c.f.sim->count(u"POST"_s, path) == 1; }));

    // Once the server shows the reboot done, it can be rebooted again.
    QVERIFY(c.f.drive(
            [&] { return !c.session->operations()->unfinishedFor(Resource::Instances, id); }));
    QCOMPARE(c.f.sim->count(u"POST"_s, path), 1);
    QVERIFY(c.f.drive([&] { return actions->rebootAction()->isEnabled(); }));
    AppSettings::setConfirmPower(true);
}

void TstAccounts::theEnvironmentProfileOpensFirst()
{
    Console c;
    QProcessEnvironment env;
    env.insert(u"IWINV_ACCESS_KEY"_s, c.f.sim->accessKey());
    env.insert(u"IWINV_SECRET_KEY"_s, QString::fromUtf8(c.f.sim->secretKey()));
    env.insert(u"IWINV_ENDPOINT"_s, c.f.sim->endpoint().toString());
    c.profiles->load(env);
    c.profiles->setDemo(c.f.sim->endpoint(),
                        Credentials {c.f.sim->accessKey(), c.f.sim->secretKey()});
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    c.controller->start();
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), QLatin1String(Profile::kEnvironmentId));
    QVERIFY(!c.session->isDemo());
    QVERIFY(c.controller->switcher()->text().contains(u"environment"_s));
    QVERIFY(c.load(Resource::Instances));
    QCOMPARE(c.session->instances()->rowCount(),
             SimFixture::countOf(c.f.sim->state(), Resource::Instances));
}

void TstAccounts::signingOutForgetsTheKeys()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    QVERIFY(c.keychain.contains(work));
    c.controller->signOutOpen();
    QMessageBox *box = c.controller->notice();
    QVERIFY(box);
    QSignalSpy opened(c.controller.get(), &AccountController::opened);
    box->findChild<QPushButton *>(u"signOutButton"_s)->click();
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), demoId());
    QVERIFY(!c.keychain.contains(work));
    QVERIFY(!c.profiles->profile(work));
    QVERIFY(c.session->isDemo());
    QVERIFY(c.controller->switcher()->text().startsWith(u"Demo account"_s));

    // Signing out while another account is already being opened leaves that switch alone.
    const QString second = c.addDemoKeysAs(u"Second"_s);
    const QString third = c.addDemoKeysAs(u"Third"_s);
    QVERIFY(c.openAndWait(second));
    c.controller->signOutOpen();
    opened.clear();
    c.controller->notice()->findChild<QPushButton *>(u"signOutButton"_s)->click();
    c.controller->switchTo(third); // before the keychain has answered the sign out
    QVERIFY(c.f.drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), third);
    QVERIFY(!c.profiles->profile(second));

    // A keychain that refuses to delete keeps the profile and says so.
    const QString home = c.addDemoKeysAs(u"Home"_s);
    QVERIFY(c.openAndWait(home));
    c.keychain.failRemovals(CredentialStore::Error::DeleteFailed);
    c.controller->signOutOpen();
    c.controller->notice()->findChild<QPushButton *>(u"signOutButton"_s)->click();
    QVERIFY(c.f.drive([&] {
        return c.controller->notice()
                && c.controller->notice()->text()
                == KeychainText::describe(CredentialStore::Error::DeleteFailed);
    }));
    QVERIFY(c.profiles->profile(home));
    QCOMPARE(c.controller->openId(), home);
}

void TstAccounts::settingsExplainWhatCannotBeUsed()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    c.controller->openSettings();
    SettingsDialog *d = c.controller->settingsDialog();
    QVERIFY(d && d->isVisible());
    d->findChild<QRadioButton *>(u"proxyManualRadio"_s)->setChecked(true);
    d->accept();
    QVERIFY(!d->errorText().isEmpty()); // no proxy host
    QVERIFY(d->isVisible());
    d->findChild<QLineEdit *>(u"proxyHostEdit"_s)->setText(u"proxy.example.com"_s);
    d->findChild<QLineEdit *>(u"caEdit"_s)->setText(u"/nonexistent/company-ca.pem"_s);
    d->accept();
    QVERIFY(d->errorText().contains(u"/nonexistent/company-ca.pem"_s));
    QCOMPARE(d->findChild<QLineEdit *>(u"proxyHostEdit"_s)->text(), u"proxy.example.com"_s);
    QCOMPARE(AppSettings::proxy(), AppSettings::Proxy::System); // nothing saved yet

    d->findChild<QLineEdit *>(u"caEdit"_s)->setText(QStringLiteral(IWINV_FIXTURES "/tls-cert.pem"));
    d->findChild<QRadioButton *>(u"proxySystemRadio"_s)->setChecked(true);
    d->findChild<QComboBox *>(u"refreshCombo"_s)->setCurrentIndex(3);
    d->findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(1); // 한국어
    d->accept();
    QVERIFY(!d->isVisible());
    QCOMPARE(c.window->refreshIntervalCombo()->currentIndex(), 3);
    QCOMPARE(AppSettings::language(), u"ko"_s);
    QCOMPARE(AppSettings::extraCaPath(), QStringLiteral(IWINV_FIXTURES "/tls-cert.pem"));
    QCOMPARE(AppSettings::proxy(), AppSettings::Proxy::System);
}

void TstAccounts::theConnectionCheckReportsWithoutSecrets()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    c.controller->openConnectionCheck();
    ConnectionCheckDialog *d = c.controller->connectionCheckDialog();
    QVERIFY(d && d->isVisible());
    QVERIFY(c.f.drive([&] { return !d->isRunning(); }));
    QVERIFY2(d->verdictText().startsWith(u"The keys work"_s), qPrintable(d->verdictText()));
    const QString report = d->reportText();
    QVERIFY(report.contains(c.f.sim->endpoint().toString()));
    QVERIFY(!report.contains(QString::fromUtf8(c.f.sim->secretKey())));
    QVERIFY(!report.contains(c.f.sim->accessKey()));
    d->findChild<QPushButton *>(u"copyButton"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), report);
}

void TstAccounts::closingTheConnectionCheckWhileItRunsIsSafe()
{
    Console c;
    QVERIFY(c.openAndWait(demoId()));
    SimFault stall;
    stall.kind = SimFault::Kind::Stall;
    stall.method = u"GET"_s;
    stall.path = u"/v1/zones"_s;
    c.f.sim->addFault(stall);
    c.controller->openConnectionCheck();
    QPointer<ConnectionCheckDialog> d = c.controller->connectionCheckDialog();
    QVERIFY(d && d->isVisible());
    QVERIFY(QTest::qWaitFor([&] { return c.f.sim->log().size() > 0 && d->isRunning(); }, 5000));
    delete d.data(); // the person closes the window before the verdict
    QVERIFY(d.isNull());
    QVERIFY(c.f.drive([&] { return c.session->client()->attemptsInFlight() == 0; }));
}

void TstAccounts::everyConnectionFailureIsExplained_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("skewSecs");
    QTest::addColumn<QString>("words");
    using K = ApiError::Kind;
    QTest::newRow("wrong key or signature")
            << int(K::Unauthorized) << qint64(0) << u"Secret Key is wrong"_s;
    QTest::newRow("IP not allowed") << int(K::Forbidden) << qint64(0) << u"CHECK_IP"_s;
    QTest::newRow("clock 7 minutes behind")
            << int(K::TimestampRejected) << qint64(7 * 60 + 10) << u"7 minute"_s;
    QTest::newRow("clock 9 minutes ahead")
            << int(K::TimestampRejected) << qint64(-9 * 60) << u"9 minute"_s;
    QTest::newRow("unreachable") << int(K::Network) << qint64(0) << u"could not be reached"_s;
    QTest::newRow("timeout") << int(K::Timeout) << qint64(0) << u"could not be reached"_s;
    QTest::newRow("TLS") << int(K::Tls) << qint64(0) << u"certificate has expired"_s;
}

void TstAccounts::everyConnectionFailureIsExplained()
{
    QFETCH(int, kind);
    QFETCH(qint64, skewSecs);
    QFETCH(QString, words);
    ConnectionCheck::Report r;
    r.endpoint = QUrl(u"https://api-kr.iwinv.kr"_s);
    r.maskedAccessKey = u"AKIA…Q2"_s;
    r.error.kind = ApiError::Kind(kind);
    r.error.tlsProblems = {u"The certificate has expired"_s};
    r.skewMeasured = skewSecs != 0;
    r.skewSecs = skewSecs;
    const QString verdict = ConnectionText::verdict(r);
    QVERIFY2(verdict.contains(words, Qt::CaseInsensitive), qPrintable(verdict));
    if (skewSecs != 0)
        QVERIFY(verdict.contains(skewSecs > 0 ? u"behind"_s : u"ahead"_s));
    QVERIFY(ConnectionText::report(r).contains(verdict));
}

void TstAccounts::theConnectionCheckShowsBothClocksToTheSecond()
{
    // The tests run in UTC (tests/CMakeLists.txt): the API's clock is shown in KST, labelled.
    ConnectionCheck::Report r;
    r.endpoint = QUrl(u"https://api-kr.iwinv.kr"_s);
    r.httpStatus = 200;
    r.localTime = QDateTime(QDate(2026, 12, 4), QTime(5, 5, 9), QTimeZone::utc());
    r.serverDate = QDateTime(QDate(2026, 12, 4), QTime(5, 7, 9), QTimeZone::utc());
    r.skewMeasured = true;
    r.skewSecs = 120;
    QHash<QString, QString> rows;
    for (const auto &row : ConnectionText::details(r))
        rows.insert(row.first, row.second);
    QCOMPARE(rows.value(u"This computer's time"_s), u"2026-12-04 05:05:09"_s);
    QCOMPARE(rows.value(u"Server time"_s), u"2026-12-04 14:07:09 KST"_s);
    QVERIFY(rows.value(u"Clock"_s).contains(u"2 minute"_s));
    r.serverDate = QDateTime();
    rows.clear();
    for (const auto &row : ConnectionText::details(r))
        rows.insert(row.first, row.second);
    QCOMPARE(rows.value(u"Server time"_s), u"Not sent by the server"_s);
}

void TstAccounts::renamingShowsTheNewNameEverywhere()
{
    Console c;
    const QString work = c.addDemoKeysAs(u"Work"_s);
    QVERIFY(c.openAndWait(work));
    c.controller->renameOpen();
    auto *dialog = c.window->findChild<QInputDialog *>(u"renameDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"  회사 계정 "_s);
    dialog->accept();
    QCOMPARE(c.profiles->profile(work)->name, u"회사 계정"_s);
    QVERIFY(c.window->windowTitle().contains(u"회사 계정"_s));
    QVERIFY(c.controller->switcher()->text().startsWith(u"회사 계정"_s));
    ProfileManager again(&c.keychain);
    again.load(QProcessEnvironment());
    QCOMPARE(again.profile(work)->name, u"회사 계정"_s);

    // Never the demo's name, in either language, nor another profile's: the dialog says why
    // and keeps what was typed.
    const QString home = c.addDemoKeysAs(u"Home"_s);
    QVERIFY(!home.isEmpty());
    for (const QString &taken : {u"Demo account"_s, u"데모 계정"_s, u"home"_s}) {
        c.controller->renameOpen();
        auto *again2 = c.window->findChild<QInputDialog *>(u"renameDialog"_s);
        QVERIFY(again2);
        again2->setTextValue(taken);
        QVERIFY2(
                !again2->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled(),
                qPrintable(taken));
        QVERIFY2(again2->labelText().contains(u"Choose another name"_s),
                 qPrintable(again2->labelText()));
        QCOMPARE(again2->textValue(), taken);
        again2->accept(); // even if forced through: nothing renamed
        QCOMPARE(c.profiles->profile(work)->name, u"회사 계정"_s);
        delete again2;
    }

    // The sign-in dialog holds to the same rule.
    c.controller->addAccount();
    SignInDialog *d = c.controller->signInDialog();
    QVERIFY(d);
    c.fillSignIn(d, u"데모 계정"_s, c.f.sim->accessKey(), QString::fromUtf8(c.f.sim->secretKey()),
                 c.f.sim->endpoint().toString());
    QVERIFY(d->validate().contains(u"demo"_s));
    c.fillSignIn(d, u"HOME"_s, c.f.sim->accessKey(), QString::fromUtf8(c.f.sim->secretKey()),
                 c.f.sim->endpoint().toString());
    QVERIFY(d->validate().contains(u"exists already"_s));
    d->reject();

    // The menu is rebuilt on every change of the profiles, and never grows.
    QMenu *menu = c.controller->switcher()->menu();
    const qsizetype menus = menu->findChildren<QMenu *>().size();
    const qsizetype groups = menu->findChildren<QActionGroup *>().size();
    for (int i = 0; i < 6; ++i)
        c.controller->setSafety(i % 2 ? Profile::Safety::Normal : Profile::Safety::Production);
    QCOMPARE(menu->findChildren<QMenu *>().size(), menus);
    QCOMPARE(menu->findChildren<QActionGroup *>().size(), groups);
}

QTEST_MAIN(TstAccounts)
#include "tst_accounts.moc"
