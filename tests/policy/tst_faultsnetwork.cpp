// Client policy, network fault cases: refused, silent, stalled mid-body, short body, reset after
// sending (GET and POST), and offline mode. Each asserts the attempts, the waits on the injected
// clock, what the person sees, and that nothing that must not be repeated went out twice.
#include "api/flavorsapi.h"
#include "api/instancesapi.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "errortext.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "util/translations.h"

#include <QApplication>

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SimFault fault(SimFault::Kind kind, const QString &method, const QString &path, int times = -1)
{
    SimFault f;
    f.kind = kind;
    f.method = method;
    f.path = path;
    f.times = times;
    return f;
}

QString describe(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return ErrorText::describe(e);
}

InstancesApi::CreateSpec createSpec(Simulator &sim)
{
    InstancesApi::CreateSpec spec;
    spec.zoneId = u"kr1-z01"_s;
    spec.flavorId = u"std.c2m4"_s;
    for (const Image &i : sim.state().images) {
        if (i.zones.contains(spec.zoneId)
            && sim.state().flavor(spec.flavorId)->supportingImages.contains(i.id)) {
            spec.imageId = i.id;
            break;
        }
    }
    spec.name = u"새-서버"_s;
    return spec;
}
} // namespace

class TstFaultsNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(qApp, u"en"_s)); }
    void connectionRefused();
    void connectionRefusedNeverCountsAsSentForACreate();
    void serverAcceptsAndNeverAnswers();
    void serverStallsMidBody();
    void bodyShorterThanContentLength();
    void connectionResetAfterSendingGet();
    void connectionResetAfterSendingPost();
    void offlineAfterFiveFailuresKeepsDataAndComesBack();
    void offlineProbesGoPastHeldRefreshes();
};

void TstFaultsNetwork::connectionRefused()
{
    SimFixture f;
    f.sim->stopListening();
    const qint64 start = f.clock.nowMs();
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QVERIFY(!r.error.mayHaveReachedServer);
    QCOMPARE(r.attempts, 3);
    // Backoff: random in [0, 2 s] after the first, [0, 4 s] after the second.
    QVERIFY(f.clock.nowMs() - start <= 6000);
    QVERIFY(f.sim->log().isEmpty());
    QCOMPARE(ErrorText::describe(r.error), describe(ApiError::Kind::Network));
}

void TstFaultsNetwork::connectionRefusedNeverCountsAsSentForACreate()
{
    SimFixture f;
    f.sim->stopListening();
    const ApiResult r = f.call(InstancesApi::create(createSpec(*f.sim)));
    // It surely never reached the server: trying again cannot create twice.
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QCOMPARE(r.attempts, 3);
    QVERIFY(!r.error.outcomeUnknown);
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances"_s), 0);
}

void TstFaultsNetwork::serverAcceptsAndNeverAnswers()
{
    SimFixture f;
    f.stalledAfterMs = 300;
    f.sim->addFault(fault(SimFault::Kind::Stall, u"GET"_s, u"/v1/zones"_s));
    const qint64 start = f.clock.nowMs();
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    // 15 s of silence per attempt; a person's read gives up within 30 s: two attempts.
    QCOMPARE(r.attempts, 2);
    const qint64 elapsed = f.clock.nowMs() - start;
    // The second attempt gets what is left of the 30 s, not a deadline of its own.
    QCOMPARE(elapsed, 30'000);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 2);
    QCOMPARE(ErrorText::describe(r.error), describe(ApiError::Kind::Timeout));

    // Background work has no person waiting: the policy's three attempts.
    f.sim->clearLog();
    const ApiResult background = f.call(ZonesApi::list(), Priority::Background);
    QCOMPARE(background.attempts, 3);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 3);
}

void TstFaultsNetwork::serverStallsMidBody()
{
    SimFixture f;
    f.stalledAfterMs = 300;
    f.sim->addFault(fault(SimFault::Kind::StallMidBody, u"GET"_s, u"/v1/zones"_s, 1));
    const ApiResult r = f.call(ZonesApi::list());
    // Half a body, then nothing for 15 s: timed out, tried again, answered.
    QVERIFY2(r.ok(), qPrintable(ApiError::kindName(r.error.kind)));
    QCOMPARE(r.attempts, 2);
    QVERIFY(r.rows().size() >= 3);
}

void TstFaultsNetwork::bodyShorterThanContentLength()
{
    SimFixture f;
    f.sim->addFault(fault(SimFault::Kind::ShortBody, u"GET"_s, u"/v1/zones"_s, 1));
    const ApiResult r = f.call(ZonesApi::list());
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 2);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 2);

    // Every time: the person sees that the answer broke off.
    f.sim->addFault(fault(SimFault::Kind::ShortBody, u"GET"_s, u"/v1/zones"_s));
    const ApiResult broken = f.call(ZonesApi::list());
    QVERIFY(broken.error.kind == ApiError::Kind::InvalidResponse
            || broken.error.kind == ApiError::Kind::Network);
    QCOMPARE(broken.attempts, 3);
    QVERIFY(!ErrorText::describe(broken.error).isEmpty());
}

void TstFaultsNetwork::connectionResetAfterSendingGet()
{
    SimFixture f;
    f.sim->addFault(fault(SimFault::Kind::Reset, u"GET"_s, u"/v1/zones"_s, 1));
    const ApiResult r = f.call(ZonesApi::list());
    // A GET may be sent again at will; Qt's own transport re-sends it on the next connection
    // (the reset one was reused) before the client's policy needs to.
    QVERIFY(r.ok());
    QVERIFY(r.attempts >= 1 && r.attempts <= 2);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 2);
}

void TstFaultsNetwork::connectionResetAfterSendingPost()
{
    SimFixture f;
    // The server creates the server, then the connection drops before the answer.
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/instances"_s, 1));
    const qsizetype before = f.sim->state().instances.size();
    OperationTracker tracker(f.client.get());
    // The servers were listed (the page is open): a new one can be told from the others.
    tracker.observe(InstancesApi::parseInstances(f.fetchAll(InstancesApi::list()).rows()).items);
    f.sim->clearLog();
    const InstancesApi::CreateSpec spec = createSpec(*f.sim);
    const quint64 id = tracker.submit(Operation::Kind::Create, InstancesApi::create(spec),
                                      QString(), spec.name);
    QVERIFY(f.drive([&] { return tracker.operation(id)->state != Operation::State::Sending; }));
    const Operation *op = tracker.operation(id);
    QCOMPARE(op->state, Operation::State::Checking);
    QVERIFY(op->error.outcomeUnknown);
    QVERIFY(OperationText::describe(*op).contains(u"unknown"_s));
    // Never sent again: one create reached the server, and one server exists more.
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances"_s), 1);
    QCOMPARE(f.sim->state().instances.size(), before + 1);

    // The next listing finds it and follows it to the end.
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QCOMPARE(tracker.operation(id)->targetId, f.sim->state().instances.last().data.id);
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances"_s), 1);
}

void TstFaultsNetwork::offlineAfterFiveFailuresKeepsDataAndComesBack()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    window.refreshIntervalCombo()->setCurrentIndex(0); // only the person's refreshes here
    session.store(Resource::Instances)->refresh();
    QVERIFY(f.drive([&] { return session.instances()->rowCount() > 0; }));
    // Whatever else the window asked for at the start (other pages' listings) is in too before
    // the server goes away: a listing still on its way when the clock jumps would time out and
    // count failures of its own (under load it often is).
    QVERIFY(f.drive([&] {
        if (f.client->attemptsInFlight() > 0 || f.client->scheduler()->waiting() > 0)
            return false;
        for (int r = 0; r < kResourceCount; ++r) {
            if (session.store(Resource(r))->isLoading())
                return false;
        }
        return true;
    }));
    const int rows = session.instances()->rowCount();
    const quint16 port = f.sim->port();

    f.sim->stopListening();
    f.clock.advanceSecs(120);
    QSignalSpy online(f.client.get(), &ApiClient::onlineChanged);
    QList<qint64> sentAt;
    connect(f.client.get(), &ApiClient::requestSent, this,
            [&](const QString &) { sentAt.append(f.clock.nowMs()); });
    // Two refreshes by the person: 3 + 2 connection failures, then offline.
    session.store(Resource::Instances)->refresh();
    QVERIFY(f.drive([&] { return !session.store(Resource::Instances)->isLoading(); }));
    QVERIFY(f.client->isOnline());
    session.store(Resource::Instances)->refresh();
    QVERIFY(f.drive([&] { return !f.client->isOnline(); }));
    QCOMPARE(sentAt.size(), 5);
    QCOMPARE(online.count(), 1);
    // The last data stays, marked with its age.
    QCOMPARE(session.instances()->rowCount(), rows);
    QVERIFY2(window.offlineText().contains(u"2 minutes"_s), qPrintable(window.offlineText()));

    // Probes after 5, 15 and 30 s, then every 60 s, each a single request.
    sentAt.clear();
    const qint64 offlineAt = f.clock.nowMs();
    QVERIFY(f.drive([&] { return sentAt.size() >= 5; }));
    QList<qint64> gaps;
    qint64 previous = offlineAt;
    for (qint64 t : sentAt) {
        gaps.append(t - previous);
        previous = t;
    }
    QCOMPARE(gaps, (QList<qint64> {5000, 15000, 30000, 60000, 60000}));
    QVERIFY(!f.client->isOnline());

    // The server is back: the next probe brings the account online by itself.
    QVERIFY(f.sim->listen(port));
    QVERIFY(f.drive([&] { return f.client->isOnline(); }));
    QCOMPARE(online.count(), 2);
    QVERIFY(window.offlineText().isEmpty());
}

void TstFaultsNetwork::offlineProbesGoPastHeldRefreshes()
{
    // Offline with the console's own refreshing on: background listings pile up, held until
    // the account is back. The probe (a zones listing, like one of them) must still go on its
    // schedule and bring the account back by itself.
    SimFixture f;
    const quint16 port = f.sim->port();
    f.sim->stopListening();
    int answered = 0;
    for (int i = 0; i < 2; ++i) { // 3 + 2 connection failures: offline
        f.client->send(InstancesApi::list(), nullptr, [&](const ApiResult &) { ++answered; });
        QVERIFY(f.drive([&] { return answered == i + 1; }));
    }
    QVERIFY(!f.client->isOnline());
    int held = 0;
    for (const ApiRequest &r : {ZonesApi::list(), InstancesApi::list(), FlavorsApi::list()})
        f.client->send(
                r, nullptr, [&](const ApiResult &) { ++held; }, Priority::Background);
    QList<qint64> sentAt;
    connect(f.client.get(), &ApiClient::requestSent, this,
            [&](const QString &) { sentAt.append(f.clock.nowMs()); });
    const qint64 offlineAt = f.clock.nowMs();
    QVERIFY(f.drive([&] { return sentAt.size() >= 2; }));
    QCOMPARE(sentAt.at(0) - offlineAt, 5000); // the first probe, on time
    QCOMPARE(held, 0); // the refreshes wait

    QVERIFY(f.sim->listen(port));
    QVERIFY(f.drive([&] { return f.client->isOnline(); }));
    QVERIFY(f.drive([&] { return held == 3; })); // and go once the account is back
}

QTEST_MAIN(TstFaultsNetwork)
#include "tst_faultsnetwork.moc"
