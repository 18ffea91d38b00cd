// The leak test: a whole demo session wired as app/main.cpp wires it, with every logging category
// at debug level and the product's own log guard in place, and then a search of everything it
// wrote (the settings, the log, the journal, the clipboard, the console's own folders) for the
// secret key, the whole access key and every request signature that went out.
#include "accountcontroller.h"
#include "actions/instanceactions.h"
#include "api/apiclient.h"
#include "api/signer.h"
#include "credentials/memorystore.h"
#include "credentials/profilemanager.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/connectioncheckdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "operations/journal.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "simulator/demoaccount.h"
#include "simulator/simulator.h"
#include "support/clockdriver.h"
#include "util/logging.h"
#include "util/manualclock.h"
#include "util/translations.h"
#include "widgets/detailview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

//! Keeps every message as it would be printed (the default pattern or QT_MESSAGE_PATTERN),
//! with its category; warnings also go on to Qt Test so they show in the output.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                      + qFormatLogMessage(type, context, message));
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler
        && !message.contains(u"propagateSizeHints"_s)) // the offscreen platform's noise
        g_previousHandler(type, context, message);
}

QString demoId()
{
    return QLatin1String(Profile::kDemoId);
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

//! Every file under \a dir, as text, each preceded by its name.
QString filesUnder(const QString &dir)
{
    QString text;
    if (dir.isEmpty() || !QDir(dir).exists())
        return text;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        text += u"\n== "_s + path + u'\n' + readFile(path);
    }
    return text;
}

//! The text the console may have written somewhere, by where it was found.
struct Written
{
    QString where;
    QString text;
};

//! The console as app/main.cpp wires it, with a keychain in memory and the demo account on an
//! injected clock (time moves only when nothing is on the wire: nothing sleeps).
struct Console
{
    ManualClock clock;
    QTemporaryDir dir;
    std::unique_ptr<DemoAccount> demo;
    MemoryStore keychain;
    std::unique_ptr<ProfileManager> profiles;
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<AccountController> accounts;
    QStringList clipboardTexts; //!< everything that was on the clipboard

    bool start()
    {
        demo = std::make_unique<DemoAccount>(&clock);
        if (!demo->start())
            return false;
        profiles = std::make_unique<ProfileManager>(&keychain);
        profiles->load(QProcessEnvironment()); // never the keys of whoever runs the test
        profiles->setDemo(demo->endpoint(), demo->credentials());
        client = std::make_unique<ApiClient>(&clock);
        journal = std::make_unique<Journal>(dir.filePath(u"journal.jsonl"_s));
        session = std::make_unique<AccountSession>(client.get(), true);
        session->setJournal(journal.get());
        session->setAutoRefreshMs(AccountSession::kDefaultRefreshMs);
        window = std::make_unique<MainWindow>(session.get());
        accounts = std::make_unique<AccountController>(profiles.get(), session.get(), window.get(),
                                                       &clock);
        accounts->setJournal(journal.get());
        window->resize(1400, 860);
        window->show();
        QObject::connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, window.get(),
                         [this] { clipboardTexts.append(QGuiApplication::clipboard()->text()); });
        return true;
    }
    ~Console()
    {
        accounts.reset(); // the controller before the window it works on
        window.reset();
        session.reset();
    }

    bool drive(const std::function<bool()> &done, int realTimeoutMs = 60000)
    {
        return driveUntil(clock, *client, done, realTimeoutMs);
    }
    bool nothingLoading() const
    {
        for (int i = 0; i < kResourceCount; ++i) {
            if (session->store(Resource(i))->isLoading())
                return false;
        }
        return true;
    }
    bool openAndWait(const QString &id)
    {
        QSignalSpy opened(accounts.get(), &AccountController::opened);
        accounts->switchTo(id);
        return drive([&] { return !opened.isEmpty(); }) && opened.last().at(0).toString() == id
                && drive([&] {
                       return session->store(Resource::Instances)->hasData() && nothingLoading();
                   });
    }
    bool showAndLoad(Resource r)
    {
        window->showPage(r);
        return drive([&] { return session->store(r)->hasData() && nothingLoading(); });
    }
    //! Selects the first server in \a status on the servers page.
    QString selectServer(const QString &status)
    {
        ResourcePage *page = window->page(Resource::Instances);
        for (int row = 0; row < page->proxy()->rowCount(); ++row) {
            const QString id = page->proxy()->index(row, 0).data(Roles::IdRole).toString();
            const Instance *in = session->instances()->find(id);
            if (in && in->status == status) {
                page->table()->selectRow(row);
                return id;
            }
        }
        return {};
    }
};
} // namespace

class TstLeaks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aWholeDemoSessionWritesNoSecretAnywhere();
};

void TstLeaks::initTestCase()
{
    // The settings of this test only (XDG_CONFIG_HOME is the test's own as well).
    QCoreApplication::setOrganizationName(u"iwinv-console-test"_s);
    QCoreApplication::setApplicationName(u"tst_leaks"_s);
    QVERIFY(Translations::install(qApp, u"en"_s));
    QSettings().clear();

    // Every category at debug level; guardSecretsInLogs() (called in main() below, as in
    // app/main.cpp) was installed first, so it is re-applied over these rules.
    QLoggingCategory::setFilterRules(u"*.debug=true\n*.info=true"_s);
    g_messages.clear();
    g_previousHandler = qInstallMessageHandler(capture);
    // The guard is in force: Qt HttpServer's debug output (it prints request headers, the
    // signature among them) stays silent whatever the rules say.
    const QLoggingCategory httpServer("qt.httpserver");
    QVERIFY(!httpServer.isDebugEnabled());
    QVERIFY(!httpServer.isInfoEnabled());
    QVERIFY(lcHttp().isDebugEnabled());
}

void TstLeaks::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
}

void TstLeaks::aWholeDemoSessionWritesNoSecretAnywhere()
{
    auto c = std::make_unique<Console>();
    QVERIFY(c->dir.isValid());
    QVERIFY(c->start());
    const Credentials demoKeys = c->demo->credentials();
    QVERIFY(demoKeys.isComplete());

    // Start: no saved profile, so the demo opens.
    QSignalSpy opened(c->accounts.get(), &AccountController::opened);
    c->accounts->start();
    QVERIFY(c->drive([&] { return !opened.isEmpty(); }));
    QCOMPARE(opened.last().at(0).toString(), demoId());

    // Every page, each loaded.
    for (int i = 0; i < kResourceCount; ++i) {
        QVERIFY2(c->showAndLoad(Resource(i)), qPrintable(u"page %1 did not load"_s.arg(i)));
    }

    // A server's detail: its secrets revealed and copied, its row copied.
    QVERIFY(c->showAndLoad(Resource::Instances));
    ResourcePage *servers = c->window->page(Resource::Instances);
    const QString shown = c->selectServer(u"active"_s);
    QVERIFY(!shown.isEmpty());
    // The console holds neither secret: the listing did not carry them.
    const Instance *in = c->session->instances()->find(shown);
    QVERIFY(in && in->defaultAccountPassword.isEmpty() && in->vncLink.isEmpty());
    const SimInstance *truth = c->demo->simulator()->state().instance(shown);
    QVERIFY(truth && !truth->data.defaultAccountPassword.isEmpty());
    const QString password = truth->data.defaultAccountPassword;
    QVERIFY(!servers->detail()->visibleText().join(u'\n').contains(password));
    // A reveal rebuilds the pane (the old buttons linger, hidden, until deleted): only the
    // buttons on screen count.
    auto shownButtons = [servers](const QString &name) {
        QList<QToolButton *> out;
        for (QToolButton *b : servers->detail()->findChildren<QToolButton *>(name)) {
            if (b->isVisibleTo(servers->detail()))
                out.append(b);
        }
        return out;
    };
    // (A new pane is shown through the event loop: wait for it.)
    QTRY_COMPARE(shownButtons(u"revealButton"_s).size(),
                 2); // the initial password, the console link
    // Show reads them from the server (one detail each).
    shownButtons(u"revealButton"_s).first()->click();
    QVERIFY(c->drive(
            [&] { return servers->detail()->visibleText().join(u'\n').contains(password); }));
    QTRY_COMPARE(shownButtons(u"revealButton"_s).size(), 2);
    shownButtons(u"revealButton"_s).last()->click(); // the console link too
    QVERIFY(c->drive([&] { return servers->detail()->holdsSecret(u"console"_s); }));
    QTRY_COMPARE(shownButtons(u"revealButton"_s).size(), 2);
    const QString vncLink = c->demo->simulator()->state().instance(shown)->data.vncLink;
    const QList<QToolButton *> reveal = shownButtons(u"revealButton"_s);
    QVERIFY(servers->detail()->visibleText().join(u'\n').contains(password));
    QVERIFY(servers->detail()->visibleText().join(u'\n').contains(vncLink));
    QToolButton *copyPassword
            = reveal.first()->parentWidget()->findChild<QToolButton *>(u"copyButton"_s);
    QVERIFY(copyPassword);
    copyPassword->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    servers->copySelectedRows();

    // A reboot through the window's actions, confirmed, followed to its end.
    QVERIFY(c->selectServer(u"active"_s) == shown);
    QAction *reboot = c->window->instanceActions()->rebootAction();
    QTRY_VERIFY(reboot->isEnabled());
    const int operationsBefore = int(c->session->operations()->operations().size());
    reboot->trigger();
    ConfirmDialog *confirm = c->window->instanceActions()->pendingConfirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->actionButton()->isEnabled()); // a normal profile: no name to type
    confirm->actionButton()->click();
    QVERIFY(c->drive(
            [&] { return c->session->operations()->operations().size() > operationsBefore; }));
    const quint64 rebootOp = c->session->operations()->operations().last().id;
    QVERIFY(c->drive([&] { return c->session->operations()->operation(rebootOp)->isFinished(); },
                     120000));
    QCOMPARE(c->session->operations()->operation(rebootOp)->state, Operation::State::Done);

    // A connection check through the controller, its report copied.
    c->accounts->openConnectionCheck();
    ConnectionCheckDialog *check = c->accounts->connectionCheckDialog();
    QVERIFY(check);
    QVERIFY(c->drive([&] { return !check->isRunning() && !check->reportText().isEmpty(); }));
    check->findChild<QPushButton *>(u"copyButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), check->reportText());
    check->close();

    // A second profile "this session only" with the demo's own keys, typed into the sign-in
    // window; switched to and back.
    c->accounts->addAccount();
    SignInDialog *signIn = c->accounts->signInDialog();
    QVERIFY(signIn && signIn->isVisible());
    const QString sessionName = u"Leak check session"_s;
    signIn->findChild<QLineEdit *>(u"profileNameEdit"_s)->setText(sessionName);
    signIn->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(demoKeys.accessKey);
    signIn->findChild<QLineEdit *>(u"secretKeyEdit"_s)
            ->setText(QString::fromUtf8(demoKeys.secretKey));
    signIn->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(c->demo->endpoint().toString());
    signIn->findChild<QRadioButton *>(u"sessionRadio"_s)->setChecked(true);
    opened.clear();
    signIn->accept();
    QVERIFY(c->drive([&] { return !opened.isEmpty(); }));
    const QString sessionId = opened.last().at(0).toString();
    QVERIFY(sessionId != demoId());
    QVERIFY(c->profiles->profile(sessionId));
    QCOMPARE(c->profiles->profile(sessionId)->kind, Profile::Kind::Session);
    QVERIFY(!c->keychain.contains(sessionId));
    QVERIFY(c->drive([&] {
        return c->session->store(Resource::Instances)->hasData() && c->nothingLoading();
    }));
    QVERIFY(c->showAndLoad(Resource::Firewalls));
    QVERIFY(c->openAndWait(demoId()));
    QVERIFY(c->showAndLoad(Resource::Instances));

    // The window goes as it does when the person closes it (geometry and views are saved).
    for (int i = 0; i < kResourceCount; ++i)
        c->window->page(Resource(i))->saveViewState();
    c->window->close();
    QCoreApplication::processEvents();

    // What went out: every request the simulator saw, every signature that was sent.
    const QList<Simulator::Record> requests = c->demo->simulator()->log();
    QVERIFY(requests.size() > 20);
    QStringList signatures;
    for (const Simulator::Record &r : requests) {
        // The client signs with the clock at sending; the simulator records the clock at arrival
        // (the same on this clock, as time never moves while a request is on the wire).
        for (qint64 delta : {-1, 0, 1})
            signatures << QString::fromLatin1(
                    Signer::signature(demoKeys.secretKey, r.atMs / 1000 + delta, r.path));
    }
    // And the signature of every request the log names, recomputed with the product's signer
    // from the method, path and timestamp it printed.
    static const QRegularExpression sentLine(
            u"\\b(GET|POST|PUT|PATCH|DELETE) (/\\S*) X-iwinv-Timestamp: (\\d+)"_s);
    int loggedRequests = 0;
    for (const QString &line : std::as_const(g_messages)) {
        const QRegularExpressionMatch m = sentLine.match(line);
        if (!m.hasMatch())
            continue;
        ++loggedRequests;
        QUrl url = c->demo->endpoint();
        url.setPath(m.captured(2), QUrl::StrictMode);
        signatures << QString::fromLatin1(Signer::signature(
                demoKeys.secretKey, m.captured(3).toLongLong(), Signer::signedPath(url)));
    }
    QVERIFY2(loggedRequests > 20, "the debug log names almost no request: the test is blind");
    signatures.removeDuplicates();

    QStringList secrets;
    secrets << QString::fromUtf8(demoKeys.secretKey)
            << QString::fromLatin1(demoKeys.secretKey.toBase64())
            << QString::fromLatin1(demoKeys.secretKey.toHex()) << demoKeys.accessKey << signatures;

    // What was written.
    QList<Written> written;
    {
        QSettings settings;
        settings.sync();
        QString text = readFile(settings.fileName());
        for (const QString &key : settings.allKeys())
            text += u'\n' + key + u'=' + settings.value(key).toString();
        QVERIFY2(text.contains(u"profiles/active"_s) || text.contains(u"window"_s),
                 qPrintable(text));
        written.append({u"settings "_s + settings.fileName(), text});
        // Whatever else lies in the settings' folder.
        written.append(
                {u"settings folder"_s, filesUnder(QFileInfo(settings.fileName()).absolutePath())});
    }
    QVERIFY(!g_messages.isEmpty());
    written.append({u"log"_s, g_messages.join(u'\n')});
    const QString journalText = readFile(c->journal->path());
    QVERIFY2(journalText.contains(u"reboot"_s, Qt::CaseInsensitive), qPrintable(journalText));
    written.append({u"journal"_s, journalText});
    c->clipboardTexts.append(QGuiApplication::clipboard()->text());
    QVERIFY(c->clipboardTexts.contains(password)); // the clipboard was watched
    written.append({u"clipboard"_s, c->clipboardTexts.join(u'\n')});
    for (const auto location :
         {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::AppConfigLocation})
        written.append({QStandardPaths::writableLocation(location),
                        filesUnder(QStandardPaths::writableLocation(location))});

    // The log is not blind: debug logging was on, the HTTP traffic and the reboot are in it.
    const QString log = g_messages.join(u'\n');
    QVERIFY2(g_messages.size() > 50, "debug logging produced almost nothing: the test is blind");
    QVERIFY(log.contains(u"iwinv.http"_s));
    QVERIFY(log.contains(u"/v1/instances"_s));
    QVERIFY(log.contains(u"X-iwinv-Credential"_s));
    QVERIFY(log.contains(demoKeys.maskedAccessKey())); // what it shows instead of the key

    for (const Written &w : std::as_const(written)) {
        for (const QString &secret : std::as_const(secrets)) {
            const qsizetype at = w.text.indexOf(secret);
            if (at < 0)
                continue;
            QString context = w.text.mid(qMax<qsizetype>(0, at - 120), secret.size() + 240);
            context.replace(secret, secret.left(4) + u"…(secret)"_s);
            QFAIL(qPrintable(u"a secret was written to the %1: "_s.arg(w.where) + context));
        }
    }

    // "This session only" means nothing of that profile is written either.
    for (const Written &w : std::as_const(written)) {
        if (w.where == u"log"_s || w.where == u"clipboard"_s || w.where == u"journal"_s)
            continue;
        QVERIFY2(!w.text.contains(sessionId),
                 qPrintable(u"the session-only profile is in the "_s + w.where));
        QVERIFY2(!w.text.contains(sessionName),
                 qPrintable(u"the session-only profile is in the "_s + w.where));
    }
}

// As app/main.cpp: the log guard goes in before the application exists. The quieter rules
// tests/CMakeLists.txt sets through QT_LOGGING_RULES would override the test's own (environment
// rules win over setFilterRules()), so they are dropped: everything is logged.
int main(int argc, char *argv[])
{
    qunsetenv("QT_LOGGING_RULES");
    guardSecretsInLogs();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstLeaks test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_leaks.moc"
