// iwinv-console: the desktop console.
#include "api/apiclient.h"
#include "mainwindow.h"
#include "session/accountsession.h"
#include "session/demoaccount.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTimer>

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
    parser.setApplicationDescription(u"A desktop console for the iwinv cloud."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(u"lang"_s, u"Interface language: ko or en."_s, u"ko|en"_s);
    parser.addOption(lang);
    parser.process(app);

    QString language = parser.isSet(lang) ? parser.value(lang) : Translations::systemLanguage();
    if (language != u"ko"_s && language != u"en"_s) {
        qWarning("iwinv-console: --lang must be ko or en; using English");
        language = u"en"_s;
    }
    Translations::install(&app, language);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // No credential store exists yet: the console opens on the built-in demo account.
    DemoAccount demo(Clock::system());
    if (!demo.start()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "iwinv Console"),
                              QApplication::translate("main",
                                                      "The demo account could not start: no local "
                                                      "network port is available."));
        return 1;
    }
    ApiClient client(Clock::system());
    client.setEndpoint(demo.endpoint());
    client.setCredentials(demo.credentials());
    AccountSession session(&client, true);
    session.setAutoRefreshMs(AccountSession::kDefaultRefreshMs);

    MainWindow window(&session);
    window.show();
    QTimer::singleShot(0, &session, &AccountSession::refreshInstances);
    return app.exec();
}
