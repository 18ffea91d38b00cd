// Renders the console's windows in chosen states (demo data, offline, clock off, rate limited)
// to PNG files, in Korean and English, with QWidget::grab() on the offscreen platform.
#include "accountshots.h"
#include "api/apiclient.h"
#include "api/zonesapi.h"
#include "billingshots.h"
#include "mainwindow.h"
#include "pages/resourcepage.h"
#include "servershots.h"
#include "session/resourcestore.h"
#include "storageshots.h"

#include "session/accountsession.h"
#include "support/simfixture.h"
#include "util/translations.h"
#include <QTableView>

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTextStream>
#include <QTranslator>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
void removeTranslators(QApplication &app)
{
    for (QTranslator *t : app.findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

bool shoot(QWidget &window, const QString &path)
{
    window.resize(1400, 860);
    window.show();
    QCoreApplication::processEvents();
    return window.grab().save(path);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"docs/screenshots"_s;
    QDir().mkpath(out);
    QSettings().clear(); // default views, not whatever was set up last time
    QTextStream log(stdout);
    int failures = 0;
    for (const QString &lang : {u"ko"_s, u"en"_s}) {
        removeTranslators(app);
        Translations::install(&app, lang);
        // The same zone on every machine: Korean as on a computer in Seoul, English as on one
        // abroad (the API's times then carry their KST label).
        qputenv("TZ", lang == u"ko"_s ? "Asia/Seoul" : "UTC");
        tzset();

        { // The demo account, refreshed.
            SimFixture f;
            AccountSession session(f.client.get(), true);
            MainWindow window(&session);
            window.showPage(Resource::Instances);
            session.store(Resource::Instances)->refresh();
            f.drive([&] { return session.store(Resource::Instances)->lastRefreshMs() > 0; });
            const QString path = out + u"/instances-"_s + lang + u".png"_s;
            window.page(Resource::Instances)->table()->selectRow(2);
            failures += shoot(window, path) ? 0 : 1;
            log << path << '\n';
            // Every other page, with its first row selected.
            for (int i = 1; i < kResourceCount; ++i) {
                const auto resource = Resource(i);
                window.showPage(resource);
                f.drive([&] { return session.store(resource)->hasData(); });
                window.page(resource)->table()->selectRow(0);
                const QString pagePath
                        = out + u'/' + window.page(resource)->spec().key + u'-' + lang + u".png"_s;
                failures += shoot(window, pagePath) ? 0 : 1;
                log << pagePath << '\n';
            }
        }
        { // Offline after the server went away, data from 3 minutes ago; clock 7 min off.
            SimFixture f;
            f.sim->setServerClockOffsetSecs(7 * 60 + 5);
            AccountSession session(f.client.get(), false);
            MainWindow window(&session);
            session.store(Resource::Instances)->refresh();
            f.drive([&] { return session.store(Resource::Instances)->lastRefreshMs() > 0; });
            f.sim->stopListening();
            f.clock.advanceSecs(180);
            for (int i = 0; i < 2 && f.client->isOnline(); ++i) {
                session.store(Resource::Instances)->refresh();
                f.drive([&] { return !session.store(Resource::Instances)->isLoading(); });
            }
            const QString path = out + u"/offline-clock-"_s + lang + u".png"_s;
            failures += shoot(window, path) ? 0 : 1;
            log << path << '\n';
        }
        { // The server's rate limit holding the console back.
            SimFixture f;
            SimFault fault;
            fault.kind = SimFault::Kind::Status;
            fault.status = 429;
            fault.errorCode = u"LIMIT_EXCEEDED"_s;
            fault.retryAfter = "40";
            fault.path = u"/v1/zones"_s;
            fault.times = 1;
            f.sim->addFault(fault);
            AccountSession session(f.client.get(), false);
            MainWindow window(&session);
            session.store(Resource::Instances)->refresh();
            f.drive([&] { return session.store(Resource::Instances)->lastRefreshMs() > 0; });
            f.call(ZonesApi::list());
            const QString path = out + u"/rate-limited-"_s + lang + u".png"_s;
            failures += shoot(window, path) ? 0 : 1;
            log << path << '\n';
        }
        failures += shootAccountWindows(out, lang, log);
        failures += shootServerDialogs(out, lang, log);
        failures += shootStorageDialogs(out, lang, log);
        failures += shootBilling(out, lang, QString(), log);
    }
    { // A dark palette (Fusion), Korean: status colours and icons must stay readable.
        removeTranslators(app);
        Translations::install(&app, u"ko"_s);
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x23));
        dark.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3c));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(dark);
        SimFixture f;
        AccountSession session(f.client.get(), true);
        MainWindow window(&session);
        session.store(Resource::Instances)->refresh();
        window.showPage(Resource::Instances);
        f.drive([&] { return session.store(Resource::Instances)->lastRefreshMs() > 0; });
        window.page(Resource::Instances)->table()->selectRow(1);
        const QString path = out + u"/instances-dark-ko.png"_s;
        failures += shoot(window, path) ? 0 : 1;
        log << path << '\n';
        failures += shootBilling(out, u"ko"_s, u"-dark"_s, log);
        removeTranslators(app);
        Translations::install(&app, u"en"_s);
        failures += shootBilling(out, u"en"_s, u"-dark"_s, log);
    }
    return failures;
}
