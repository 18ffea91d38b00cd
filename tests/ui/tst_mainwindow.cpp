// GUI smoke test: the console's demo window, as main() builds it, shows the demo servers.
#include "api/apiclient.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "simulator/demoaccount.h"
#include "simulator/simulator.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QApplication>
#include <QLabel>
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

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
