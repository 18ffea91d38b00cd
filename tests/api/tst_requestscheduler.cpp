// The scheduler through the client against the simulator: rate, priorities, the background
// reserve, merging of identical GETs, cancellation while waiting, and the budget figure.
#include "api/instancesapi.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "support/simfixture.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TstRequestScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldSendTenAtOnceThenOneEveryTwelveHundredMs();
    void shouldServeChangesThenReadsThenBackground();
    void shouldHoldBackgroundWorkBelowThreeTokens();
    void shouldMergeIdenticalWaitingGets();
    void shouldAnswerEveryoneRidingAlongARetriedGet();
    void shouldNeverSendACallCancelledWhileWaiting();
    void shouldCountRequestsOfTheLastMinute();

private:
    struct Outcome
    {
        int calls = 0;
        ApiResult last;
    };
    static void drain(SimFixture &f)
    {
        // Spend the whole burst on something else first.
        int answered = 0;
        for (int i = 0; i < 10; ++i)
            f.client->send(InstancesApi::detail(u"INSTANCE-x%1"_s.arg(i)), nullptr,
                           [&](const ApiResult &) { ++answered; });
        // Until the client has every answer (not only the server every request): moving the
        // clock with replies still unread would time them out.
        if (!f.drive([&] { return answered == 10; }))
            qFatal("the burst did not finish");
    }
};

void TstRequestScheduler::shouldSendTenAtOnceThenOneEveryTwelveHundredMs()
{
    SimFixture f;
    const qint64 start = f.clock.nowMs();
    int done = 0;
    for (int i = 0; i < 16; ++i)
        f.client->send(InstancesApi::detail(u"INSTANCE-n%1"_s.arg(i)), nullptr,
                       [&](const ApiResult &) { ++done; });
    QVERIFY(f.drive([&] { return done == 16; }));
    QCOMPARE(f.sim->log().size(), 16);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(f.sim->log().at(i).atMs, start);
    for (int i = 10; i < 16; ++i)
        QCOMPARE(f.sim->log().at(i).atMs, start + 1200 * (i - 9));
}

void TstRequestScheduler::shouldServeChangesThenReadsThenBackground()
{
    SimFixture f;
    drain(f);
    QString active;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"active"_s)
            active = si.data.id;
    }
    int done = 0;
    auto count = [&](const ApiResult &) { ++done; };
    f.client->send(ZonesApi::list(), nullptr, count, Priority::Background);
    f.client->send(InstancesApi::detail(active), nullptr, count);
    f.client->send(InstancesApi::reboot(active), nullptr, count);
    QVERIFY(f.drive([&] { return done == 3; }));
    const QList<Simulator::Record> log = f.sim->log().mid(10);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).method, u"POST"_s); // the person's change
    QCOMPARE(log.at(1).path, u"/v1/instances/"_s + active); // their read
    QCOMPARE(log.at(2).path, u"/v1/zones"_s); // the console's own work
}

void TstRequestScheduler::shouldHoldBackgroundWorkBelowThreeTokens()
{
    SimFixture f;
    drain(f);
    const qint64 empty = f.clock.nowMs();
    bool done = false;
    f.client->send(
            ZonesApi::list(), nullptr, [&](const ApiResult &) { done = true; },
            Priority::Background);
    QVERIFY(f.drive([&] { return done; }));
    // Three tokens are back 3 × 1.2 s after the bucket ran dry.
    QCOMPARE(f.sim->log().last().atMs - empty, 3600);
}

void TstRequestScheduler::shouldMergeIdenticalWaitingGets()
{
    SimFixture f;
    drain(f);
    Outcome a;
    Outcome b;
    f.client->send(
            ZonesApi::list(), nullptr,
            [&](const ApiResult &r) {
                ++a.calls;
                a.last = r;
            },
            Priority::Background);
    f.client->send(ZonesApi::list(), nullptr, [&](const ApiResult &r) {
        ++b.calls;
        b.last = r;
    });
    QVERIFY(f.drive([&] { return a.calls && b.calls; }));
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 1);
    QVERIFY(a.last.ok() && b.last.ok());
    QCOMPARE(a.last.rows(), b.last.rows());
    // The merged request went at the person's priority: after one token, not three.
    QCOMPARE(f.sim->log().last().atMs - f.sim->log().at(9).atMs, 1200);
    QCOMPARE(a.calls + b.calls, 2);
}

void TstRequestScheduler::shouldAnswerEveryoneRidingAlongARetriedGet()
{
    // A waits for a token with B riding along; A's attempt fails (503) and A comes back after
    // its backoff while an identical C waits: A (and B with it) ride along C. All three answer.
    SimFixture f;
    f.client->setRandomSeed(1);
    drain(f);
    SimFault once;
    once.kind = SimFault::Kind::Status;
    once.method = u"GET"_s;
    once.path = u"/v1/zones"_s;
    once.status = 503;
    once.times = 1;
    f.sim->addFault(once);
    QList<char> answered;
    auto answer = [&answered](char who) {
        return [&answered, who](const ApiResult &r) {
            if (r.ok())
                answered.append(who);
        };
    };
    QPointer<ApiCall> a = f.client->send(ZonesApi::list(), nullptr, answer('A'));
    f.client->send(ZonesApi::list(), nullptr, answer('B'));
    QSignalSpy retry(a.data(), &ApiCall::retryScheduled);
    QVERIFY(f.drive([&] { return retry.count() == 1; }));
    QVERIFY2(retry.at(0).at(0).toLongLong() < 1200,
             "the seed gives a backoff shorter than a token");
    f.client->send(ZonesApi::list(), nullptr, answer('C'));
    QVERIFY(f.drive([&] { return answered.size() == 3; }));
    std::sort(answered.begin(), answered.end());
    QCOMPARE(answered, (QList<char> {'A', 'B', 'C'}));
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 2); // the failed attempt and one more
}

void TstRequestScheduler::shouldNeverSendACallCancelledWhileWaiting()
{
    SimFixture f;
    drain(f);
    Outcome o;
    QPointer<ApiCall> call = f.client->send(ZonesApi::list(), nullptr, [&](const ApiResult &r) {
        ++o.calls;
        o.last = r;
    });
    QVERIFY(QTest::qWaitFor([&] { return f.client->scheduler()->waiting() == 1; }, 5000));
    call->cancel();
    QCOMPARE(o.calls, 1);
    QCOMPARE(o.last.error.kind, ApiError::Kind::Cancelled);
    QCOMPARE(f.client->scheduler()->waiting(), 0);
    // A minute later, with every token back and every posted event handled: nothing went out.
    f.clock.advanceSecs(60);
    QCoreApplication::processEvents();
    QCOMPARE(f.client->attemptsInFlight(), 0);
    QCOMPARE(f.client->scheduler()->waiting(), 0);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/zones"_s), 0);
    QCOMPARE(o.calls, 1);
}

void TstRequestScheduler::shouldCountRequestsOfTheLastMinute()
{
    SimFixture f;
    QStringList ops;
    connect(f.client.get(), &ApiClient::requestSent, this,
            [&](const QString &op) { ops.append(op + u'@' + QString::number(f.clock.nowMs())); });
    drain(f);
    QStringList seen;
    for (const Simulator::Record &r : f.sim->log())
        seen.append(u"%1@%2"_s.arg(r.path).arg(r.atMs));
    QVERIFY2(f.client->scheduler()->requestsInLastMinute() == 10, qPrintable(seen.join(u' ')));
    f.clock.advanceSecs(59);
    QVERIFY2(f.client->scheduler()->requestsInLastMinute() == 10,
             qPrintable(ops.join(u' ') + u" | "_s
                        + QString::number(f.client->scheduler()->requestsInLastMinute())));
    f.clock.advanceSecs(1);
    QCOMPARE(f.client->scheduler()->requestsInLastMinute(), 0);
}

QTEST_GUILESS_MAIN(TstRequestScheduler)
#include "tst_requestscheduler.moc"
