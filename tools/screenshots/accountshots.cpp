#include "accountshots.h"

#include "accountcontroller.h"
#include "credentials/memorystore.h"
#include "credentials/profilemanager.h"
#include "dialogs/connectioncheckdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "mainwindow.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/profileswitcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
bool save(QWidget *w, const QString &path, QTextStream &log)
{
    w->show();
    QCoreApplication::processEvents();
    log << path << '\n';
    return w->grab().save(path);
}
} // namespace

int shootAccountWindows(const QString &out, const QString &lang, QTextStream &log)
{
    int failures = 0;
    QSettings().clear();
    SimFixture f;
    // The sign-in test goes through a client on the real clock: the simulator's is set to now.
    f.clock.advanceMs(qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch() - f.clock.nowMs()));
    MemoryStore keychain;
    ProfileManager profiles(&keychain);
    profiles.load(QProcessEnvironment());
    profiles.setDemo(f.sim->endpoint(), Credentials {f.sim->accessKey(), f.sim->secretKey()});
    bool added = false;
    Profile work;
    work.name = lang == u"ko"_s ? u"운영 계정"_s : u"Production"_s;
    work.endpoint = f.sim->endpoint();
    profiles.add(work, Credentials {f.sim->accessKey(), f.sim->secretKey()}, true, nullptr,
                 [&](const CredentialStore::Result &) { added = true; });
    f.drive([&] { return added; }); // one at a time: each profile gets its own colour
    Profile staging;
    staging.name = lang == u"ko"_s ? u"개발 계정"_s : u"Staging"_s;
    staging.endpoint = f.sim->endpoint();
    profiles.add(staging, Credentials {f.sim->accessKey(), f.sim->secretKey()}, false, nullptr,
                 [&](const CredentialStore::Result &) {});
    f.drive([&] { return added; });

    AccountSession session(f.client.get(), true);
    MainWindow window(&session);
    window.resize(1400, 860);
    AccountController accounts(&profiles, &session, &window, &f.clock);
    window.show();
    const QString workId = profiles.profiles().first().id;
    bool opened = false;
    QObject::connect(&accounts, &AccountController::opened, [&] { opened = true; });
    accounts.switchTo(workId);
    f.drive([&] { return opened; });
    accounts.setSafety(Profile::Safety::Production);
    window.showPage(Resource::Instances);
    f.drive([&] {
        return session.store(Resource::Instances)->hasData()
                && !session.store(Resource::Instances)->isLoading();
    });
    window.page(Resource::Instances)->table()->selectRow(3);

    { // The switcher's menu, drawn over the window where it opens.
        QMenu *menu = accounts.switcher()->menu();
        const QPoint at
                = accounts.switcher()->mapTo(&window, QPoint(0, accounts.switcher()->height()));
        menu->popup(accounts.switcher()->mapToGlobal(QPoint(0, accounts.switcher()->height())));
        QCoreApplication::processEvents();
        QPixmap shot = window.grab();
        QPainter p(&shot);
        const QPixmap menuShot = menu->grab();
        const int x = qMin(at.x(), shot.width() - menuShot.width() - 4);
        p.drawPixmap(x, at.y(), menuShot);
        p.end();
        menu->hide();
        const QString path = out + u"/profiles-"_s + lang + u".png"_s;
        log << path << '\n';
        failures += shot.save(path) ? 0 : 1;
    }
    { // Adding an account: typed, tested, not yet saved.
        accounts.addAccount();
        SignInDialog *d = accounts.signInDialog();
        d->findChild<QLineEdit *>(u"profileNameEdit"_s)
                ->setText(lang == u"ko"_s ? u"개인 계정"_s : u"Personal"_s);
        d->findChild<QLineEdit *>(u"accessKeyEdit"_s)->setText(f.sim->accessKey());
        d->findChild<QLineEdit *>(u"secretKeyEdit"_s)
                ->setText(QString::fromUtf8(f.sim->secretKey()));
        d->findChild<QLineEdit *>(u"endpointEdit"_s)->setText(f.sim->endpoint().toString());
        bool tested = false;
        QObject::connect(d, &SignInDialog::tested, [&] { tested = true; });
        d->testConnection();
        if (!QTest::qWaitFor([&] { return tested; }, 20000))
            ++failures;
        d->adjustSize();
        failures += save(d, out + u"/sign-in-"_s + lang + u".png"_s, log) ? 0 : 1;
        d->reject();
    }
    {
        accounts.openSettings();
        SettingsDialog *d = accounts.settingsDialog();
        d->adjustSize();
        failures += save(d, out + u"/settings-"_s + lang + u".png"_s, log) ? 0 : 1;
        d->reject();
    }
    { // The server's clock 7 minutes ahead of this computer's.
        f.sim->setServerClockOffsetSecs(7 * 60);
        accounts.openConnectionCheck();
        ConnectionCheckDialog *d = accounts.connectionCheckDialog();
        f.drive([&] { return !d->isRunning(); });
        d->resize(640, 300);
        failures += save(d, out + u"/connection-check-"_s + lang + u".png"_s, log) ? 0 : 1;
        d->close();
    }
    return failures;
}
