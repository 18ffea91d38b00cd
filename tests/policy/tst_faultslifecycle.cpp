// Client policy, lifecycle cases: a call cancelled while it waits to be tried again, and quitting
// with requests in flight. Each asserts the requests that reached the server, the clock (nothing
// fires later), what the person reads, and that no callback reaches a receiver that is gone.
#include "api/instancesapi.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "errortext.h"
#include "mainwindow.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "util/translations.h"

#include <QApplication>

#include <QPointer>
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

SimFault unavailable(const QString &method, const QString &path)
{
    SimFault f = fault(SimFault::Kind::Status, method, path);
    f.status = 503;
    return f;
}

QString settled(Simulator &sim, const QString &status)
{
    for (const SimInstance &si : sim.state().instances) {
        if (si.data.status == status && si.finalStatus.isEmpty())
            return si.data.id;
    }
    return {};
}

//! Lets posted events (deferred deletes included) run, without moving the clock.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}
} // namespace

class TstFaultsLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(qApp, u"en"_s)); }
    void cancelDuringABackoff_data();
    void cancelDuringABackoff();
    void quitWithRequestsInFlight_data();
    void quitWithRequestsInFlight();
};

void TstFaultsLifecycle::cancelDuringABackoff_data()
{
    QTest::addColumn<bool>("change");
    QTest::newRow("a read") << false;
    QTest::newRow("an edit") << true; // a change that may be repeated: a PUT
}

void TstFaultsLifecycle::cancelDuringABackoff()
{
    QFETCH(bool, change);
    SimFixture f;
    f.client->setRandomSeed(7);
    const QString id = settled(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    const ApiRequest request
            = change ? InstancesApi::edit(id, u"renamed"_s, u"by the test"_s) : ZonesApi::list();
    const QString method = change ? u"PUT"_s : u"GET"_s;
    f.sim->addFault(unavailable(method, request.path));

    QObject receiver;
    int callbacks = 0;
    ApiResult got;
    const qint64 start = f.clock.nowMs();
    QPointer<ApiCall> call = f.client->send(request, &receiver, [&](const ApiResult &r) {
        ++callbacks;
        got = r;
    });
    QSignalSpy retry(call.data(), &ApiCall::retryScheduled);
    // The 503 comes back; a second attempt is scheduled after a jittered wait of at most 2 s.
    QVERIFY(f.drive([&] { return retry.count() == 1; }));
    const qint64 delay = retry.at(0).at(0).toLongLong();
    QCOMPARE(retry.at(0).at(1).toInt(), 2);
    QVERIFY2(delay > 0 && delay <= 2000, qPrintable(QString::number(delay)));
    QCOMPARE(f.sim->count(method, request.path), 1);
    QCOMPARE(call->attempts(), 1);
    QCOMPARE(callbacks, 0);
    QCOMPARE(f.clock.nowMs(), start);

    // The person cancels halfway through the wait.
    f.clock.advanceMs(delay / 2);
    QCOMPARE(f.sim->count(method, request.path), 1);
    QVERIFY(call && !call->isFinished());
    call->cancel();
    QCOMPARE(callbacks, 1);
    QCOMPARE(got.error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!got.error.outcomeUnknown);
    QCOMPARE(ErrorText::describe(got.error), u"The request was cancelled."_s);
    settle();
    QVERIFY(call.isNull()); // it deleted itself

    // The retry is gone for good: a minute later nothing more reached the server.
    f.clock.advanceSecs(60);
    settle();
    QCOMPARE(f.sim->count(method, request.path), 1);
    QCOMPARE(f.sim->log().size(), 1);
    QCOMPARE(callbacks, 1);
    QCOMPARE(f.client->attemptsInFlight(), 0);
    QCOMPARE(f.client->scheduler()->waiting(), 0);
    QCOMPARE(retry.count(), 1);

    // The client is not left in a bad state: the next call goes out at once.
    f.sim->clearFaults();
    const ApiResult next = f.call(ZonesApi::list());
    QVERIFY(next.ok());
    QCOMPARE(next.attempts, 1);
}

void TstFaultsLifecycle::quitWithRequestsInFlight_data()
{
    QTest::addColumn<bool>("serverFirst");
    QTest::newRow("as main() tears down") << false;
    QTest::newRow("the server goes first") << true;
}

void TstFaultsLifecycle::quitWithRequestsInFlight()
{
    QFETCH(bool, serverFirst);
    SimFixture f;
    const QString offId = settled(*f.sim, u"off"_s);
    QVERIFY(!offId.isEmpty());
    // Listings and details never answer; the start is carried out but never answered; zones are
    // unavailable, so that call sits in a backoff.
    f.sim->addFault(fault(SimFault::Kind::Stall, u"GET"_s, u"/v1/instances"_s));
    f.sim->addFault(fault(SimFault::Kind::Stall, u"POST"_s, u"/v1/instances/"_s));
    f.sim->addFault(unavailable(u"GET"_s, u"/v1/zones"_s));

    auto session = std::make_unique<AccountSession>(f.client.get(), false);
    auto window = std::make_unique<MainWindow>(session.get());
    session->setAutoRefreshMs(AccountSession::kDefaultRefreshMs);
    session->store(Resource::Instances)->refresh();
    const quint64 op = session->operations()->submit(
            Operation::Kind::Start, InstancesApi::start(offId), offId, u"srv"_s, u"off"_s);
    auto receiver = std::make_unique<QObject>();
    int toDeadReceiver = 0;
    int withoutReceiver = 0;
    QList<QPointer<ApiCall>> calls;
    calls.append(f.client->send(InstancesApi::detail(offId), receiver.get(),
                                [&](const ApiResult &) { ++toDeadReceiver; }));
    calls.append(f.client->send(ZonesApi::list(), receiver.get(),
                                [&](const ApiResult &) { ++toDeadReceiver; }));
    calls.append(f.client->send(InstancesApi::detail(offId, std::nullopt), nullptr,
                                [&](const ApiResult &) { ++withoutReceiver; }));

    // Four requests hang on the wire, one call waits for its retry.
    QVERIFY(f.drive([&] {
        return f.client->attemptsInFlight() == 4 && f.sim->count(u"GET"_s, u"/v1/zones"_s) == 1;
    }));
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 1);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances/"_s + offId), 2);
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + offId + u"/start"_s), 1);
    QVERIFY(session->store(Resource::Instances)->isLoading());
    QCOMPARE(session->operations()->operation(op)->state, Operation::State::Sending);
    QCOMPARE(toDeadReceiver + withoutReceiver, 0);

    // A dialog that asked for zones closes while its call waits for a retry; the retries run
    // out after it is gone (3 attempts, backoffs of at most 2 and 4 s), and its callback is
    // skipped. The stalled requests have not timed out yet (15 s).
    receiver.reset();
    for (int attempt = 2; attempt <= 3; ++attempt) {
        f.clock.advanceMs(4000);
        QVERIFY(QTest::qWaitFor(
                [&] {
                    return f.sim->count(u"GET"_s, u"/v1/zones"_s) == attempt
                            && f.client->attemptsInFlight() == 4;
                },
                5000));
    }
    settle();
    QVERIFY(calls.at(1).isNull()); // finished and deleted itself
    QCOMPARE(toDeadReceiver, 0);
    QCOMPARE(f.client->attemptsInFlight(), 4);
    // The requests of this test; the window also lists volumes and firewalls for the servers'
    // details, which finish normally.
    int ours = 0;
    for (const Simulator::Record &r : f.sim->log())
        ours += r.path.startsWith(u"/v1/block-storages"_s) || r.path.startsWith(u"/v1/firewall"_s)
                ? 0
                : 1;
    QCOMPARE(ours, 7);

    // Quit, in the order main() tears down: the window, the session, the client, the server
    // (or with the server gone first, as when the demo's simulator stops).
    if (serverFirst)
        f.sim.reset();
    window.reset();
    session.reset();
    f.client.reset();
    f.sim.reset();
    settle();
    // Nothing called back into what is gone; nothing is left to fire later.
    QCOMPARE(toDeadReceiver, 0);
    QVERIFY(withoutReceiver <= 1);
    for (const QPointer<ApiCall> &call : std::as_const(calls))
        QVERIFY(call.isNull());
    QCOMPARE(f.clock.pendingTimers(), 0);

    // Run it to completion: time passes, events run, nothing wakes up.
    f.clock.advanceSecs(600);
    settle();
    QCOMPARE(toDeadReceiver, 0);
    QVERIFY(withoutReceiver <= 1);
    QCOMPARE(f.clock.pendingTimers(), 0);
}

QTEST_MAIN(TstFaultsLifecycle)
#include "tst_faultslifecycle.moc"
