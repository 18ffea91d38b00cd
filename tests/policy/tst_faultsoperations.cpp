// Client policy, long operations: normal transitions, a server stuck in a transitional status,
// an operation ending in an error state, a flapping status, changes made from elsewhere, and
// many operations at once. Each asserts the requests sent (one listing per poll tick, or the
// detail when it costs less; the action once), the poll times on the injected clock, and what
// the person reads.
#include "api/instancesapi.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "support/simfixture.h"
#include "util/translations.h"

#include <QApplication>

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kMinute = 60'000;

//! An instance in \a status that is not changing.
QString settled(Simulator &sim, const QString &status, const QStringList &except = {})
{
    for (const SimInstance &si : sim.state().instances) {
        if (si.data.status == status && si.finalStatus.isEmpty() && !except.contains(si.data.id))
            return si.data.id;
    }
    return {};
}

ApiRequest requestFor(Operation::Kind kind, const QString &id)
{
    switch (kind) {
    case Operation::Kind::Start:
        return InstancesApi::start(id);
    case Operation::Kind::Shutdown:
        return InstancesApi::shutdown(id);
    case Operation::Kind::Reboot:
        return InstancesApi::reboot(id);
    case Operation::Kind::Delete:
        return InstancesApi::remove(id);
    case Operation::Kind::Create:
    case Operation::Kind::Rebuild:
    case Operation::Kind::Resize:
    case Operation::Kind::Edit:
    case Operation::Kind::Attach:
    case Operation::Kind::Detach:
        break;
    }
    return {};
}

bool isFirstPage(const Simulator::Record &r)
{
    return r.query.split(u'&').contains(u"page_no=1"_s);
}

//! A GET of one server's detail (a poll that costs less than the listing).
bool isDetail(const Simulator::Record &r)
{
    return r.method == u"GET"_s && r.path.startsWith(u"/v1/instances/"_s)
            && r.path.count(u'/') == 3;
}

//! Clock times of the poll ticks: each listing's first page, or each detail read.
QList<qint64> ticks(const Simulator &sim)
{
    QList<qint64> out;
    for (const Simulator::Record &r : sim.log()) {
        if ((r.method == u"GET"_s && r.path == u"/v1/instances"_s && isFirstPage(r)) || isDetail(r))
            out.append(r.atMs);
    }
    return out;
}

//! Every request the polling sent: listing pages and details.
int pollRequests(const Simulator &sim)
{
    int n = sim.count(u"GET"_s, u"/v1/instances"_s);
    for (const Simulator::Record &r : sim.log())
        n += isDetail(r) ? 1 : 0;
    return n;
}

QList<qint64> relative(const QList<qint64> &times, qint64 origin)
{
    QList<qint64> out;
    for (qint64 t : times)
        out.append(t - origin);
    return out;
}

int listings(const Simulator &sim)
{
    return sim.count(u"GET"_s, u"/v1/instances"_s);
}

//! Every request for one instance by id (detail, actions): polling must never use these.
int perInstanceReads(const Simulator &sim)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log())
        n += r.method == u"GET"_s && r.path.startsWith(u"/v1/instances/"_s) ? 1 : 0;
    return n;
}

//! Records the states an operation went through, and the sentence shown at each.
struct History
{
    QList<Operation::State> states;
    QStringList texts;

    void attach(OperationTracker &tracker, quint64 id)
    {
        QObject::connect(&tracker, &OperationTracker::operationChanged, &tracker,
                         [this, id](const Operation &op) {
                             if (op.id != id)
                                 return;
                             if (states.isEmpty() || states.constLast() != op.state)
                                 states.append(op.state);
                             texts.append(OperationText::describe(op));
                         });
    }
    [[nodiscard]] int count(Operation::State state) const { return int(states.count(state)); }
};

bool isFailure(Operation::State s)
{
    return s == Operation::State::EndedInError || s == Operation::State::Refused
            || s == Operation::State::Gone || s == Operation::State::NotCarriedOut
            || s == Operation::State::NoChangeSeen;
}
} // namespace

class TstFaultsOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(qApp, u"en"_s)); }
    void normalTransitions_data();
    void normalTransitions();
    void stuckInATransitionalState();
    void endingInAnErrorState();
    void flapping_data();
    void flapping();
    void changesMadeFromElsewhere_data();
    void changesMadeFromElsewhere();
    void manyOperationsAtOnce();
    void anotherAccountLeavesNoPollBehind();
};

void TstFaultsOperations::normalTransitions_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("progress");
    QTest::newRow("start") << int(Operation::Kind::Start) << u"off"_s << u"POST"_s << u"/start"_s
                           << u"Start '%1': in progress (Working)"_s;
    QTest::newRow("shut down") << int(Operation::Kind::Shutdown) << u"active"_s << u"POST"_s
                               << u"/shutdown"_s << u"Shut down '%1': in progress (Working)"_s;
    QTest::newRow("reboot") << int(Operation::Kind::Reboot) << u"active"_s << u"POST"_s
                            << u"/reboot"_s << u"Reboot '%1': in progress (Working)"_s;
    QTest::newRow("delete") << int(Operation::Kind::Delete) << u"off"_s << u"DELETE"_s << QString()
                            << u"Delete server '%1': in progress (Deleting)"_s;
}

void TstFaultsOperations::normalTransitions()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(QString, method);
    QFETCH(QString, action);
    QFETCH(QString, progress);
    const auto k = Operation::Kind(kind);
    SimFixture f; // transitions take 5 s
    const QString id = settled(*f.sim, from);
    QVERIFY(!id.isEmpty());
    const QString name = f.sim->state().instance(id)->data.name;
    OperationTracker tracker(f.client.get());
    History history;
    const quint64 op = tracker.submit(k, requestFor(k, id), id, name, from);
    history.attach(tracker, op);
    QVERIFY(f.drive([&] { return tracker.operation(op)->isFinished(); }, 60000));

    QCOMPARE(tracker.operation(op)->state, Operation::State::Done);
    QCOMPARE(history.states,
             (QList<Operation::State> {Operation::State::Waiting, Operation::State::Done}));
    // The action went out once; accepted at once, then polled 2, 4 and 7 s later: the third
    // poll sees the end (5 s).
    const QString path = u"/v1/instances/"_s + id + action;
    QCOMPARE(f.sim->count(method, path), 1);
    const qint64 accepted = tracker.operation(op)->acceptedMs;
    QCOMPARE(f.sim->log().first().atMs, accepted);
    QCOMPARE(relative(ticks(*f.sim), accepted), (QList<qint64> {2000, 4000, 7000}));
    QCOMPARE(f.clock.nowMs() - accepted, 7000);
    // The first tick lists (its first page and the empty page after it); once the listing's
    // size is known, the one server's detail costs less than that: one request a tick.
    QCOMPARE(tracker.pollsSent(), 3);
    QCOMPARE(listings(*f.sim), 2);
    QCOMPARE(pollRequests(*f.sim), 2 + 1 + 1);
    // What the person read: in progress with the server's status, then done.
    QVERIFY2(history.texts.contains(progress.arg(name)), qPrintable(history.texts.join(u" | "_s)));
    QCOMPARE(history.texts.constLast(), OperationText::describe(*tracker.operation(op)));
    QVERIFY(history.texts.constLast().endsWith(u"done."_s));
    // Nothing left to follow: no more polls.
    f.clock.advanceSecs(120);
    QCoreApplication::processEvents();
    QCOMPARE(tracker.pollsSent(), 3);
    QCOMPARE(pollRequests(*f.sim), 4);
}

void TstFaultsOperations::stuckInATransitionalState()
{
    SimFixture f;
    const QString id = settled(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    OperationTracker tracker(f.client.get());
    History history;
    const quint64 op = tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id,
                                      u"stuck"_s, u"off"_s);
    history.attach(tracker, op);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::Waiting; }));
    QVERIFY(f.sim->stick(id)); // `work` for ever
    const qint64 accepted = tracker.operation(op)->acceptedMs;

    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::TakingLong; },
                    60000));
    // Polled at 2, 4, 7, 12, 17 ... s; the first poll past 5 minutes says so.
    QCOMPARE(f.clock.nowMs() - accepted, 302'000);
    const QList<qint64> fast = relative(ticks(*f.sim), accepted);
    QCOMPARE(fast.size(), 62);
    QCOMPARE(fast.mid(0, 4), (QList<qint64> {2000, 4000, 7000, 12000}));
    for (qsizetype i = 4; i < fast.size(); ++i)
        QCOMPARE(fast.at(i) - fast.at(i - 1), 5000);
    QCOMPARE(tracker.pollsSent(), 62);
    QCOMPARE(OperationText::describe(*tracker.operation(op)),
             u"Start 'stuck' is taking longer than expected; still checking."_s);

    // Then every 30 s, still followed, never a failure: half an hour later as well.
    QVERIFY(f.drive(
            [&] {
                return f.clock.nowMs() - accepted >= 30 * kMinute
                        && pollRequests(*f.sim) == tracker.pollsSent() + 1;
            },
            60000));
    const QList<qint64> slow = relative(ticks(*f.sim), accepted).mid(62);
    QVERIFY(slow.size() >= 40);
    QCOMPARE(slow.first(), 332'000);
    for (qsizetype i = 1; i < slow.size(); ++i)
        QCOMPARE(slow.at(i) - slow.at(i - 1), 30'000);
    QCOMPARE(tracker.pollsSent(), 62 + int(slow.size()));
    // One listing (two pages) to learn its size, then one detail a tick.
    QCOMPARE(pollRequests(*f.sim), tracker.pollsSent() + 1);
    QCOMPARE(tracker.operation(op)->state, Operation::State::TakingLong);
    QVERIFY(!tracker.operation(op)->isFinished());
    QCOMPARE(tracker.operation(op)->lastStatus, u"work"_s);
    QCOMPARE(history.states,
             (QList<Operation::State> {Operation::State::Waiting, Operation::State::TakingLong}));
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/start"_s), 1);
}

void TstFaultsOperations::endingInAnErrorState()
{
    SimFixture f;
    f.sim->options().errorChance = 1.0;
    const QString id = settled(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    OperationTracker tracker(f.client.get());
    History history;
    const quint64 op = tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id, u"srv"_s,
                                      u"off"_s);
    history.attach(tracker, op);
    QVERIFY(f.drive([&] { return tracker.operation(op)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(op)->state, Operation::State::EndedInError);
    QCOMPARE(tracker.operation(op)->lastStatus, u"error"_s);
    QCOMPARE(history.states,
             (QList<Operation::State> {Operation::State::Waiting, Operation::State::EndedInError}));
    // Seen at the poll after the transition's end; the start itself was not sent again.
    const qint64 accepted = tracker.operation(op)->acceptedMs;
    QCOMPARE(relative(ticks(*f.sim), accepted), (QList<qint64> {2000, 4000, 7000}));
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/start"_s), 1);
    QCOMPARE(OperationText::describe(*tracker.operation(op)),
             u"Start 'srv' ended with the server in an error state."_s);
    // The request itself was accepted: no error of the call is reported.
    QVERIFY(!tracker.operation(op)->error.isError());
    f.clock.advanceSecs(60);
    QCoreApplication::processEvents();
    QCOMPARE(tracker.pollsSent(), 3);
}

void TstFaultsOperations::flapping_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("doneAfterMs");
    // The status flips between work and active on every request from acceptance on.
    QTest::newRow("start: active at the first poll")
            << int(Operation::Kind::Start) << u"off"_s << qint64(2000);
    QTest::newRow("shut down: active again, then off")
            << int(Operation::Kind::Shutdown) << u"active"_s << qint64(7000);
}

void TstFaultsOperations::flapping()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    QFETCH(qint64, doneAfterMs);
    const auto k = Operation::Kind(kind);
    SimFixture f;
    const QString id = settled(*f.sim, from);
    QVERIFY(!id.isEmpty());
    OperationTracker tracker(f.client.get());
    History history;
    const quint64 op = tracker.submit(k, requestFor(k, id), id, u"flappy"_s, from);
    history.attach(tracker, op);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::Waiting; }));
    QVERIFY(f.sim->setFlapping(id, true));
    const qint64 accepted = tracker.operation(op)->acceptedMs;
    QVERIFY(f.drive([&] { return tracker.operation(op)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(op)->state, Operation::State::Done);
    QCOMPARE(f.clock.nowMs() - accepted, doneAfterMs);

    // Later listings still flap: the operation stays done, reported once, with no failure.
    const int polls = tracker.pollsSent();
    for (int i = 0; i < 4; ++i) {
        const ApiResult listing = f.fetchAll(InstancesApi::list());
        QVERIFY(listing.ok());
        tracker.observe(InstancesApi::parseInstances(listing.rows()).items);
    }
    f.clock.advanceSecs(60);
    QCoreApplication::processEvents();
    QCOMPARE(tracker.pollsSent(), polls);
    QCOMPARE(tracker.operation(op)->state, Operation::State::Done);
    QCOMPARE(history.count(Operation::State::Done), 1);
    for (Operation::State s : std::as_const(history.states))
        QVERIFY(!isFailure(s) && s != Operation::State::TakingLong);
    QVERIFY(history.texts.constLast().endsWith(u"done."_s));
    QCOMPARE(f.sim->count(u"POST"_s, requestFor(k, id).path), 1);
}

void TstFaultsOperations::changesMadeFromElsewhere_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("from");
    QTest::newRow("deleted elsewhere while shutting down")
            << int(Operation::Kind::Shutdown) << u"active"_s;
    QTest::newRow("deleted elsewhere while starting") << int(Operation::Kind::Start) << u"off"_s;
    QTest::newRow("deleted elsewhere while rebooting")
            << int(Operation::Kind::Reboot) << u"active"_s;
}

void TstFaultsOperations::changesMadeFromElsewhere()
{
    QFETCH(int, kind);
    QFETCH(QString, from);
    const auto k = Operation::Kind(kind);
    SimFixture f;
    const QString id = settled(*f.sim, from);
    QVERIFY(!id.isEmpty());
    OperationTracker tracker(f.client.get());
    History history;
    const quint64 op = tracker.submit(k, requestFor(k, id), id, u"elsewhere"_s, from);
    history.attach(tracker, op);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::Waiting; }));
    const qint64 accepted = tracker.operation(op)->acceptedMs;
    // Someone deletes it in the web console meanwhile.
    f.sim->state().removeInstance(id);
    QVERIFY(!f.sim->state().instance(id));
    QVERIFY(f.drive([&] { return tracker.operation(op)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(op)->state, Operation::State::Gone);
    // Seen at the first poll; nothing was sent for it again.
    QCOMPARE(relative(ticks(*f.sim), accepted), (QList<qint64> {2000}));
    QCOMPARE(f.clock.nowMs() - accepted, 2000);
    QCOMPARE(f.sim->count(u"POST"_s, requestFor(k, id).path), 1);
    QCOMPARE(perInstanceReads(*f.sim), 0);
    QCOMPARE(history.states,
             (QList<Operation::State> {Operation::State::Waiting, Operation::State::Gone}));
    QCOMPARE(OperationText::describe(*tracker.operation(op)),
             OperationText::action(Resource::Instances, k)
                     + u" 'elsewhere': the server no longer exists (it was deleted elsewhere)."_s);
    f.clock.advanceSecs(60);
    QCoreApplication::processEvents();
    QCOMPARE(tracker.pollsSent(), 1);
}

void TstFaultsOperations::manyOperationsAtOnce()
{
    SimFixture f;
    // Ten stopped servers (the seed has fewer: stop a few more "from elsewhere" first).
    QStringList ids;
    while (ids.size() < 10) {
        QString id = settled(*f.sim, u"off"_s, ids);
        if (id.isEmpty()) {
            id = settled(*f.sim, u"active"_s, ids);
            QVERIFY(!id.isEmpty());
            f.sim->state().instance(id)->data.status = u"off"_s;
        }
        ids.append(id);
    }
    OperationTracker tracker(f.client.get());
    QList<quint64> ops;
    for (const QString &id : std::as_const(ids))
        ops.append(
                tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id, id, u"off"_s));
    QCOMPARE(tracker.inProgress(), 10);
    QVERIFY(f.drive([&] { return tracker.inProgress() == 0; }, 60000));

    for (quint64 op : std::as_const(ops)) {
        QCOMPARE(tracker.operation(op)->state, Operation::State::Done);
        QVERIFY(OperationText::describe(*tracker.operation(op)).endsWith(u"done."_s));
    }
    // Each start went out exactly once.
    for (const QString &id : std::as_const(ids))
        QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/start"_s), 1);
    // One poller for all: each tick is one listing (its page and the empty page after it),
    // never a request per operation.
    const QList<qint64> tickTimes = ticks(*f.sim);
    QCOMPARE(int(tickTimes.size()), tracker.pollsSent());
    QVERIFY2(tracker.pollsSent() <= 5, qPrintable(QString::number(tracker.pollsSent())));
    QList<int> perTick;
    for (const Simulator::Record &r : f.sim->log()) {
        if (r.method != u"GET"_s || r.path != u"/v1/instances"_s)
            continue;
        if (isFirstPage(r))
            perTick.append(0);
        QVERIFY(!perTick.isEmpty());
        ++perTick.last();
    }
    for (int n : std::as_const(perTick))
        QVERIFY2(n <= 2, qPrintable(QString::number(n)));
    QCOMPARE(listings(*f.sim), 2 * tracker.pollsSent());
    QCOMPARE(perInstanceReads(*f.sim), 0);
    // The first tick waits 2 s after the answers; the ticks follow one another, not each other's
    // operations.
    const qint64 accepted = tracker.operation(ops.first())->acceptedMs;
    QVERIFY(tickTimes.first() - accepted >= 2000);
    for (quint64 op : std::as_const(ops))
        QCOMPARE(tracker.operation(op)->acceptedMs, accepted);
}

void TstFaultsOperations::anotherAccountLeavesNoPollBehind()
{
    // Polling has been failing (the warning is up) and a poll is on its way when the person
    // switches to another account: the warning goes, nothing is counted, nothing polls again.
    SimFixture f;
    OperationTracker tracker(f.client.get());
    QList<bool> troubled;
    connect(&tracker, &OperationTracker::pollingTroubled, this,
            [&troubled](bool t) { troubled.append(t); });
    const QString id = settled(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    SimFault failing;
    failing.kind = SimFault::Kind::Status;
    failing.method = u"GET"_s;
    failing.path = u"/v1/instances"_s;
    failing.status = 403; // not retried: each poll fails once
    failing.errorCode = u"CHECK_IP"_s;
    f.sim->addFault(failing);
    tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id, u"web"_s, u"off"_s);
    QVERIFY(f.drive([&] { return troubled == QList<bool> {true}; }));
    f.sim->clearFaults();
    SimFault stall;
    stall.kind = SimFault::Kind::Stall;
    stall.method = u"GET"_s;
    stall.path = u"/v1/instances"_s;
    f.sim->addFault(stall);
    QVERIFY(f.drive([&] { return f.client->attemptsInFlight() > 0; }));

    tracker.reset();
    QCOMPARE(troubled, (QList<bool> {true, false}));
    QCOMPARE(tracker.pollErrorsInRow(), 0);
    QVERIFY(tracker.operations().isEmpty());
    const int sent = tracker.pollsSent();
    f.clock.advanceMs(5 * kMinute);
    QCoreApplication::processEvents();
    QCOMPARE(tracker.pollsSent(), sent);
    QCOMPARE(troubled, (QList<bool> {true, false}));
}

QTEST_MAIN(TstFaultsOperations)
#include "tst_faultsoperations.moc"
