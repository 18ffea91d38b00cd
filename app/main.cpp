// iwinv-console: the desktop console.
#include "accountcontroller.h"
#include "api/apiclient.h"
#include "credentials/keychainstore.h"
#include "credentials/profilemanager.h"
#include "mainwindow.h"
#include "operations/journal.h"
#include "session/accountsession.h"
#include "settings/appsettings.h"
#include "simulator/demoaccount.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    guardSecretsInLogs();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"iwinv-console"_s);
    QApplication::setOrganizationDomain(u"iwinv-console.local"_s);
    QApplication::setApplicationName(u"iwinv-console"_s);
    QApplication::setApplicationDisplayName(u"iwinv Console"_s);
    QApplication::setApplicationVersion(QStringLiteral(IWINV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A desktop console for the iwinv cloud. Keys come from the "
                                     "OS keychain, or from IWINV_ACCESS_KEY, IWINV_SECRET_KEY and "
                                     "IWINV_ENDPOINT for this run only."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, u"Interface language: ko or en."_s, u"ko|en"_s);
    const QCommandLineOption demoOnly(u"demo"_s, u"Open the built-in demo account."_s);
    parser.addOption(lang);
    parser.addOption(demoOnly);
    parser.process(app);

    QString language = parser.isSet(lang) ? parser.value(lang) : AppSettings::effectiveLanguage();
    if (language != u"ko"_s && language != u"en"_s) {
        qWarning("iwinv-console: --lang must be ko or en; using English");
        language = u"en"_s;
    }
    Translations::install(&app, language);
    AppSettings::applyProxy();

    DemoAccount demo(Clock::system());
    if (!demo.start()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "iwinv Console"),
                              QApplication::translate("main",
                                                      "The demo account could not start: no local "
                                                      "network port is available."));
        return 1;
    }
    KeychainStore keychain(u"iwinv-console"_s);
    ProfileManager profiles(&keychain);
    profiles.load();
    profiles.setDemo(demo.endpoint(), demo.credentials());

    ApiClient client(Clock::system());
    QString caProblem;
    if (const QString ca = AppSettings::extraCaPath(); !ca.isEmpty()) {
        const QList<QSslCertificate> certificates = AppSettings::loadCertificates(ca, &caProblem);
        client.setExtraCaCertificates(certificates);
        if (!caProblem.isEmpty())
            caProblem = QApplication::translate("main",
                                                "The extra CA certificate %1 was not loaded: %2")
                                .arg(ca, caProblem);
    }
    Journal journal;
    AccountSession session(&client, false); // no account until its keys are read
    session.setJournal(&journal);
    session.setAutoRefreshMs(AccountSession::kDefaultRefreshMs);

    MainWindow window(&session);
    AccountController accounts(&profiles, &session, &window, Clock::system());
    accounts.setJournal(&journal);
    window.show();
    if (!caProblem.isEmpty())
        window.statusBar()->showMessage(caProblem, 30'000);
    if (parser.isSet(demoOnly))
        accounts.switchTo(QLatin1String(Profile::kDemoId));
    else
        accounts.start();
    return app.exec();
}
