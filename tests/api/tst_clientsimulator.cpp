// The client against the simulator over real loopback HTTP: every read endpoint, paging through
// all pages, and the actions (multipart and JSON bodies), each sent exactly once.
#include "api/billingapi.h"
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/instancesapi.h"
#include "api/sshkeysapi.h"
#include "api/userscriptsapi.h"
#include "api/zonesapi.h"
#include "support/fixtures.h"
#include "support/simfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstClientSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldListZones();
    void shouldPageThroughFlavorsAndReadADetail();
    void shouldPageThroughImagesAndReadADetail();
    void shouldListEveryInstanceAcrossPages();
    void shouldListEveryInstanceWhenTheServerCapsPagesSilently();
    void shouldReadAnInstanceDetailAndRemoteConsole();
    void shouldSignEncodedNonAsciiPaths();
    void shouldListUserScriptsAndSshKeys();
    void shouldReadBlockStorage();
    void shouldReadBills();
    void shouldTreatEmptySetAsNoBills();
    void shouldReadFirewalls();
    void shouldCreateAnInstanceOnceWithMultipart();
    void shouldStartAndStopAnInstance();
    void shouldEditAnInstanceWithKoreanText();
    void shouldCreateAFirewallFromTheDocsExample();
    void shouldCreateAndDetachBlockStorage();
    void shouldRebuildAndResizeThroughTheBuilders();
    void shouldAttachAVolumeThroughTheBuilder();
    void shouldEditAndDeleteAFirewallThroughTheBuilders();

private:
    static int count(const Simulator &sim, const QString &method, const QString &path)
    {
        int n = 0;
        for (const auto &record : sim.log())
            n += record.method == method && record.path == path ? 1 : 0;
        return n;
    }
};

void TstClientSimulator::shouldListZones()
{
    SimFixture f;
    const ApiResult r = f.call(ZonesApi::list());
    QVERIFY(r.ok());
    const Parsed<Zone> zones = ZonesApi::parseZones(r.rows());
    QVERIFY(zones.problems.isEmpty());
    QStringList ids;
    for (const Zone &z : zones.items)
        ids.append(z.id);
    QVERIFY(ids.contains(u"kr1-z01"_s));
    QVERIFY(ids.contains(u"kr2-z01"_s));
}

void TstClientSimulator::shouldPageThroughFlavorsAndReadADetail()
{
    SimFixture f;
    ApiRequest listing = FlavorsApi::list();
    listing.setQueryValue(u"page_size"_s, u"4"_s); // 11 flavors: pages of 4, 4, 3
    const ApiResult r = f.fetchAll(listing);
    QVERIFY(r.ok());
    const Parsed<Flavor> flavors = FlavorsApi::parseFlavors(r.rows());
    QCOMPARE(flavors.items.size(), f.sim->state().flavors.size());
    // Stops at `total` without asking for an empty page.
    QCOMPARE(count(*f.sim, u"GET"_s, u"/v1/flavors"_s), 3);

    const ApiResult detail = f.call(FlavorsApi::detail(u"gpu.c8m32.t4"_s));
    QVERIFY(detail.ok());
    QString problem;
    const auto gpu = FlavorsApi::parseDetail(detail.rows(), &problem);
    QVERIFY(gpu.has_value());
    QCOMPARE(gpu->gpu, u"NVIDIA T4 x1"_s);
    QVERIFY(gpu->full.known);

    const ApiResult unknown = f.call(FlavorsApi::detail(u"no.such.flavor"_s));
    QVERIFY(unknown.ok()); // observed: 200 with an empty result
    QVERIFY(!FlavorsApi::parseDetail(unknown.rows(), &problem).has_value());
}

void TstClientSimulator::shouldPageThroughImagesAndReadADetail()
{
    SimFixture f;
    const ApiResult r = f.fetchAll(ImagesApi::list({{u"kr2-z01"_s}, {}, {u"rocky"_s}, {}, {}}));
    QVERIFY(r.ok());
    const Parsed<Image> images = ImagesApi::parseImages(r.rows());
    QVERIFY(images.items.size() >= 2);
    for (const Image &i : images.items)
        QCOMPARE(i.osType, u"ROCKYLINUX"_s);

    const ApiResult detail = f.call(ImagesApi::detail(u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s));
    QVERIFY(detail.ok());
    QCOMPARE(ImagesApi::parseImages(detail.rows()).items.value(0).osName,
             u"Rocky Linux release 9.0 (Blue Onyx)"_s);

    const ApiResult unknown = f.call(ImagesApi::detail(u"PIMAGE-nope"_s));
    QCOMPARE(unknown.httpStatus, 400);
    QCOMPARE(unknown.error.kind, ApiError::Kind::NotFound); // ID_INVALID
}

void TstClientSimulator::shouldListEveryInstanceAcrossPages()
{
    SimOptions options = SimFixture::testOptions();
    options.instanceCount = 250;
    SimFixture f(options);
    const ApiResult r = f.fetchAll(InstancesApi::list());
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    const Parsed<Instance> instances = InstancesApi::parseInstances(r.rows());
    QCOMPARE(instances.items.size(), f.sim->state().instances.size());
    QVERIFY(instances.problems.isEmpty());
    // Pages of 100: 100, 100, 50 (shorter than an earlier page: done).
    QCOMPARE(count(*f.sim, u"GET"_s, u"/v1/instances"_s), 3);
}

void TstClientSimulator::shouldListEveryInstanceWhenTheServerCapsPagesSilently()
{
    SimOptions options = SimFixture::testOptions();
    options.maxPageSize = 7; // answers 7 rows while echoing page_size=100
    options.silentPageCap = true;
    SimFixture f(options);
    const ApiResult r = f.fetchAll(InstancesApi::list());
    QVERIFY(r.ok());
    QCOMPARE(InstancesApi::parseInstances(r.rows()).items.size(), f.sim->state().instances.size());
    // 40 rows in pages of 7: five full pages, one of 5 (shorter than an earlier page: done).
    QCOMPARE(f.sim->state().instances.size(), 40);
    QCOMPARE(count(*f.sim, u"GET"_s, u"/v1/instances"_s), 6);
}

void TstClientSimulator::shouldReadAnInstanceDetailAndRemoteConsole()
{
    SimFixture f;
    const SimInstance *active = nullptr;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"active"_s) {
            active = &si;
            break;
        }
    }
    QVERIFY(active);
    const ApiResult r = f.call(InstancesApi::detail(active->data.id));
    QVERIFY(r.ok());
    const Parsed<Instance> parsed = InstancesApi::parseInstances(r.rows());
    QCOMPARE(parsed.items.size(), 1);
    // Everything but the secrets, which a detail neither asks for nor keeps.
    Instance expected = active->data;
    expected.defaultAccountUser.clear(); // default_account comes with the password only
    expected.defaultAccountPassword.clear();
    expected.vncLink.clear();
    expected.vncType.clear();
    QCOMPARE(parsed.items.first(), expected);
    QVERIFY(!r.rows().first().toObject().contains(u"vnc"_s));
    // Asked for on their own, they come with one request.
    const ApiResult secret = f.call(InstancesApi::secrets(active->data.id));
    QVERIFY(secret.ok());
    const InstancesApi::Secrets secrets = InstancesApi::parseSecrets(secret.rows());
    QCOMPARE(secrets.password, active->data.defaultAccountPassword);
    QCOMPARE(secrets.consoleLink, active->data.vncLink);

    const ApiResult console = f.call(InstancesApi::remoteConsole(active->data.id));
    QVERIFY(console.ok());
    const auto link = InstancesApi::parseRemoteConsole(console.rows());
    QVERIFY(link.has_value());
    QVERIFY(link->link.startsWith(u"https://"_s));

    const ApiResult missing = f.call(InstancesApi::detail(u"INSTANCE-doesnotexist0000000"_s));
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
}

void TstClientSimulator::shouldSignEncodedNonAsciiPaths()
{
    // The signed path is the percent-encoded path as sent; the server must agree (404, not 401).
    SimFixture f;
    const ApiResult r = f.call(InstancesApi::detail(u"서버 1/2"_s));
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error.errorCode, u"NOT_FOUND"_s);
}

void TstClientSimulator::shouldListUserScriptsAndSshKeys()
{
    SimFixture f;
    const ApiResult scripts = f.fetchAll(UserScriptsApi::list());
    QVERIFY(scripts.ok());
    QCOMPARE(UserScriptsApi::parseUserScripts(scripts.rows()).items.size(),
             f.sim->state().userScripts.size());
    const ApiResult keys = f.fetchAll(SshKeysApi::list());
    QVERIFY(keys.ok());
    QCOMPARE(SshKeysApi::parseSshKeys(keys.rows()).items.size(), f.sim->state().sshKeys.size());
    const ApiResult filtered = f.fetchAll(SshKeysApi::list(u"배포"_s));
    QVERIFY(filtered.ok());
    QCOMPARE(SshKeysApi::parseSshKeys(filtered.rows()).items.size(), 1);
}

void TstClientSimulator::shouldReadBlockStorage()
{
    SimFixture f;
    const ApiResult types = f.call(BlockStorageApi::types());
    QVERIFY(types.ok());
    QCOMPARE(BlockStorageApi::parseTypes(types.rows()).items.size(), 2);
    const ApiResult list = f.fetchAll(BlockStorageApi::list());
    QVERIFY(list.ok());
    const Parsed<BlockStorage> volumes = BlockStorageApi::parseVolumes(list.rows());
    QCOMPARE(volumes.items.size(), f.sim->state().volumes.size());
    const ApiResult detail = f.call(BlockStorageApi::detail(volumes.items.first().id));
    QVERIFY(detail.ok());
    QCOMPARE(BlockStorageApi::parseVolumes(detail.rows()).items.value(0), volumes.items.first());
}

void TstClientSimulator::shouldReadBills()
{
    SimFixture f;
    const ApiResult live = f.call(BillingApi::live());
    QVERIFY(live.ok());
    const Parsed<LiveBill> liveBills = BillingApi::parseLiveBills(live.rows());
    QCOMPARE(liveBills.items.size(), 1);
    QCOMPARE(liveBills.items.first().id, u"BILL-live"_s);
    QVERIFY(liveBills.items.first().price > 0);

    ApiRequest listing = BillingApi::list();
    listing.setQueryValue(u"page_size"_s, u"5"_s);
    const ApiResult list = f.fetchAll(listing); // page_no/page_size come back as strings
    QVERIFY(list.ok());
    const Parsed<Bill> bills = BillingApi::parseBills(list.rows());
    QCOMPARE(bills.items.size(), f.sim->state().bills.size());

    const ApiResult detail = f.call(BillingApi::detail(bills.items.first().id));
    QVERIFY(detail.ok());
    const Bill bill = BillingApi::parseBills(detail.rows()).items.value(0);
    QVERIFY(!bill.groups.isEmpty());
    QVERIFY(!bill.groups.first().items.isEmpty());
    QCOMPARE(bill.paymentPrice, bill.price + bill.vat);
}

void TstClientSimulator::shouldTreatEmptySetAsNoBills()
{
    SimFixture f;
    BillingApi::Query q;
    q.startDate = QDate(2001, 1, 1);
    q.endDate = QDate(2001, 12, 31);
    const ApiResult r = f.fetchAll(BillingApi::list(q));
    QVERIFY2(r.ok(), qPrintable(r.error.errorCode)); // HTTP 400 EMPTY_SET means "none"
    QVERIFY(r.rows().isEmpty());
}

void TstClientSimulator::shouldReadFirewalls()
{
    SimFixture f;
    const ApiResult list = f.fetchAll(FirewallsApi::list());
    QVERIFY(list.ok());
    const Parsed<Firewall> firewalls = FirewallsApi::parseFirewalls(list.rows());
    QCOMPARE(firewalls.items.size(), f.sim->state().firewalls.size());
    const ApiResult detail = f.call(FirewallsApi::detail(firewalls.items.first().id));
    QVERIFY(detail.ok());
    const Firewall fw = FirewallsApi::parseFirewalls(detail.rows()).items.value(0);
    QCOMPARE(fw.rules.size(), f.sim->state().firewalls.first().rules.size());
}

void TstClientSimulator::shouldCreateAnInstanceOnceWithMultipart()
{
    SimFixture f;
    InstancesApi::CreateSpec spec;
    spec.zoneId = u"kr1-z01"_s;
    spec.flavorId = u"std.c2m4"_s;
    spec.imageId = f.sim->state().images.at(5).id; // Ubuntu 22.04, every zone
    spec.name = u"웹서버-신규"_s;
    spec.description = u"생성 테스트"_s;
    spec.sshKeyIds = {f.sim->state().sshKeys.first().id};
    spec.volumes = {{20, u"data"_s}};
    const qsizetype before = f.sim->state().instances.size();
    const ApiResult r = f.call(InstancesApi::create(spec));
    QVERIFY2(r.ok(), qPrintable(r.error.errorCode + u' ' + r.error.message));
    QCOMPARE(r.httpStatus, 202);
    QCOMPARE(count(*f.sim, u"POST"_s, u"/v1/instances"_s), 1);
    const Instance created = InstancesApi::parseInstances(r.rows()).items.value(0);
    QCOMPARE(created.name, spec.name);
    QCOMPARE(created.status, u"building"_s);
    QCOMPARE(created.blockStorageIds.size(), 1);
    QCOMPARE(f.sim->state().instances.size(), before + 1);

    const ApiResult listed = f.fetchAll(InstancesApi::list({.name = u"신규"_s}));
    QCOMPARE(InstancesApi::parseInstances(listed.rows()).items.value(0).id, created.id);
}

void TstClientSimulator::shouldStartAndStopAnInstance()
{
    SimFixture f;
    QString offId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"off"_s) {
            offId = si.data.id;
            break;
        }
    }
    QVERIFY(!offId.isEmpty());
    const ApiResult started = f.call(InstancesApi::start(offId));
    QVERIFY(started.ok());
    QCOMPARE(started.httpStatus, 202);
    QCOMPARE(InstancesApi::parseInstances(f.call(InstancesApi::detail(offId)).rows())
                     .items.value(0)
                     .status,
             u"work"_s);
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    QCOMPARE(InstancesApi::parseInstances(f.call(InstancesApi::detail(offId)).rows())
                     .items.value(0)
                     .status,
             u"active"_s);
    const ApiResult again = f.call(InstancesApi::start(offId));
    QCOMPARE(again.error.kind, ApiError::Kind::Busy); // DELETED_OR_WORKING_INSTANCE
    QVERIFY(f.call(InstancesApi::shutdown(offId)).ok());
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    QCOMPARE(InstancesApi::parseInstances(f.call(InstancesApi::detail(offId)).rows())
                     .items.value(0)
                     .status,
             u"off"_s);
}

void TstClientSimulator::shouldEditAnInstanceWithKoreanText()
{
    SimFixture f;
    const QString id = f.sim->state().instances.first().data.id;
    const ApiResult r = f.call(InstancesApi::edit(id, u"결제 서버 \"A\" & B+C"_s, u"설명; 100%"_s));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const Instance edited = InstancesApi::parseInstances(r.rows()).items.value(0);
    QCOMPARE(edited.name, u"결제 서버 \"A\" & B+C"_s);
    QCOMPARE(edited.description, u"설명; 100%"_s);
}

void TstClientSimulator::shouldCreateAFirewallFromTheDocsExample()
{
    SimFixture f;
    const QJsonObject example = Fixtures::object(u"firewall-create-request.json"_s);
    FirewallsApi::Spec spec;
    spec.title = example.value(u"title"_s).toString();
    spec.content = example.value(u"content"_s).toString();
    spec.icmp = example.value(u"icmp"_s).toString() == u"Y"_s;
    spec.rules = FirewallsApi::parseRules(example.value(u"rules"_s).toArray());
    const ApiResult r = f.call(FirewallsApi::create(spec));
    QVERIFY2(r.ok(), qPrintable(r.error.errorCode + u' ' + r.error.message));
    const Firewall fw = FirewallsApi::parseFirewalls(r.rows()).items.value(0);
    QVERIFY(fw.id.startsWith(u"FIREWALL-"_s));
    QCOMPARE(fw.rules.size(), 2);
    QCOMPARE(fw.rules.at(1).protocol, u"UDP"_s);
    QCOMPARE(count(*f.sim, u"POST"_s, u"/v1/firewall"_s), 1);
}

void TstClientSimulator::shouldCreateAndDetachBlockStorage()
{
    SimFixture f;
    QString ownerId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"active"_s && si.data.blockStorageIds.isEmpty()) {
            ownerId = si.data.id;
            break;
        }
    }
    QVERIFY(!ownerId.isEmpty());
    const ApiResult created
            = f.call(BlockStorageApi::create({ownerId, u"ssd"_s, 50, u"로그"_s, QString()}));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const BlockStorage volume = BlockStorageApi::parseVolumes(created.rows()).items.value(0);
    QCOMPARE(volume.instanceId, ownerId);
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    QVERIFY(f.call(BlockStorageApi::detach(volume.id)).ok());
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    const BlockStorage after
            = BlockStorageApi::parseVolumes(f.call(BlockStorageApi::detail(volume.id)).rows())
                      .items.value(0);
    QVERIFY(after.instanceId.isEmpty());
    QVERIFY(f.call(BlockStorageApi::remove(volume.id)).ok());
}

void TstClientSimulator::shouldRebuildAndResizeThroughTheBuilders()
{
    SimFixture f;
    const SimInstance *server = nullptr;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"active"_s && si.data.flavor.id != u"std.c4m8"_s) {
            server = &si;
            break;
        }
    }
    QVERIFY(server);
    const QString id = server->data.id;
    QString imageId;
    for (const Image &image : f.sim->state().images) {
        if (image.id != server->data.image.id && image.visibility == u"public"_s) {
            imageId = image.id;
            break;
        }
    }
    QVERIFY(!imageId.isEmpty());
    const auto detail = [&] {
        return InstancesApi::parseInstances(f.call(InstancesApi::detail(id)).rows()).items.value(0);
    };

    const ApiResult rebuilt = f.call(InstancesApi::rebuild(id, imageId));
    QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.error.errorCode + u' ' + rebuilt.error.message));
    QCOMPARE(rebuilt.httpStatus, 202);
    QCOMPARE(detail().status, u"work"_s);
    f.clock.advanceMs(3 * SimFixture::testOptions().transitionMs); // a rebuild takes three steps
    QCOMPARE(detail().status, u"active"_s);
    QCOMPARE(detail().image.id, imageId);

    const ApiResult resized = f.call(InstancesApi::resize(id, u"std.c4m8"_s));
    QVERIFY2(resized.ok(), qPrintable(resized.error.errorCode + u' ' + resized.error.message));
    QCOMPARE(resized.httpStatus, 202);
    f.clock.advanceMs(3 * SimFixture::testOptions().transitionMs); // so does a resize
    const Instance after = detail();
    QCOMPARE(after.status, u"active"_s);
    QCOMPARE(after.flavor.id, u"std.c4m8"_s);
    QCOMPARE(after.flavor.vcpu, 4);
    QCOMPARE(count(*f.sim, u"POST"_s, u"/v1/instances/"_s + id + u"/rebuild"_s), 1);
    QCOMPARE(count(*f.sim, u"POST"_s, u"/v1/instances/"_s + id + u"/resize"_s), 1);
}

void TstClientSimulator::shouldAttachAVolumeThroughTheBuilder()
{
    SimFixture f;
    QString volumeId, serverId;
    for (const SimVolume &v : f.sim->state().volumes) {
        if (!v.data.instanceId.isEmpty()) {
            volumeId = v.data.id;
            serverId = v.data.instanceId;
            break;
        }
    }
    QVERIFY(!volumeId.isEmpty());
    const auto volume = [&] {
        return BlockStorageApi::parseVolumes(f.call(BlockStorageApi::detail(volumeId)).rows())
                .items.value(0);
    };
    QVERIFY(f.call(BlockStorageApi::detach(volumeId)).ok());
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    QVERIFY(volume().instanceId.isEmpty());

    const ApiResult attached = f.call(BlockStorageApi::attach(volumeId, serverId));
    QVERIFY2(attached.ok(), qPrintable(attached.error.errorCode + u' ' + attached.error.message));
    QCOMPARE(attached.httpStatus, 202);
    f.clock.advanceMs(SimFixture::testOptions().transitionMs);
    QCOMPARE(volume().instanceId, serverId);
    QCOMPARE(count(*f.sim, u"POST"_s,
                   u"/v1/block-storages/"_s + volumeId + u"/attach/"_s + serverId),
             1);
}

void TstClientSimulator::shouldEditAndDeleteAFirewallThroughTheBuilders()
{
    SimFixture f;
    FirewallsApi::Spec spec;
    spec.title = u"웹 방화벽"_s;
    spec.content = u"before"_s;
    spec.rules = {FirewallRule {QString(), u"IN"_s, u"TCP"_s, u"80"_s, u"0.0.0.0/0"_s, u"web"_s,
                                QString()}};
    const ApiResult created = f.call(FirewallsApi::create(spec));
    QVERIFY2(created.ok(), qPrintable(created.error.errorCode + u' ' + created.error.message));
    const QString id = FirewallsApi::parseFirewalls(created.rows()).items.value(0).id;
    QVERIFY(!id.isEmpty());

    // An edit replaces every rule.
    spec.content = u"after"_s;
    spec.rules = {FirewallRule {QString(), u"IN"_s, u"TCP"_s, u"443"_s, u"10.0.0.0/8"_s, u"tls"_s,
                                QString()},
                  FirewallRule {QString(), u"OUT"_s, u"UDP"_s, u"53"_s, u"0.0.0.0/0"_s, u"dns"_s,
                                QString()}};
    const ApiResult edited = f.call(FirewallsApi::edit(id, spec));
    QVERIFY2(edited.ok(), qPrintable(edited.error.errorCode + u' ' + edited.error.message));
    // The answer is the firewall as it now is.
    QCOMPARE(FirewallsApi::parseFirewalls(edited.rows()).items.value(0).rules.size(), 2);
    const Firewall after
            = FirewallsApi::parseFirewalls(f.call(FirewallsApi::detail(id)).rows()).items.value(0);
    QCOMPARE(after.content, u"after"_s);
    QCOMPARE(after.rules.size(), 2);
    QCOMPARE(after.rules.at(0).port, u"443"_s);
    QCOMPARE(after.rules.at(1).protocol, u"UDP"_s);

    const ApiResult removed = f.call(FirewallsApi::remove(id));
    QVERIFY2(removed.ok(), qPrintable(removed.error.errorCode + u' ' + removed.error.message));
    const ApiResult gone = f.call(FirewallsApi::detail(id));
    QVERIFY(!gone.ok() || FirewallsApi::parseFirewalls(gone.rows()).items.isEmpty());
    QCOMPARE(count(*f.sim, u"PUT"_s, u"/v1/firewall/"_s + id), 1);
    QCOMPARE(count(*f.sim, u"DELETE"_s, u"/v1/firewall/"_s + id), 1);
}

QTEST_GUILESS_MAIN(TstClientSimulator)
#include "tst_clientsimulator.moc"
