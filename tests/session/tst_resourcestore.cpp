// Browsing: how the console keeps a page's data fresh by itself. Only the page on screen
// refreshes, at the background priority; every 10 s while a row is changing, at the chosen
// interval otherwise; catalog data at most every 5 minutes; never in a tight loop after a
// failure. Everything runs against the simulator on a manual clock: nothing sleeps.
#include "api/apiclient.h"
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/instancesapi.h"
#include "api/pagedfetch.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "domain/status.h"
#include "models/instancemodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

QString instancesPath()
{
    return InstancesApi::list().path;
}

//! Whether \a r starts a listing: page 1 of a paged one, or an unpaged one.
bool startsListing(const Simulator::Record &r)
{
    bool paged = false;
    for (const QString &item : r.query.split(u'&', Qt::SkipEmptyParts)) {
        if (item.startsWith(u"page_no="_s)) {
            paged = true;
            if (item == u"page_no=1"_s)
                return true;
        }
    }
    return !paged;
}

//! When listings of \a path reached the server, relative to \a origin, from \a origin on.
QList<qint64> listings(const Simulator &sim, const QString &path, qint64 origin)
{
    QList<qint64> out;
    for (const Simulator::Record &r : sim.log()) {
        if (r.method == u"GET"_s && r.path == path && startsListing(r) && r.atMs >= origin)
            out.append(r.atMs - origin);
    }
    return out;
}

//! Every request for \a path (all pages, all attempts) from \a origin on.
int requests(const Simulator &sim, const QString &path, qint64 origin)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log())
        n += r.method == u"GET"_s && r.path == path && r.atMs >= origin ? 1 : 0;
    return n;
}

//! The priorities of the unfinished calls for \a path (the listing and its pages).
QList<Priority> prioritiesOf(const ApiClient &client, const QString &path)
{
    QList<Priority> out;
    const QList<ApiCall *> calls = client.findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    for (const ApiCall *call : calls) {
        if (!call->isFinished() && call->request().path == path)
            out.append(call->priority());
    }
    return out;
}

//! No server in the seeded world is changing (the seed starts some in `work` or `pending`).
void settleWorld(Simulator &sim)
{
    for (SimInstance &si : sim.state().instances) {
        if (!si.finalStatus.isEmpty())
            si.data.status = si.finalStatus;
        if (Status::isTransitional(Status::server(si.data.status)))
            si.data.status = u"active"_s;
        si.finalStatus.clear();
        si.dueMs = 0;
        si.stuck = false;
        si.flapping = false;
    }
    for (SimVolume &sv : sim.state().volumes) {
        if (!sv.finalStatus.isEmpty())
            sv.data.status = sv.finalStatus;
        if (Status::isTransitional(Status::volume(sv.data.status)))
            sv.data.status = u"available"_s;
        sv.finalStatus.clear();
        sv.dueMs = 0;
    }
}

//! Lets the console run until the clock reads \a targetMs: every request on the wire is
//! answered, every timer due by then fires in order, nothing sleeps.
bool runUntil(SimFixture &f, qint64 targetMs)
{
    const auto idle = [&f] { return f.client->attemptsInFlight() == 0; };
    for (int guard = 0; guard < 100'000; ++guard) {
        if (!f.drive(idle))
            return false;
        QCoreApplication::sendPostedEvents();
        if (f.client->attemptsInFlight() > 0)
            continue;
        const qint64 next = f.clock.nextDueMs();
        if (next < 0 || next > targetMs)
            break;
        f.clock.advanceToNextTimer();
    }
    if (f.clock.nowMs() < targetMs)
        f.clock.advanceMs(targetMs - f.clock.nowMs());
    return f.drive(idle);
}

//! The id of a server that is settled in \a status.
QString settledIn(Simulator &sim, const QString &status)
{
    for (const SimInstance &si : sim.state().instances) {
        if (si.data.status == status && si.finalStatus.isEmpty())
            return si.data.id;
    }
    return {};
}
} // namespace

class TstResourceStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldStopAListingThatNeverEnds();
    void shouldRefreshTheActivePageByItselfInTheBackground();
    void shouldRefreshAtTheReadPriorityWhenThePersonAsks();
    void shouldMergeAPersonsRefreshWithAWaitingBackgroundOne();
    void shouldRefreshEveryTenSecondsWhileAServerIsChanging();
    void shouldRefreshFastWhileAServerIsStuckAndSlowAgainAfter();
    void shouldNotRefreshPagesThatAreNotShown();
    void shouldRefreshCatalogsAtMostEveryFiveMinutes_data();
    void shouldRefreshCatalogsAtMostEveryFiveMinutes();
    void shouldNotRefreshByItselfWhenTheIntervalIsZero();
    void shouldWaitAWholeIntervalAfterAFailure();
    void shouldReportWhatItKnows();
    void shouldRefreshIfStaleOnlyWhenStale();
};

void TstResourceStore::shouldRefreshTheActivePageByItselfInTheBackground()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    QSignalSpy refreshed(store, &ResourceStore::refreshed);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    // Opening the page loads it at once, for the person.
    QCOMPARE(prioritiesOf(*f.client, instancesPath()), QList<Priority> {Priority::Read});
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(session.instances()->rowCount(), int(f.sim->state().instances.size()));

    // Nothing until the interval has passed.
    QVERIFY(runUntil(f, t0 + kMinute - 1));
    QCOMPARE(listings(*f.sim, instancesPath(), t0), QList<qint64> {0});
    QVERIFY(prioritiesOf(*f.client, instancesPath()).isEmpty());
    // Then the console's own listing, at the background priority.
    f.clock.advanceMs(1);
    QCOMPARE(prioritiesOf(*f.client, instancesPath()), QList<Priority> {Priority::Background});
    QVERIFY(f.drive([&] { return store->lastRefreshMs() > t0; }));
    QCOMPARE(store->lastRefreshMs(), t0 + kMinute);
    QCOMPARE(refreshed.count(), 2);

    // A server renamed on the server shows up with the next refresh, in the same row.
    const QString id = f.sim->state().instances.first().data.id;
    const int row = session.instances()->rowOf(id);
    f.sim->state().instances.first().data.name = u"renamed-by-someone"_s;
    QVERIFY(runUntil(f, t0 + 5 * kMinute));
    QCOMPARE(listings(*f.sim, instancesPath(), t0),
             (QList<qint64> {0, kMinute, 2 * kMinute, 3 * kMinute, 4 * kMinute, 5 * kMinute}));
    QCOMPARE(session.instances()->rowOf(id), row);
    QCOMPARE(session.instances()->find(id)->name, u"renamed-by-someone"_s);
    QCOMPARE(store->lastRefreshMs(), t0 + 5 * kMinute);
}

void TstResourceStore::shouldRefreshAtTheReadPriorityWhenThePersonAsks()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + 20 * kSecond));

    session.refreshActive(); // F5
    QCOMPARE(prioritiesOf(*f.client, instancesPath()), QList<Priority> {Priority::Read});
    QVERIFY(store->isLoading());
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(store->lastRefreshMs(), t0 + 20 * kSecond);
    QCOMPARE(listings(*f.sim, instancesPath(), t0), (QList<qint64> {0, 20 * kSecond}));

    // The same through the servers' own slot.
    session.store(Resource::Instances)->refresh();
    QCOMPARE(prioritiesOf(*f.client, instancesPath()), QList<Priority> {Priority::Read});
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    // Asking twice while one is on its way sends one listing.
    session.refreshActive();
    session.refreshActive();
    QCOMPARE(prioritiesOf(*f.client, instancesPath()).size(), 1);
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(listings(*f.sim, instancesPath(), t0).size(), 4);
}

void TstResourceStore::shouldMergeAPersonsRefreshWithAWaitingBackgroundOne()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + kMinute - 1));
    const int pagesPerListing = requests(*f.sim, instancesPath(), t0);
    QVERIFY(pagesPerListing >= 1);

    // The console's own listing starts while the person's other reads have used up the
    // request budget: it has to wait in the scheduler.
    f.clock.advanceMs(1);
    QCOMPARE(prioritiesOf(*f.client, instancesPath()), QList<Priority> {Priority::Background});
    for (int i = 0; i < 12; ++i)
        f.client->send(ZonesApi::list(), nullptr, [](const ApiResult &) {});
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    RequestScheduler *scheduler = f.client->scheduler();
    QVERIFY2(scheduler->tokens() < RequestScheduler::kBackgroundReserve,
             "the budget should be used up for this test");
    const int waitingBefore = scheduler->waiting();
    QVERIFY(waitingBefore >= 1);
    QCOMPARE(requests(*f.sim, instancesPath(), t0 + kMinute), 0);

    // The person presses F5 now: the two become one request, sent at the person's priority.
    session.refreshActive();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents();
    QCOMPARE(scheduler->waiting(), waitingBefore);
    QVERIFY(f.drive([&] { return !store->isLoading() && store->lastRefreshMs() > t0; }));
    QVERIFY(runUntil(f, f.clock.nowMs() + 5 * kSecond));
    QCOMPARE(listings(*f.sim, instancesPath(), t0 + kMinute).size(), 1);
    QCOMPARE(requests(*f.sim, instancesPath(), t0 + kMinute), pagesPerListing);
    QVERIFY(!store->lastError().isError());
}

void TstResourceStore::shouldRefreshEveryTenSecondsWhileAServerIsChanging()
{
    SimFixture f;
    settleWorld(*f.sim);
    const QString id = settledIn(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    // Someone started it elsewhere; it will be running 35 s from now.
    SimInstance *si = f.sim->state().instance(id);
    si->data.status = u"work"_s;
    si->finalStatus = u"active"_s;
    si->dueMs = f.clock.nowMs() + 35 * kSecond;

    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QCOMPARE(session.instances()->find(id)->status, u"work"_s);
    QVERIFY(session.instances()->hasTransitional());

    QVERIFY(runUntil(f, t0 + 200 * kSecond));
    // Every 10 s while it is changing; the 40 s listing sees it running, then once a minute.
    QCOMPARE(listings(*f.sim, instancesPath(), t0),
             (QList<qint64> {0, 10 * kSecond, 20 * kSecond, 30 * kSecond, 40 * kSecond,
                             100 * kSecond, 160 * kSecond}));
    QCOMPARE(session.instances()->find(id)->status, u"active"_s);
    QVERIFY(!session.instances()->hasTransitional());
}

void TstResourceStore::shouldRefreshFastWhileAServerIsStuckAndSlowAgainAfter()
{
    SimFixture f;
    settleWorld(*f.sim);
    const QString id = settledIn(*f.sim, u"active"_s);
    QVERIFY(!id.isEmpty());
    SimInstance *si = f.sim->state().instance(id);
    si->data.status = u"work"_s;
    si->finalStatus = u"active"_s;
    si->dueMs = f.clock.nowMs() + kSecond;
    QVERIFY(f.sim->stick(id)); // `work` for ever

    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(2 * kMinute);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + 95 * kSecond));
    QList<qint64> expected;
    for (qint64 t = 0; t <= 90 * kSecond; t += 10 * kSecond)
        expected.append(t);
    QCOMPARE(listings(*f.sim, instancesPath(), t0), expected);

    // It comes unstuck: the 100 s listing sees it running, the next one is 2 minutes later.
    f.sim->state().instance(id)->stuck = false;
    QVERIFY(runUntil(f, t0 + 400 * kSecond));
    expected.append({100 * kSecond, 220 * kSecond, 340 * kSecond});
    QCOMPARE(listings(*f.sim, instancesPath(), t0), expected);
    QCOMPARE(session.instances()->find(id)->status, u"active"_s);
}

void TstResourceStore::shouldNotRefreshPagesThatAreNotShown()
{
    SimFixture f;
    settleWorld(*f.sim);
    // A volume is changing: even so, its page refreshes only while it is shown.
    SimVolume &volume = f.sim->state().volumes.first();
    volume.data.status = u"detaching"_s;
    volume.finalStatus = u"available"_s;
    volume.dueMs = f.clock.nowMs() + 10 * kMinute;
    AccountSession session(f.client.get(), false);
    const QString volumesPath = BlockStorageApi::list().path;
    const QString firewallsPath = FirewallsApi::list().path;
    ResourceStore *servers = session.store(Resource::Instances);
    ResourceStore *volumes = session.store(Resource::BlockStorage);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    // The servers' page also needs the volumes and firewalls once (their names in details).
    QVERIFY(f.drive([&] {
        return servers->hasData() && volumes->hasData()
                && session.store(Resource::Firewalls)->hasData();
    }));
    const qint64 t0 = servers->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + 5 * kMinute));
    QCOMPARE(listings(*f.sim, instancesPath(), t0).size(), 6);
    QCOMPARE(listings(*f.sim, volumesPath, t0).size(), 1);
    QCOMPARE(listings(*f.sim, firewallsPath, t0).size(), 1);
    for (Resource r : {Resource::Images, Resource::Flavors, Resource::Zones, Resource::SshKeys,
                       Resource::UserScripts})
        QVERIFY(!session.store(r)->hasData());

    // The person opens the volumes: they are stale, so loaded now, then every 10 s (one is
    // changing); the servers' page stops refreshing.
    const qint64 t1 = f.clock.nowMs();
    session.setActive(Resource::BlockStorage);
    QVERIFY(f.drive([&] { return volumes->lastRefreshMs() == t1 && !volumes->isLoading(); }));
    QVERIFY(runUntil(f, t1 + 35 * kSecond));
    QCOMPARE(listings(*f.sim, volumesPath, t1),
             (QList<qint64> {0, 10 * kSecond, 20 * kSecond, 30 * kSecond}));
    // The servers were fresh enough (refreshed at t1): no listing for them since.
    QCOMPARE(listings(*f.sim, instancesPath(), t1 + 1), QList<qint64> {});
    QVERIFY(runUntil(f, t1 + 5 * kMinute));
    QCOMPARE(listings(*f.sim, instancesPath(), t1 + 1), QList<qint64> {});
}

void TstResourceStore::shouldRefreshCatalogsAtMostEveryFiveMinutes_data()
{
    QTest::addColumn<int>("resource");
    QTest::addColumn<QString>("path");
    QTest::newRow("zones") << int(Resource::Zones) << ZonesApi::list().path;
    QTest::newRow("flavors") << int(Resource::Flavors) << FlavorsApi::list().path;
    QTest::newRow("images") << int(Resource::Images) << ImagesApi::list().path;
}

void TstResourceStore::shouldRefreshCatalogsAtMostEveryFiveMinutes()
{
    QFETCH(int, resource);
    QFETCH(QString, path);
    const auto r = Resource(resource);
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(r);
    session.setAutoRefreshMs(10 * kSecond); // the person chose a short interval
    session.setActive(r);
    QCOMPARE(prioritiesOf(*f.client, path), QList<Priority> {Priority::Read});
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + 11 * kMinute));
    QCOMPARE(listings(*f.sim, path, t0), (QList<qint64> {0, 5 * kMinute, 10 * kMinute}));

    // Coming back to the page within 5 minutes does not fetch it again.
    session.setActive(Resource::SshKeys);
    QVERIFY(runUntil(f, t0 + 12 * kMinute));
    session.setActive(r);
    QVERIFY(runUntil(f, t0 + 13 * kMinute));
    QCOMPARE(listings(*f.sim, path, t0), (QList<qint64> {0, 5 * kMinute, 10 * kMinute}));

    // A longer interval than 5 minutes is kept as chosen.
    session.setAutoRefreshMs(20 * kMinute);
    QVERIFY(runUntil(f, t0 + 45 * kMinute));
    QCOMPARE(listings(*f.sim, path, t0),
             (QList<qint64> {0, 5 * kMinute, 10 * kMinute, 30 * kMinute}));
}

void TstResourceStore::shouldNotRefreshByItselfWhenTheIntervalIsZero()
{
    SimFixture f;
    settleWorld(*f.sim);
    const QString id = settledIn(*f.sim, u"off"_s);
    QVERIFY(!id.isEmpty());
    // Even a changing server does not make it refresh when the person turned refreshing off.
    SimInstance *si = f.sim->state().instance(id);
    si->data.status = u"work"_s;
    si->finalStatus = u"active"_s;
    si->dueMs = f.clock.nowMs() + 10 * kMinute;
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(0);
    QCOMPARE(session.autoRefreshMs(), 0);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    QVERIFY(runUntil(f, t0 + 60 * kMinute));
    QCOMPARE(listings(*f.sim, instancesPath(), t0), QList<qint64> {0});

    // Turned on: it refreshes (10 s while the server is changing) ...
    const qint64 t1 = f.clock.nowMs();
    session.setAutoRefreshMs(kMinute);
    QVERIFY(runUntil(f, t1 + 25 * kSecond));
    QVERIFY(!listings(*f.sim, instancesPath(), t1).isEmpty());
    // ... and off again: no more.
    session.setAutoRefreshMs(0);
    const int seen = int(listings(*f.sim, instancesPath(), t0).size());
    QVERIFY(runUntil(f, t1 + 60 * kMinute));
    QCOMPARE(int(listings(*f.sim, instancesPath(), t0).size()), seen);
    // The person can still refresh.
    session.refreshActive();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(int(listings(*f.sim, instancesPath(), t0).size()), seen + 1);
}

void TstResourceStore::shouldWaitAWholeIntervalAfterAFailure()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    session.setAutoRefreshMs(kMinute);
    session.setActive(Resource::Instances);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }));
    const qint64 t0 = store->lastRefreshMs();
    const int rows = session.instances()->rowCount();
    QSignalSpy failed(store, &ResourceStore::failed);

    // The listing fails from now on.
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.method = u"GET"_s;
    fault.path = instancesPath();
    fault.status = 500;
    f.sim->addFault(fault);
    QVERIFY(runUntil(f, t0 + 10 * kMinute + 30 * kSecond));

    // One attempt series a minute (each with the client's own retries), never more.
    QCOMPARE(failed.count(), 10);
    QCOMPARE(store->lastError().kind, ApiError::Kind::Server);
    QList<qint64> starts = listings(*f.sim, instancesPath(), t0);
    QCOMPARE(starts.takeFirst(), 0); // the good listing before the fault
    QList<qint64> ticks;
    for (qint64 at : starts) {
        const qint64 tick = at / kMinute * kMinute;
        QVERIFY2(at - tick < 30 * kSecond,
                 qPrintable(u"a listing %1 ms after the last tick"_s.arg(at - tick)));
        if (ticks.isEmpty() || ticks.constLast() != tick)
            ticks.append(tick);
    }
    QList<qint64> expected;
    for (qint64 k = 1; k <= 10; ++k)
        expected.append(k * kMinute);
    QCOMPARE(ticks, expected);
    QVERIFY(starts.size() <= 10 * 3);
    // What was there stays there, and still counts as the last good data.
    QVERIFY(store->hasData());
    QCOMPARE(store->lastRefreshMs(), t0);
    QCOMPARE(session.instances()->rowCount(), rows);

    // The server recovers: the next tick succeeds and clears the error.
    f.sim->clearFaults();
    QVERIFY(runUntil(f, t0 + 11 * kMinute + 30 * kSecond));
    QCOMPARE(store->lastRefreshMs(), t0 + 11 * kMinute);
    QVERIFY(!store->lastError().isError());
}

void TstResourceStore::shouldReportWhatItKnows()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    QVERIFY(!store->hasData());
    QCOMPARE(store->lastRefreshMs(), 0);
    QVERIFY(!store->isLoading());
    QVERIFY(!store->lastError().isError());

    // A first listing that fails: no data yet, the error kept.
    SimFault unavailable;
    unavailable.kind = SimFault::Kind::Status;
    unavailable.method = u"GET"_s;
    unavailable.path = instancesPath();
    unavailable.status = 500;
    f.sim->addFault(unavailable);
    QSignalSpy loading(store, &ResourceStore::loadingChanged);
    store->refresh();
    QVERIFY(store->isLoading());
    QVERIFY(session.store(Resource::Instances)->isLoading());
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY(!store->hasData());
    QCOMPARE(store->lastError().kind, ApiError::Kind::Server);
    QCOMPARE(session.store(Resource::Instances)->lastError().kind, ApiError::Kind::Server);
    QVERIFY(loading.count() >= 2);
    QCOMPARE(loading.constLast().at(0).toBool(), false);
    f.sim->clearFaults();

    // A listing with one row the console cannot read.
    SimFault odd;
    odd.kind = SimFault::Kind::Body;
    odd.method = u"GET"_s;
    odd.path = instancesPath();
    odd.times = 1;
    odd.body = R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[
        {"instance_id":"INSTANCE-ok","name":"readable","status":"active"},
        {"name":"no id at all","status":"active"}],"count":2,"total":2})";
    f.sim->addFault(odd);
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY(store->hasData());
    QCOMPARE(store->lastRefreshMs(), f.clock.nowMs());
    QVERIFY(!store->lastError().isError());
    QCOMPARE(store->unreadableRows(), 1);
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 1);
    QCOMPARE(session.store(Resource::Instances)->lastRefreshMs(), store->lastRefreshMs());
    QCOMPARE(session.instances()->rowCount(), 1);
    QCOMPARE(session.instances()->find(u"INSTANCE-ok"_s)->name, u"readable"_s);

    // A clean listing later: nothing unreadable any more.
    QVERIFY(runUntil(f, f.clock.nowMs() + 5 * kSecond));
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(store->unreadableRows(), 0);
    QCOMPARE(store->lastRefreshMs(), f.clock.nowMs());
    QCOMPARE(session.instances()->rowCount(), int(f.sim->state().instances.size()));
}

void TstResourceStore::shouldRefreshIfStaleOnlyWhenStale()
{
    SimFixture f;
    settleWorld(*f.sim);
    AccountSession session(f.client.get(), false);
    const QString volumesPath = BlockStorageApi::list().path;
    ResourceStore *volumes = session.store(Resource::BlockStorage);
    session.setAutoRefreshMs(kMinute);
    // Never loaded: stale.
    volumes->refreshIfStale();
    QCOMPARE(prioritiesOf(*f.client, volumesPath), QList<Priority> {Priority::Read});
    QVERIFY(f.drive([&] { return volumes->hasData() && !volumes->isLoading(); }));
    const qint64 t0 = volumes->lastRefreshMs();

    // Fresh: nothing sent.
    volumes->refreshIfStale();
    QVERIFY(prioritiesOf(*f.client, volumesPath).isEmpty());
    QVERIFY(runUntil(f, t0 + 59 * kSecond));
    volumes->refreshIfStale();
    QVERIFY(runUntil(f, t0 + 59 * kSecond + 1));
    QCOMPARE(listings(*f.sim, volumesPath, t0), QList<qint64> {0});

    // Older than the interval: refreshed, for the person.
    QVERIFY(runUntil(f, t0 + kMinute));
    volumes->refreshIfStale();
    QCOMPARE(prioritiesOf(*f.client, volumesPath), QList<Priority> {Priority::Read});
    QVERIFY(f.drive([&] { return volumes->lastRefreshMs() == t0 + kMinute; }));
    QCOMPARE(listings(*f.sim, volumesPath, t0), (QList<qint64> {0, kMinute}));

    // A catalog is fresh for 5 minutes whatever the interval.
    ResourceStore *zones = session.store(Resource::Zones);
    const QString zonesPath = ZonesApi::list().path;
    zones->refreshIfStale();
    QVERIFY(f.drive([&] { return zones->hasData() && !zones->isLoading(); }));
    const qint64 z0 = zones->lastRefreshMs();
    QVERIFY(runUntil(f, z0 + 4 * kMinute));
    zones->refreshIfStale();
    QVERIFY(runUntil(f, z0 + 4 * kMinute + kSecond));
    QCOMPARE(listings(*f.sim, zonesPath, z0), QList<qint64> {0});
    QVERIFY(runUntil(f, z0 + 5 * kMinute));
    zones->refreshIfStale();
    QVERIFY(runUntil(f, z0 + 5 * kMinute + kSecond));
    QCOMPARE(listings(*f.sim, zonesPath, z0), (QList<qint64> {0, 5 * kMinute}));
}

void TstResourceStore::shouldStopAListingThatNeverEnds()
{
    // A server that keeps answering full pages of new servers, at background priority.
    SimFixture f;
    SimFault endless;
    endless.kind = SimFault::Kind::EndlessPages;
    endless.method = u"GET"_s;
    endless.path = u"/v1/instances"_s;
    f.sim->addFault(endless);
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Instances);
    store->setAutoRefresh(60'000, true);
    QVERIFY(f.drive([&] { return store->hasData() && !store->isLoading(); }, 120000));
    // Cut at the cap: what was read is kept, the page says so.
    QVERIFY(store->isTruncated());
    QVERIFY(!store->lastError().isError());
    QCOMPARE(session.instances()->rowCount(), PagedFetch::kMaxRows);
    const int pages = f.sim->count(u"GET"_s, u"/v1/instances"_s);
    QVERIFY2(pages <= PagedFetch::kMaxRows / ApiClient::kPageSize,
             qPrintable(QString::number(pages)));
    // A listing that ends again is whole again.
    f.sim->clearFaults();
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }, 60000));
    QVERIFY(!store->isTruncated());
    QCOMPARE(session.instances()->rowCount(), int(f.sim->state().instances.size()));
}

QTEST_GUILESS_MAIN(TstResourceStore)
#include "tst_resourcestore.moc"
