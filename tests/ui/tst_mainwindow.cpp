// GUI smoke test: the console's demo window, as main() builds it, shows the demo servers; in
// Korean, its status bar says when they were updated in 24-hour form.
#include "api/apiclient.h"
#include "mainwindow.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "simulator/demoaccount.h"
#include "simulator/simulator.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TstMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldShowTheDemoServers();
    void shouldShowKoreanHeadersWhenAskedForKorean();
    void shouldShowTheUpdateTimeIn24HourFormInKorean();
};

void TstMainWindow::shouldShowTheDemoServers()
{
    DemoAccount demo(Clock::system());
    QVERIFY(demo.start());
    ApiClient client(Clock::system());
    client.setEndpoint(demo.endpoint());
    client.setCredentials(demo.credentials());
    AccountSession session(&client, true);
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    session.store(Resource::Instances)->refresh();

    auto *table = window.findChild<QTableView *>(u"instancesTable"_s);
    QVERIFY(table);
    const qsizetype expected = demo.simulator()->state().instances.size();
    QVERIFY(expected > 0);
    QTRY_COMPARE(table->model()->rowCount(), int(expected));
    // What is shown is what the server holds: the first row's name is one of its instances.
    const QString shownName
            = table->model()->index(0, int(InstanceModel::Column::Name)).data().toString();
    bool known = false;
    for (const SimInstance &si : demo.simulator()->state().instances)
        known = known || si.data.name == shownName;
    QVERIFY2(known, qPrintable(shownName));

    auto *banner = window.findChild<QLabel *>(u"demoBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QVERIFY(window.windowTitle().contains(u"Demo"_s));
    // The table's requests went over HTTP, signed, to the in-process simulator.
    QVERIFY(!demo.simulator()->log().isEmpty());
    QCOMPARE(demo.simulator()->log().first().accessKey, demo.credentials().accessKey);
}

void TstMainWindow::shouldShowKoreanHeadersWhenAskedForKorean()
{
    QVERIFY(Translations::install(qApp, u"ko"_s));
    InstanceModel model;
    QCOMPARE(model.headerData(int(InstanceModel::Column::Name), Qt::Horizontal).toString(),
             u"이름"_s);
    QCOMPARE(model.headerData(int(InstanceModel::Column::Status), Qt::Horizontal).toString(),
             u"상태"_s);
}

void TstMainWindow::shouldShowTheUpdateTimeIn24HourFormInKorean()
{
    QVERIFY(Translations::install(qApp, u"ko"_s));
    QCOMPARE(QLocale().language(), QLocale::Korean);
    DemoAccount demo(Clock::system());
    QVERIFY(demo.start());
    ApiClient client(Clock::system());
    client.setEndpoint(demo.endpoint());
    client.setCredentials(demo.credentials());
    AccountSession session(&client, true);
    MainWindow window(&session);
    window.show();
    ResourceStore *servers = session.store(Resource::Instances);
    servers->refresh();
    auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status);
    QTRY_VERIFY(status->text().endsWith(u" 업데이트"_s));
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(servers->lastRefreshMs());
    // "서버 12대 · 14:05 업데이트", never ko_KR's "오후 2:05".
    QCOMPARE(status->text(),
             u"서버 %1대 · %2 업데이트"_s.arg(session.instances()->rowCount())
                     .arg(Format::clockTime(at)));
    QVERIFY2(QRegularExpression(u" · [0-2][0-9]:[0-5][0-9] 업데이트$"_s)
                     .match(status->text())
                     .hasMatch(),
             qPrintable(status->text()));
    QVERIFY(!status->text().contains(u"오전"_s) && !status->text().contains(u"오후"_s));
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
