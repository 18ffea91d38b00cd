// The simulator's fault list (SimFaults) and the endless_pages fault: a paged listing that
// answers every page full of rows never seen before, for the client's guard against listings
// that never end. Switched on from C++, from --fault JSON and over POST /_sim/faults.
#include "simulator/simfaults.h"
#include "support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Query = QMap<QString, QString>;

namespace {

SimFault endless(const QString &path, int times = -1)
{
    SimFault fault;
    fault.kind = SimFault::Kind::EndlessPages;
    fault.method = u"GET"_s;
    fault.path = path;
    fault.times = times;
    return fault;
}

SimRequest request(const QString &method, const QString &path)
{
    SimRequest r;
    r.method = method;
    r.path = path;
    return r;
}

//! Every id of \a path's listing, without faults.
QSet<QString> realIds(SimFixture &f, const QString &path, const QString &idField)
{
    QSet<QString> ids;
    for (int page = 1; page < 100; ++page) {
        const auto a
                = f.direct(u"GET"_s, path,
                           {{u"page_no"_s, QString::number(page)}, {u"page_size"_s, u"100"_s}});
        if (a.result().isEmpty())
            break;
        for (const QJsonValue &row : a.result())
            ids.insert(row.toObject().value(idField).toString());
    }
    return ids;
}

} // namespace

class TstSimulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SimFaults
    void shouldTakeOnlyFaultsOfTheAskedLayer();
    void shouldCountTimesDownAndDropASpentFault();
    void shouldMatchMethodAndPathPrefix_data();
    void shouldMatchMethodAndPathPrefix();

    // endless_pages
    void shouldReadEndlessPagesFromJson();
    void shouldServeEveryPageFullUnderIdsNeverSeen_data();
    void shouldServeEveryPageFullUnderIdsNeverSeen();
    void shouldHonourTheAskedPageSize();
    void shouldLeaveEverythingButPagedListingsAlone_data();
    void shouldLeaveEverythingButPagedListingsAlone();
    void shouldEndAfterItsTimes();
    void shouldSwitchEndlessPagesOnOverTheControlRoute();
};

// ---- SimFaults ---------------------------------------------------------------------------

void TstSimulatorFaults::shouldTakeOnlyFaultsOfTheAskedLayer()
{
    SimFaults faults;
    SimFault reset;
    reset.kind = SimFault::Kind::Reset;
    faults.add(reset);
    faults.add(endless(QString()));
    const SimRequest r = request(u"GET"_s, u"/v1/instances"_s);

    QCOMPARE(SimFaults::layerOf(SimFault::Kind::Reset), SimFaults::Layer::Transport);
    QCOMPARE(SimFaults::layerOf(SimFault::Kind::EndlessPages), SimFaults::Layer::Pipeline);
    const auto pipeline = faults.take(r, SimFaults::Layer::Pipeline);
    QVERIFY(pipeline);
    QCOMPARE(pipeline->kind, SimFault::Kind::EndlessPages);
    const auto transport = faults.take(r, SimFaults::Layer::Transport);
    QVERIFY(transport);
    QCOMPARE(transport->kind, SimFault::Kind::Reset);
    QCOMPARE(faults.list().size(), 2); // -1 times: until cleared
    faults.clear();
    QVERIFY(!faults.take(r, SimFaults::Layer::Pipeline));
}

void TstSimulatorFaults::shouldCountTimesDownAndDropASpentFault()
{
    SimFaults faults;
    faults.add(endless(QString(), 2));
    const SimRequest r = request(u"GET"_s, u"/v1/images"_s);
    QVERIFY(faults.take(r, SimFaults::Layer::Pipeline));
    QCOMPARE(faults.list().at(0).times, 1);
    QVERIFY(faults.take(r, SimFaults::Layer::Pipeline));
    QVERIFY(faults.list().isEmpty());
    QVERIFY(!faults.take(r, SimFaults::Layer::Pipeline));
}

void TstSimulatorFaults::shouldMatchMethodAndPathPrefix_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("taken");
    QTest::newRow("the listing") << u"GET"_s << u"/v1/instances"_s << true;
    QTest::newRow("below the prefix") << u"GET"_s << u"/v1/instances/INSTANCE-x"_s << true;
    QTest::newRow("another method") << u"POST"_s << u"/v1/instances"_s << false;
    QTest::newRow("another path") << u"GET"_s << u"/v1/images"_s << false;
}

void TstSimulatorFaults::shouldMatchMethodAndPathPrefix()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(bool, taken);
    SimFaults faults;
    faults.add(endless(u"/v1/instances"_s));
    QCOMPARE(bool(faults.take(request(method, path), SimFaults::Layer::Pipeline)), taken);
}

// ---- endless_pages -----------------------------------------------------------------------

void TstSimulatorFaults::shouldReadEndlessPagesFromJson()
{
    QString error;
    const auto fault = SimFault::fromJson(
            QJsonObject {{u"kind"_s, u"endless_pages"_s}, {u"path"_s, u"/v1/instances"_s}}, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(fault->kind, SimFault::Kind::EndlessPages);
    QCOMPARE(fault->path, u"/v1/instances"_s);
    QVERIFY(fault->processes());
    QCOMPARE(SimFault::kindName(SimFault::Kind::EndlessPages), u"endless_pages"_s);
}

void TstSimulatorFaults::shouldServeEveryPageFullUnderIdsNeverSeen_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("idField");
    QTest::addColumn<int>("pageSize"); // the listing's default
    QTest::addColumn<QString>("prefix");

    QTest::newRow("instances") << u"/v1/instances"_s << u"instance_id"_s << 10 << u"INSTANCE-"_s;
    QTest::newRow("images") << u"/v1/images"_s << u"image_id"_s << 10 << u"PIMAGE-"_s;
    QTest::newRow("flavors (no total)") << u"/v1/flavors"_s << u"flavor_id"_s << 10 << QString();
    QTest::newRow("firewalls") << u"/v1/firewall"_s << u"firewall_id"_s << 10 << u"FIREWALL-"_s;
    QTest::newRow("security groups")
            << u"/v1/security-groups"_s << u"firewall_id"_s << 50 << u"FIREWALL-"_s;
    QTest::newRow("SSH keys (three real ones)")
            << u"/v1/auth/ssh_key"_s << u"ssh_key_id"_s << 10 << u"SSHKEY-"_s;
    QTest::newRow("user scripts") << u"/v1/instance/script"_s << u"user_script_id"_s << 10
                                  << u"SCRIPT-"_s;
    QTest::newRow("bills (paging as strings)") << u"/v1/bill"_s << u"bill_id"_s << 10 << u"BILL-"_s;
}

void TstSimulatorFaults::shouldServeEveryPageFullUnderIdsNeverSeen()
{
    QFETCH(QString, path);
    QFETCH(QString, idField);
    QFETCH(int, pageSize);
    QFETCH(QString, prefix);
    SimFixture f;
    QSet<QString> seen = realIds(f, path, idField);
    QVERIFY(!seen.isEmpty());
    f.sim->addFault(endless(path));

    for (const int page : {1, 2, 3, 7, 1000, 2}) {
        Query query;
        if (page > 1)
            query.insert(u"page_no"_s, QString::number(page));
        const auto a = f.direct(u"GET"_s, path, query);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.errorCode(), u"SUCCESS"_s);
        QCOMPARE(a.result().size(), pageSize);
        QCOMPARE(a.body.value(u"count"_s).toInt(), pageSize);
        QCOMPARE(a.body.value(u"page_no"_s).toVariant().toInt(), page);
        QCOMPARE(a.body.value(u"page_size"_s).toVariant().toInt(), pageSize);
        QVERIFY(!a.body.contains(u"total"_s));
        for (const QJsonValue &row : a.result()) {
            const QString id = row.toObject().value(idField).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(!seen.contains(id), qPrintable(id));
            QVERIFY2(id.startsWith(prefix), qPrintable(id));
            seen.insert(id);
        }
    }
    // The request is logged with the page it asked for.
    QVERIFY(f.sim->log().last().query.contains(u"page_no=2"_s));
}

void TstSimulatorFaults::shouldHonourTheAskedPageSize()
{
    SimFixture f;
    f.sim->addFault(endless(u"/v1/instances"_s));
    const auto a = f.direct(u"GET"_s, u"/v1/instances"_s,
                            {{u"page_no"_s, u"4"_s}, {u"page_size"_s, u"100"_s}});
    QCOMPARE(a.result().size(), 100);
    QCOMPARE(a.body.value(u"page_size"_s).toInt(), 100);
    // Past the server's maximum, a page is as full as the server serves it.
    const auto capped = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"page_size"_s, u"500"_s}});
    QCOMPARE(capped.result().size(), f.sim->options().maxPageSize);
    // Rows are real rows under a new id: the client can show them.
    const QJsonObject row = a.result().at(0).toObject();
    QVERIFY(row.contains(u"name"_s));
    QVERIFY(row.contains(u"status"_s));
}

void TstSimulatorFaults::shouldLeaveEverythingButPagedListingsAlone_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Query>("query");
    QTest::newRow("an unpaged listing") << u"GET"_s << u"/v1/zones"_s << Query {};
    QTest::newRow("a detail") << u"GET"_s << u"/v1/flavors/std.c2m4"_s << Query {};
    QTest::newRow("a page_no the listing refuses")
            << u"GET"_s << u"/v1/instances"_s << Query {{u"page_no"_s, u"zero"_s}};
    QTest::newRow("a refused listing")
            << u"GET"_s << u"/v1/instances"_s << Query {{u"status"_s, u"running"_s}};
    QTest::newRow("a write") << u"POST"_s << u"/v1/instances"_s << Query {};
}

void TstSimulatorFaults::shouldLeaveEverythingButPagedListingsAlone()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(Query, query);
    SimFixture plain;
    SimFixture f;
    SimFault fault = endless(QString()); // any path
    fault.method.clear(); // any method
    f.sim->addFault(fault);
    const auto expected = plain.direct(method, path, query);
    const auto a = f.direct(method, path, query);
    QCOMPARE(a.status, expected.status);
    QCOMPARE(a.body, expected.body);
}

void TstSimulatorFaults::shouldEndAfterItsTimes()
{
    SimFixture f;
    f.sim->addFault(endless(u"/v1/auth/ssh_key"_s, 2));
    QCOMPARE(f.direct(u"GET"_s, u"/v1/auth/ssh_key"_s).result().size(), 10);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/auth/ssh_key"_s, {{u"page_no"_s, u"2"_s}}).result().size(),
             10);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/auth/ssh_key"_s, {{u"page_no"_s, u"3"_s}}).result().size(),
             0);
    QVERIFY(f.sim->faults().isEmpty());
}

void TstSimulatorFaults::shouldSwitchEndlessPagesOnOverTheControlRoute()
{
    SimFixture f;
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl url = f.sim->endpoint();
    url.setPath(u"/_sim/faults"_s);
    QNetworkRequest post(url);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = manager.post(
            post, QByteArray(R"({"kind":"endless_pages","method":"GET","path":"/v1/images"})"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"faults"_s).toInt(), 1);
    reply->deleteLater();

    QCOMPARE(f.sim->faults().size(), 1);
    QCOMPARE(f.sim->faults().at(0).kind, SimFault::Kind::EndlessPages);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_no"_s, u"50"_s}}).result().size(), 10);
}

QTEST_GUILESS_MAIN(TstSimulatorFaults)
#include "tst_simulatorfaults.moc"
