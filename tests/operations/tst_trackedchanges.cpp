// The operation tracker follows block storage and firewall changes like a server's: to their
// end, through a lost answer, one at a time per resource; and it settles a change with the
// resource's detail when that costs fewer requests than the listing.
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "api/instancesapi.h"
#include "domain/status.h"
#include "operations/operationtracker.h"
#include "support/simfixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SimFault fault(SimFault::Kind kind, const QString &method, const QString &path, int times,
               std::optional<bool> process = std::nullopt)
{
    SimFault f;
    f.kind = kind;
    f.method = method;
    f.path = path;
    f.times = times;
    f.process = process;
    return f;
}

//! Every transition in the seeded world ends now, so only the tested change moves.
void settle(Simulator &sim)
{
    for (SimInstance &si : sim.state().instances) {
        if (!si.finalStatus.isEmpty())
            si.data.status = si.finalStatus;
        si.finalStatus.clear();
        if (Status::isTransitional(Status::server(si.data.status)))
            si.data.status = u"active"_s;
    }
    for (SimVolume &sv : sim.state().volumes) {
        if (!sv.finalStatus.isEmpty())
            sv.data.status = sv.finalStatus;
        sv.finalStatus.clear();
    }
}

//! A volume attached to nothing and a running server in its zone with room for it.
std::pair<QString, QString> detachedVolumeAndServer(Simulator &sim)
{
    for (const SimVolume &v : sim.state().volumes) {
        if (!v.data.instanceId.isEmpty())
            continue;
        for (const SimInstance &si : sim.state().instances) {
            if (si.data.zoneId == v.data.zoneId && si.data.status == u"active"_s
                && si.data.blockStorageIds.size() < 3)
                return {v.data.id, si.data.id};
        }
    }
    return {};
}

int countPath(const Simulator &sim, const QString &method, const QString &path)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log())
        n += r.method == method && r.path == path ? 1 : 0;
    return n;
}

int countPrefix(const Simulator &sim, const QString &method, const QString &prefix)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log())
        n += r.method == method && r.path.startsWith(prefix) ? 1 : 0;
    return n;
}
} // namespace

class TstTrackedChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFollowAVolumeAttachToItsEnd();
    void shouldFollowAVolumeDetachAndDelete();
    void shouldResolveALostFirewallCreateFromTheListing();
    void shouldSayALostFirewallCreateWasNotCarriedOut();
    void shouldRefuseASecondChangeOfTheSameVolume();
    void shouldFollowAFirewallAttachInTheSecurityGroupsDialect();
    void shouldSettleAChangeWithOneDetailOnALargeAccount();
    void shouldListWhenTheListingIsCheaper();
    void shouldFollowEveryServerOfACreateWithACount();
    // What a review found.
    void shouldNotClaimAnOldResourceForALostCreateWithoutABaseline();
    void shouldNotLetTwoCreatesClaimOneResource();
    void shouldNotSettleALostAnswerWithAListingAskedBefore();
    void shouldNotConfirmALostFirewallEditByItsTitle();
    void shouldEndAVolumeChangeWhoseStatusIsNotInTheTable();
    void shouldFollowFirewallsOfTheDocsDialectByTheirListing();
    void shouldNotSayGoneFromAListingCutAtTheCap();
    void shouldKeepTheRowWhenAnAnswerCarriesPartOfIt();
    void shouldLookForALostFirewallAttachMoreThanOnce();
    void shouldLookForALostServerCreateMoreThanOnce();
};

void TstTrackedChanges::shouldFollowAVolumeAttachToItsEnd()
{
    SimFixture f;
    settle(*f.sim);
    const auto [volumeId, serverId] = detachedVolumeAndServer(*f.sim);
    QVERIFY(!volumeId.isEmpty());
    OperationTracker tracker(f.client.get());
    QList<Operation::State> states;
    connect(&tracker, &OperationTracker::operationChanged, this, [&](const Operation &op) {
        if (states.isEmpty() || states.last() != op.state)
            states.append(op.state);
    });
    Change change;
    change.resource = Resource::BlockStorage;
    change.kind = Operation::Kind::Attach;
    change.targetId = volumeId;
    change.name = f.sim->state().volume(volumeId)->data.name;
    change.relatedId = serverId;
    const quint64 id = tracker.submit(change, BlockStorageApi::attach(volumeId, serverId));
    QVERIFY(id != 0);
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QCOMPARE(states,
             (QList<Operation::State> {Operation::State::Sending, Operation::State::Waiting,
                                       Operation::State::Done}));
    QCOMPARE(f.sim->state().volume(volumeId)->data.instanceId, serverId);
    QCOMPARE(f.sim->state().volume(volumeId)->data.status, u"in-use"_s);
    // The attach went out once; the volumes' listing settled it, nothing per volume.
    QCOMPARE(countPrefix(*f.sim, u"POST"_s, u"/v1/block-storages/"_s), 1);
    QCOMPARE(countPath(*f.sim, u"GET"_s, u"/v1/block-storages"_s), tracker.pollsSent());
    QVERIFY(tracker.pollsSent() >= 2);
    QCOMPARE(countPath(*f.sim, u"GET"_s, u"/v1/instances"_s), 0);
}

void TstTrackedChanges::shouldFollowAVolumeDetachAndDelete()
{
    SimFixture f;
    settle(*f.sim);
    QString volumeId;
    QString serverId;
    for (const SimVolume &v : f.sim->state().volumes) {
        if (!v.data.instanceId.isEmpty()) {
            volumeId = v.data.id;
            serverId = v.data.instanceId;
            break;
        }
    }
    QVERIFY(!volumeId.isEmpty());
    OperationTracker tracker(f.client.get());
    Change detach;
    detach.resource = Resource::BlockStorage;
    detach.kind = Operation::Kind::Detach;
    detach.targetId = volumeId;
    detach.relatedId = serverId;
    const quint64 first = tracker.submit(detach, BlockStorageApi::detach(volumeId));
    QVERIFY(f.drive([&] { return tracker.operation(first)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(first)->state, Operation::State::Done);
    QVERIFY(f.sim->state().volume(volumeId)->data.instanceId.isEmpty());

    Change remove = detach;
    remove.kind = Operation::Kind::Delete;
    remove.relatedId.clear();
    const quint64 second = tracker.submit(remove, BlockStorageApi::remove(volumeId));
    QVERIFY(second != 0);
    QVERIFY(f.drive([&] { return tracker.operation(second)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(second)->state, Operation::State::Done);
    QCOMPARE(f.sim->state().volume(volumeId), nullptr);
}

void TstTrackedChanges::shouldResolveALostFirewallCreateFromTheListing()
{
    SimFixture f;
    // The server creates the firewall, then the connection drops before the answer.
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall"_s, 1, true));
    const qsizetype before = f.sim->state().firewalls.size();
    OperationTracker tracker(f.client.get());
    // The tracker knows the firewalls there were (the page was open).
    const ApiResult listing = f.fetchAll(FirewallsApi::list());
    QVERIFY(listing.ok());
    QList<Observed> rows;
    for (const Firewall &fw : FirewallsApi::parseFirewalls(listing.rows()).items)
        rows.append(Observed::of(fw));
    tracker.observe(Resource::Firewalls, rows);

    FirewallsApi::Spec spec;
    spec.title = u"새 방화벽 web"_s;
    spec.content = u"made by a test"_s;
    spec.rules = {FirewallRule {{}, u"IN"_s, u"TCP"_s, u"443"_s, u"0.0.0.0/0"_s, u"https"_s, {}}};
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Create;
    change.name = spec.title;
    const quint64 id = tracker.submit(change, FirewallsApi::create(spec));
    QVERIFY(f.drive([&] { return tracker.operation(id)->state != Operation::State::Sending; }));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Checking);
    QVERIFY(tracker.operation(id)->error.outcomeUnknown);
    QCOMPARE(f.sim->state().firewalls.size(), before + 1);

    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QCOMPARE(tracker.operation(id)->targetId, f.sim->state().firewalls.last().id);
    // Never sent twice.
    QCOMPARE(countPath(*f.sim, u"POST"_s, u"/v1/firewall"_s), 1);
}

void TstTrackedChanges::shouldSayALostFirewallCreateWasNotCarriedOut()
{
    SimFixture f;
    // The connection drops before the server does anything.
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall"_s, 1, false));
    const qsizetype before = f.sim->state().firewalls.size();
    OperationTracker tracker(f.client.get());
    FirewallsApi::Spec spec;
    spec.title = u"never made"_s;
    spec.content = u"-"_s;
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Create;
    change.name = spec.title;
    const quint64 id = tracker.submit(change, FirewallsApi::create(spec));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::NotCarriedOut);
    QCOMPARE(f.sim->state().firewalls.size(), before);
    QCOMPARE(countPath(*f.sim, u"POST"_s, u"/v1/firewall"_s), 1);
}

void TstTrackedChanges::shouldRefuseASecondChangeOfTheSameVolume()
{
    SimFixture f;
    settle(*f.sim);
    const auto [volumeId, serverId] = detachedVolumeAndServer(*f.sim);
    QVERIFY(!volumeId.isEmpty());
    OperationTracker tracker(f.client.get());
    Change attach;
    attach.resource = Resource::BlockStorage;
    attach.kind = Operation::Kind::Attach;
    attach.targetId = volumeId;
    attach.relatedId = serverId;
    const quint64 first = tracker.submit(attach, BlockStorageApi::attach(volumeId, serverId));
    QVERIFY(first != 0);
    Change remove;
    remove.resource = Resource::BlockStorage;
    remove.kind = Operation::Kind::Delete;
    remove.targetId = volumeId;
    // A second change of the same volume while the first is unfinished: nothing is sent.
    QCOMPARE(tracker.submit(remove, BlockStorageApi::remove(volumeId)), quint64(0));
    QCOMPARE(tracker.submit(attach, BlockStorageApi::attach(volumeId, serverId)), quint64(0));
    QCOMPARE(tracker.unfinishedFor(Resource::BlockStorage, volumeId)->id, first);
    // A change of another resource with the same id string is not held back.
    QVERIFY(!tracker.unfinishedFor(Resource::Firewalls, volumeId));
    QVERIFY(f.drive([&] { return tracker.operation(first)->isFinished(); }, 60000));
    QCOMPARE(countPrefix(*f.sim, u"POST"_s, u"/v1/block-storages/"_s), 1);
    QCOMPARE(countPrefix(*f.sim, u"DELETE"_s, u"/v1/block-storages/"_s), 0);
    // Once it ended, the next change goes.
    QVERIFY(tracker.submit(remove, BlockStorageApi::remove(volumeId)) != 0);
}

void TstTrackedChanges::shouldFollowAFirewallAttachInTheSecurityGroupsDialect()
{
    SimOptions options = SimFixture::testOptions();
    options.firewallDialect = SimOptions::FirewallDialect::SecurityGroups;
    SimFixture f(options);
    settle(*f.sim);
    FirewallsApi::Dialect dialect = FirewallsApi::Dialect::SecurityGroups;
    OperationTracker tracker(f.client.get());
    tracker.setFirewallDialect(&dialect);
    QString firewallId;
    QString serverId;
    for (const Firewall &fw : f.sim->state().firewalls)
        firewallId = fw.id;
    for (const SimInstance &si : f.sim->state().instances) {
        if (!f.sim->state().firewallOf(si.data.id))
            serverId = si.data.id;
    }
    QVERIFY(!firewallId.isEmpty() && !serverId.isEmpty());
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Attach;
    change.targetId = firewallId;
    change.relatedId = serverId;
    const quint64 id = tracker.submit(
            change,
            FirewallsApi::attach(firewallId, serverId, FirewallsApi::Dialect::SecurityGroups));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QVERIFY(f.sim->state().firewall(firewallId)->instanceIds.contains(serverId));
    QCOMPARE(countPath(*f.sim, u"POST"_s, u"/v1/security-groups/"_s + firewallId + u"/attach"_s),
             1);
}

void TstTrackedChanges::shouldSettleAChangeWithOneDetailOnALargeAccount()
{
    SimOptions options = SimFixture::testOptions();
    options.instanceCount = 300;
    SimFixture f(options);
    settle(*f.sim);
    OperationTracker tracker(f.client.get());
    // The page was listed once: 300 servers, three full pages and the empty one.
    const ApiResult listing = f.fetchAll(InstancesApi::list());
    QCOMPARE(listing.rows().size(), 300);
    tracker.observe(InstancesApi::parseInstances(listing.rows()).items);
    f.sim->clearLog();

    QString offId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"off"_s)
            offId = si.data.id;
    }
    QVERIFY(!offId.isEmpty());
    const quint64 id = tracker.submit(Operation::Kind::Start, InstancesApi::start(offId), offId,
                                      u"srv"_s, u"off"_s);
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    // Each tick read the one server: 1 request, not 4 pages. 3 ticks (2, 4 and 7 s; 5 s to go).
    QCOMPARE(countPath(*f.sim, u"GET"_s, u"/v1/instances"_s), 0);
    QCOMPARE(countPath(*f.sim, u"GET"_s, u"/v1/instances/"_s + offId), 3);
    QCOMPARE(tracker.pollsSent(), 3);
    // The detail never asks for the password or the console link.
    for (const Simulator::Record &r : f.sim->log()) {
        if (r.method == u"GET"_s)
            QVERIFY2(!r.query.contains(u"fields=262143"_s), qPrintable(r.query));
    }
}

void TstTrackedChanges::shouldListWhenTheListingIsCheaper()
{
    SimFixture f; // 40 servers: one page
    settle(*f.sim);
    OperationTracker tracker(f.client.get());
    tracker.observe(InstancesApi::parseInstances(f.fetchAll(InstancesApi::list()).rows()).items);
    f.sim->clearLog();
    QStringList off;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"off"_s)
            off.append(si.data.id);
    }
    QVERIFY(off.size() >= 2);
    for (const QString &id : off.mid(0, 2))
        tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id, id, u"off"_s);
    QVERIFY(f.drive([&] { return tracker.inProgress() == 0; }, 60000));
    // Two changes, one listing per tick, no details.
    QCOMPARE(countPrefix(*f.sim, u"GET"_s, u"/v1/instances/"_s), 0);
    QVERIFY(countPath(*f.sim, u"GET"_s, u"/v1/instances"_s) >= tracker.pollsSent());
}

void TstTrackedChanges::shouldFollowEveryServerOfACreateWithACount()
{
    SimFixture f;
    OperationTracker tracker(f.client.get());
    InstancesApi::CreateSpec spec;
    const SimState &s = f.sim->state();
    for (const Flavor &flavor : s.flavors) {
        if (flavor.status != u"available"_s || flavor.supportingImages.isEmpty())
            continue;
        for (const QString &zone : flavor.zones) {
            const Zone *z = f.sim->state().zone(zone);
            const Image *image = f.sim->state().image(flavor.supportingImages.first());
            if (z && z->status == u"available"_s && image && image->zones.contains(zone)) {
                spec.zoneId = zone;
                spec.flavorId = flavor.id;
                spec.imageId = image->id;
            }
        }
    }
    QVERIFY(!spec.flavorId.isEmpty());
    spec.name = u"batch"_s;
    spec.count = 2;
    const qsizetype before = f.sim->state().instances.size();
    const quint64 id = tracker.submit(Operation::Kind::Create, InstancesApi::create(spec),
                                      QString(), spec.name);
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 120000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QCOMPARE(f.sim->state().instances.size(), before + 2);
    QCOMPARE(tracker.operation(id)->createdIds.size(), 2);
    for (const QString &made : tracker.operation(id)->createdIds)
        QCOMPARE(f.sim->state().instance(made)->data.status, u"active"_s);
}

namespace {
//! The firewalls as a listing tells the tracker (the page was open).
void observeFirewalls(SimFixture &f, OperationTracker &tracker)
{
    QList<Observed> rows;
    for (const Firewall &fw :
         FirewallsApi::parseFirewalls(f.fetchAll(FirewallsApi::list()).rows()).items)
        rows.append(Observed::of(fw));
    tracker.observe(Resource::Firewalls, rows);
}

Change firewallCreate(const QString &title)
{
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Create;
    change.name = title;
    return change;
}

FirewallsApi::Spec firewallSpec(const QString &title)
{
    FirewallsApi::Spec spec;
    spec.title = title;
    spec.content = u"-"_s;
    return spec;
}
} // namespace

void TstTrackedChanges::shouldNotClaimAnOldResourceForALostCreateWithoutABaseline()
{
    SimFixture f;
    // Never listed before: a firewall with the same title already exists.
    const QString title = f.sim->state().firewalls.first().title;
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall"_s, 1, false));
    OperationTracker tracker(f.client.get());
    const quint64 id
            = tracker.submit(firewallCreate(title), FirewallsApi::create(firewallSpec(title)));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    // It cannot tell: never "done" with the old firewall.
    QCOMPARE(tracker.operation(id)->state, Operation::State::NoChangeSeen);
    QVERIFY(tracker.operation(id)->targetId.isEmpty());
}

void TstTrackedChanges::shouldNotLetTwoCreatesClaimOneResource()
{
    SimFixture f;
    OperationTracker tracker(f.client.get());
    observeFirewalls(f, tracker);
    // Two creates of the same title at once: the first is answered, the second's answer is
    // lost and nothing was made for it.
    SimFault lost = fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall"_s, 1, false);
    const quint64 first = tracker.submit(firewallCreate(u"dup"_s),
                                         FirewallsApi::create(firewallSpec(u"dup"_s)));
    QVERIFY(f.drive([&] { return tracker.operation(first)->state != Operation::State::Sending; }));
    f.sim->addFault(lost);
    const quint64 second = tracker.submit(firewallCreate(u"dup"_s),
                                          FirewallsApi::create(firewallSpec(u"dup"_s)));
    QVERIFY(f.drive(
            [&] {
                return tracker.operation(first)->isFinished()
                        && tracker.operation(second)->isFinished();
            },
            60000));
    QCOMPARE(tracker.operation(first)->state, Operation::State::Done);
    QCOMPARE(tracker.operation(second)->state, Operation::State::NotCarriedOut);
    QVERIFY(tracker.operation(second)->targetId.isEmpty());
}

void TstTrackedChanges::shouldNotSettleALostAnswerWithAListingAskedBefore()
{
    SimFixture f;
    OperationTracker tracker(f.client.get());
    const ApiResult before = f.fetchAll(FirewallsApi::list()); // asked before the create
    observeFirewalls(f, tracker);
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall"_s, 1, true));
    const quint64 id = tracker.submit(firewallCreate(u"made"_s),
                                      FirewallsApi::create(firewallSpec(u"made"_s)));
    QVERIFY(f.drive([&] { return tracker.operation(id)->state == Operation::State::Checking; }));
    QList<Observed> stale;
    for (const Firewall &fw : FirewallsApi::parseFirewalls(before.rows()).items)
        stale.append(Observed::of(fw));
    tracker.observe(Resource::Firewalls, stale, {before.sentAtMs, true});
    QCOMPARE(tracker.operation(id)->state, Operation::State::Checking); // not "not carried out"
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
}

void TstTrackedChanges::shouldNotConfirmALostFirewallEditByItsTitle()
{
    SimFixture f;
    const Firewall fw = f.sim->state().firewalls.first();
    // The edit never reaches the server (a PUT may be re-sent: refused every time).
    f.sim->addFault(fault(SimFault::Kind::Reset, u"PUT"_s, u"/v1/firewall/"_s + fw.id, 50, false));
    OperationTracker tracker(f.client.get());
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Edit;
    change.targetId = fw.id;
    change.name = fw.title;
    change.expected = fw.title; // only the rules change
    FirewallsApi::Spec spec = firewallSpec(fw.title);
    const quint64 id = tracker.submit(change, FirewallsApi::edit(fw.id, spec));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 120000));
    QVERIFY(tracker.operation(id)->state != Operation::State::Done);
    QCOMPARE(f.sim->state().firewall(fw.id)->rules, fw.rules);
}

void TstTrackedChanges::shouldEndAVolumeChangeWhoseStatusIsNotInTheTable()
{
    SimFixture f;
    settle(*f.sim);
    const auto [volumeId, serverId] = detachedVolumeAndServer(*f.sim);
    OperationTracker tracker(f.client.get());
    Change attach;
    attach.resource = Resource::BlockStorage;
    attach.kind = Operation::Kind::Attach;
    attach.targetId = volumeId;
    attach.relatedId = serverId;
    const quint64 id = tracker.submit(attach, BlockStorageApi::attach(volumeId, serverId));
    QVERIFY(f.drive([&] { return tracker.operation(id)->state == Operation::State::Waiting; }));
    // The server attaches it and calls that a word the table does not know.
    SimVolume *v = f.sim->state().volume(volumeId);
    v->finalStatus.clear();
    v->data.status = u"ATTACHED"_s;
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
}

void TstTrackedChanges::shouldFollowFirewallsOfTheDocsDialectByTheirListing()
{
    SimFixture f;
    settle(*f.sim);
    // /v1/firewall/{id} is only inferred: a server that does not know it answers 404.
    SimFault unknownRoute;
    unknownRoute.kind = SimFault::Kind::Status;
    unknownRoute.method = u"GET"_s;
    unknownRoute.path = u"/v1/firewall/"_s;
    unknownRoute.status = 404;
    unknownRoute.errorCode = u"NOT_FOUND"_s;
    f.sim->addFault(unknownRoute);
    OperationTracker tracker(f.client.get());
    observeFirewalls(f, tracker);
    QString firewallId = f.sim->state().firewalls.first().id;
    QString serverId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (!f.sim->state().firewallOf(si.data.id))
            serverId = si.data.id;
    }
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Attach;
    change.targetId = firewallId;
    change.relatedId = serverId;
    const quint64 id = tracker.submit(change, FirewallsApi::attach(firewallId, serverId));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
}

void TstTrackedChanges::shouldNotSayGoneFromAListingCutAtTheCap()
{
    SimFixture f;
    settle(*f.sim);
    OperationTracker tracker(f.client.get());
    const QString id = f.sim->state().instances.first().data.id;
    f.sim->state().instance(id)->data.status = u"active"_s;
    const quint64 op = tracker.submit(Operation::Kind::Reboot, InstancesApi::reboot(id), id,
                                      u"srv"_s, u"active"_s);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::Waiting; }));
    // A listing cut before it reached the server says nothing of it.
    tracker.observe(Resource::Instances, {}, {0, false});
    QCOMPARE(tracker.operation(op)->state, Operation::State::Waiting);
}

void TstTrackedChanges::shouldKeepTheRowWhenAnAnswerCarriesPartOfIt()
{
    SimFixture f;
    settle(*f.sim);
    const QString id = f.sim->state().instances.first().data.id;
    f.sim->state().instance(id)->data.status = u"off"_s;
    SimFault partial;
    partial.kind = SimFault::Kind::Body;
    partial.method = u"POST"_s;
    partial.path = u"/v1/instances/"_s + id + u"/start"_s;
    partial.status = 202;
    partial.body = QByteArray(R"({"code":"0x00","error_code":"SUCCESS","result":[{"instance_id":")")
            + id.toUtf8() + R"(","status":"work"}]})";
    partial.times = 1;
    f.sim->addFault(partial);
    OperationTracker tracker(f.client.get());
    int rowsFromAnswers = 0;
    connect(&tracker, &OperationTracker::rowsReceived, this,
            [&](Resource, const ApiResult &, const QString &) { ++rowsFromAnswers; });
    const quint64 op = tracker.submit(Operation::Kind::Start, InstancesApi::start(id), id, u"srv"_s,
                                      u"off"_s);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state != Operation::State::Sending; }));
    QCOMPARE(rowsFromAnswers, 0); // a start's answer never replaces the row shown
}

void TstTrackedChanges::shouldLookForALostFirewallAttachMoreThanOnce()
{
    SimFixture f;
    settle(*f.sim);
    OperationTracker tracker(f.client.get());
    observeFirewalls(f, tracker);
    const QString firewallId = f.sim->state().firewalls.first().id;
    QString serverId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (!f.sim->state().firewallOf(si.data.id))
            serverId = si.data.id;
    }
    // Lost, and not carried out: it takes three looks before saying so.
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s,
                          u"/v1/firewall/"_s + firewallId + u"/attach"_s, 1, false));
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = Operation::Kind::Attach;
    change.targetId = firewallId;
    change.relatedId = serverId;
    const quint64 id = tracker.submit(change, FirewallsApi::attach(firewallId, serverId));
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(id)->state, Operation::State::NotCarriedOut);
    QVERIFY(tracker.pollsSent() >= 3);
}

void TstTrackedChanges::shouldLookForALostServerCreateMoreThanOnce()
{
    SimFixture f;
    settle(*f.sim);
    OperationTracker tracker(f.client.get());
    // The servers were listed (the page is open): a new one can be told from the others.
    tracker.observe(InstancesApi::parseInstances(f.fetchAll(InstancesApi::list()).rows()).items);
    // The first listing after the create is served from before it (a lagging list): the new
    // server is not in it yet.
    ApiRequest page = InstancesApi::list();
    page.setQueryValue(u"page_no"_s, u"1"_s);
    page.setQueryValue(u"page_size"_s, QString::number(ApiClient::kPageSize));
    SimFault stale = fault(SimFault::Kind::Body, u"GET"_s, u"/v1/instances"_s, 1);
    stale.body = QJsonDocument(f.direct(page).body).toJson(QJsonDocument::Compact);
    f.sim->addFault(stale);
    // The server makes it, then the connection drops before the answer.
    f.sim->addFault(fault(SimFault::Kind::Reset, u"POST"_s, u"/v1/instances"_s, 1, true));
    const SimInstance &model = f.sim->state().instances.first();
    InstancesApi::CreateSpec spec;
    spec.zoneId = model.data.zoneId;
    spec.flavorId = model.data.flavor.id;
    spec.imageId = model.data.image.id;
    spec.name = u"made-but-not-listed-yet"_s;
    const qsizetype before = f.sim->state().instances.size();
    // The state as each listing arrives (before it is looked at): the second one's is what
    // the first listing left.
    quint64 id = 0;
    QList<Operation::State> atListing;
    connect(&tracker, &OperationTracker::listed, &tracker, [&](Resource r, const ApiResult &) {
        if (r == Resource::Instances && id != 0)
            atListing.append(tracker.operation(id)->state);
    });
    id = tracker.submit(Operation::Kind::Create, InstancesApi::create(spec), QString(), spec.name);
    QVERIFY(f.drive([&] { return tracker.operation(id)->state != Operation::State::Sending; }));
    QCOMPARE(tracker.operation(id)->state, Operation::State::Checking);
    QCOMPARE(f.sim->state().instances.size(), before + 1);
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    // One listing without it was not enough to say nothing was made: it was looked for again.
    QVERIFY2(atListing.size() >= 2, qPrintable(QString::number(atListing.size())));
    QCOMPARE(atListing.at(1), Operation::State::Checking);
    QVERIFY(f.sim->faults().isEmpty()); // the lagging listing was served
    QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    QCOMPARE(tracker.operation(id)->targetId, f.sim->state().instances.last().data.id);
    QCOMPARE(countPath(*f.sim, u"POST"_s, u"/v1/instances"_s), 1);
}

QTEST_GUILESS_MAIN(TstTrackedChanges)
#include "tst_trackedchanges.moc"
