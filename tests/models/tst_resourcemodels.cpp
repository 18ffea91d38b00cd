// Browsing: every resource model under QAbstractItemModelTester through merges by id, with the
// roles the proxies, delegates and views rely on (sort, id, status tone, facets).
#include "api/apiclient.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "models/sshkeymodel.h"
#include "models/statustext.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "session/accountsession.h"
#include "util/manualclock.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// One row of each kind; every field a column shows is filled in.
Instance instance(const QString &id, const QString &name, const QString &status = u"active"_s)
{
    Instance in;
    in.id = id;
    in.name = name;
    in.status = status;
    in.zoneId = u"kr1-z01"_s;
    in.startDate = u"2025-03-04 05:06:07"_s;
    in.flavor.name = u"Standard 4vCore 16GB"_s;
    in.flavor.type = u"standard"_s;
    in.flavor.vcpu = 4;
    in.flavor.memoryGb = 16;
    in.flavor.diskGb = 100;
    in.image.name = u"Rocky Linux 9"_s;
    in.image.osType = u"ROCKYLINUX"_s;
    InstanceIp ip;
    ip.publicAddress = u"115.68.10.1"_s;
    ip.privateAddress = u"10.10.0.1"_s;
    in.ips = {ip};
    return in;
}

BlockStorage volume(const QString &id, const QString &name, const QString &status = u"in-use"_s,
                    const QString &instanceId = QString())
{
    BlockStorage v;
    v.id = id;
    v.name = name;
    v.type = u"SSD"_s;
    v.sizeGb = 50;
    v.status = status;
    v.zoneId = u"kr1-z02"_s;
    v.instanceId = instanceId;
    v.createdAt = u"2025-01-02 03:04:05"_s;
    return v;
}

FirewallRule rule(const QString &bound, const QString &port)
{
    FirewallRule r;
    r.bound = bound;
    r.protocol = u"TCP"_s;
    r.port = port;
    r.ip = u"0.0.0.0/0"_s;
    r.title = u"rule "_s + port;
    return r;
}

Firewall firewall(const QString &id, const QString &title, const QStringList &servers = {})
{
    Firewall f;
    f.id = id;
    f.title = title;
    f.content = u"기본 방화벽"_s;
    f.icmp = true;
    f.rules = {rule(u"IN"_s, u"22"_s), rule(u"IN"_s, u"80"_s), rule(u"IN"_s, u"443"_s),
               rule(u"OUT"_s, u"53"_s)};
    f.instanceIds = servers;
    return f;
}

Image image(const QString &id, const QString &name, const QString &status = u"available"_s)
{
    Image i;
    i.id = id;
    i.visibility = u"public"_s;
    i.osKind = u"OS"_s;
    i.osName = name;
    i.osStatus = status;
    i.osContent = {u"note"_s};
    i.osType = u"ROCKYLINUX"_s;
    i.osVersion = u"9"_s;
    i.zones = {u"kr1-z01"_s, u"kr2-z01"_s};
    return i;
}

Flavor flavor(const QString &id, const QString &name, const QString &status = u"available"_s)
{
    Flavor f;
    f.id = id;
    f.name = name;
    f.status = status;
    f.type = u"standard"_s;
    f.vcpu = 2;
    f.memoryGb = 4;
    f.diskGb = 50;
    f.network = u"1 Gbps"_s;
    f.zones = {u"kr1-z01"_s, u"kr2-z01"_s};
    f.full = Price {u"month"_s, 59'100, 5'910, 65'010, true};
    f.partial = Price {u"hour"_s, 82, 8, 90, true};
    return f;
}

Zone zone(const QString &id, const QString &name, const QString &status = u"available"_s)
{
    return Zone {id, name, status, {u"공지"_s}};
}

SshKey sshKey(const QString &id, const QString &name)
{
    return SshKey {id, name, u"2024-12-01 14:05:33"_s};
}

UserScript userScript(const QString &id, const QString &name)
{
    return UserScript {id, name, u"2024-11-30 09:00:00"_s};
}

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(Roles::IdRole).toString());
    return out;
}

//! Runs a model through merges that add, change and remove rows. \a rows: a, b, c, b changed
//! (same id), d.
template<class Model, class T>
void exerciseMerges(const QList<T> &rows)
{
    QCOMPARE(rows.size(), 5);
    const T &a = rows.at(0);
    const T &b = rows.at(1);
    const T &c = rows.at(2);
    const T &bChanged = rows.at(3);
    const T &d = rows.at(4);
    QCOMPARE(bChanged.id, b.id);
    QVERIFY(!(bChanged == b));

    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({a, b, c});
    QCOMPARE(idsOf(model), (QStringList {a.id, b.id, c.id}));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex kept(model.index(2, 0));
    model.merge({bChanged, c, d});
    QCOMPARE(idsOf(model), (QStringList {b.id, c.id, d.id}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), model.columnCount() - 1);
    QVERIFY(*model.item(0) == bChanged);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 1);
    QCOMPARE(model.rowOf(d.id), 2);
    QVERIFY(model.find(a.id) == nullptr);

    // The same listing again changes nothing.
    changed.clear();
    inserted.clear();
    removed.clear();
    model.merge({bChanged, c, d});
    QCOMPARE(changed.count() + inserted.count() + removed.count() + reset.count(), 0);

    model.merge({});
    QCOMPARE(model.rowCount(), 0);
    model.merge({d, a});
    QCOMPARE(idsOf(model), (QStringList {d.id, a.id}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 1);
}

//! A model of \a kind with two rows; the first row has \a status where the kind has one.
std::unique_ptr<QAbstractItemModel> filled(const QString &kind, const QString &status = QString())
{
    auto pick = [&status](const QString &fallback) { return status.isEmpty() ? fallback : status; };
    if (kind == u"instances"_s) {
        auto m = std::make_unique<InstanceModel>();
        m->merge({instance(u"INSTANCE-1"_s, u"web-1"_s, pick(u"active"_s)),
                  instance(u"INSTANCE-2"_s, u"web-2"_s)});
        return m;
    }
    if (kind == u"block storage"_s) {
        auto m = std::make_unique<BlockStorageModel>();
        m->merge({volume(u"BLOCK-1"_s, u"data-1"_s, pick(u"in-use"_s), u"INSTANCE-1"_s),
                  volume(u"BLOCK-2"_s, u"data-2"_s, u"available"_s)});
        return m;
    }
    if (kind == u"firewalls"_s) {
        auto m = std::make_unique<FirewallModel>();
        m->merge({firewall(u"FIREWALL-1"_s, u"web"_s, {u"INSTANCE-1"_s, u"INSTANCE-2"_s}),
                  firewall(u"FIREWALL-2"_s, u"db"_s)});
        return m;
    }
    if (kind == u"images"_s) {
        auto m = std::make_unique<ImageModel>();
        m->merge({image(u"PIMAGE-1"_s, u"Rocky Linux 9"_s, pick(u"available"_s)),
                  image(u"PIMAGE-2"_s, u"Ubuntu 22.04"_s)});
        return m;
    }
    if (kind == u"flavors"_s) {
        auto m = std::make_unique<FlavorModel>();
        m->merge({flavor(u"std.c2m4"_s, u"Standard 2vCore 4GB"_s, pick(u"available"_s)),
                  flavor(u"std.c4m8"_s, u"Standard 4vCore 8GB"_s)});
        return m;
    }
    if (kind == u"zones"_s) {
        auto m = std::make_unique<ZoneModel>();
        m->merge({zone(u"kr1-z01"_s, u"KR1 Z01"_s, pick(u"available"_s)),
                  zone(u"kr2-z01"_s, u"KR2 Z01"_s)});
        return m;
    }
    if (kind == u"ssh keys"_s) {
        auto m = std::make_unique<SshKeyModel>();
        m->merge({sshKey(u"SSHKEY-1"_s, u"my-laptop"_s), sshKey(u"SSHKEY-2"_s, u"배포용 키"_s)});
        return m;
    }
    if (kind == u"user scripts"_s) {
        auto m = std::make_unique<UserScriptModel>();
        m->merge({userScript(u"SCRIPT-1"_s, u"nginx 설치"_s),
                  userScript(u"SCRIPT-2"_s, u"docker-setup"_s)});
        return m;
    }
    return {};
}

const QStringList kKinds {u"instances"_s, u"block storage"_s, u"firewalls"_s, u"images"_s,
                          u"flavors"_s,   u"zones"_s,         u"ssh keys"_s,  u"user scripts"_s};

const QString kFirstId[] = {u"INSTANCE-1"_s, u"BLOCK-1"_s, u"FIREWALL-1"_s, u"PIMAGE-1"_s,
                            u"std.c2m4"_s,   u"kr1-z01"_s, u"SSHKEY-1"_s,   u"SCRIPT-1"_s};

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}
} // namespace

class TstResourceModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldPassTheModelTesterThroughMerges_data();
    void shouldPassTheModelTesterThroughMerges();
    void shouldHaveAHeaderForEveryColumn_data();
    void shouldHaveAHeaderForEveryColumn();
    void shouldAnswerTheIdRole_data();
    void shouldAnswerTheIdRole();
    void shouldSortNumericColumnsByNumber_data();
    void shouldSortNumericColumnsByNumber();
    void shouldGiveAStatusTone_data();
    void shouldGiveAStatusTone();
    void shouldGiveFacetsAsStringLists_data();
    void shouldGiveFacetsAsStringLists();
    void shouldShowUnknownStatusesAsWritten_data();
    void shouldShowUnknownStatusesAsWritten();
    void shouldKeepTheFirstCopyOfAnIdListedTwice();
    void shouldShowAServersNameOnAVolume();
    void shouldTellTheVolumePageWhenAServerIsRenamed();
    void shouldCountFirewallRulesAndFindAServersFirewall();
    void shouldShowFlavorPricesAsMoney();
    void shouldShowNamedResourcesWithTheirDate();
};

void TstResourceModels::shouldPassTheModelTesterThroughMerges_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : kKinds)
        QTest::newRow(qPrintable(kind)) << kind;
}

void TstResourceModels::shouldPassTheModelTesterThroughMerges()
{
    QFETCH(QString, kind);
    if (kind == u"instances"_s) {
        exerciseMerges<InstanceModel, Instance>(
                {instance(u"a"_s, u"web-1"_s), instance(u"b"_s, u"web-2"_s),
                 instance(u"c"_s, u"웹서버"_s), instance(u"b"_s, u"web-2"_s, u"off"_s),
                 instance(u"d"_s, u"db"_s)});
    } else if (kind == u"block storage"_s) {
        exerciseMerges<BlockStorageModel, BlockStorage>(
                {volume(u"a"_s, u"data"_s), volume(u"b"_s, u"logs"_s), volume(u"c"_s, u"백업"_s),
                 volume(u"b"_s, u"logs"_s, u"detaching"_s), volume(u"d"_s, u"uploads"_s)});
    } else if (kind == u"firewalls"_s) {
        Firewall bChanged = firewall(u"b"_s, u"db"_s);
        bChanged.rules.removeLast();
        exerciseMerges<FirewallModel, Firewall>(
                {firewall(u"a"_s, u"web"_s), firewall(u"b"_s, u"db"_s), firewall(u"c"_s, u"기본"_s),
                 bChanged, firewall(u"d"_s, u"empty"_s)});
    } else if (kind == u"images"_s) {
        exerciseMerges<ImageModel, Image>(
                {image(u"a"_s, u"Rocky"_s), image(u"b"_s, u"Ubuntu"_s), image(u"c"_s, u"Debian"_s),
                 image(u"b"_s, u"Ubuntu"_s, u"maintenance"_s), image(u"d"_s, u"Windows"_s)});
    } else if (kind == u"flavors"_s) {
        Flavor bChanged = flavor(u"b"_s, u"Standard 4"_s);
        bChanged.full.price = 70'000;
        exerciseMerges<FlavorModel, Flavor>(
                {flavor(u"a"_s, u"Standard 2"_s), flavor(u"b"_s, u"Standard 4"_s),
                 flavor(u"c"_s, u"GPU"_s), bChanged, flavor(u"d"_s, u"Memory 8"_s)});
    } else if (kind == u"zones"_s) {
        exerciseMerges<ZoneModel, Zone>(
                {zone(u"a"_s, u"KR1"_s), zone(u"b"_s, u"KR2"_s), zone(u"c"_s, u"KR3"_s),
                 zone(u"b"_s, u"KR2"_s, u"soldout"_s), zone(u"d"_s, u"KR4"_s)});
    } else if (kind == u"ssh keys"_s) {
        exerciseMerges<SshKeyModel, SshKey>({sshKey(u"a"_s, u"laptop"_s), sshKey(u"b"_s, u"ci"_s),
                                             sshKey(u"c"_s, u"배포용 키"_s),
                                             sshKey(u"b"_s, u"ci (renamed)"_s),
                                             sshKey(u"d"_s, u"desktop"_s)});
    } else if (kind == u"user scripts"_s) {
        exerciseMerges<UserScriptModel, UserScript>(
                {userScript(u"a"_s, u"nginx"_s), userScript(u"b"_s, u"docker"_s),
                 userScript(u"c"_s, u"시간대 설정"_s), userScript(u"b"_s, u"docker v2"_s),
                 userScript(u"d"_s, u"swap"_s)});
    } else {
        QFAIL("unknown kind");
    }
}

void TstResourceModels::shouldHaveAHeaderForEveryColumn_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("columns");
    QTest::newRow("instances") << u"instances"_s << int(InstanceModel::Column::Count);
    QTest::newRow("block storage") << u"block storage"_s << int(BlockStorageModel::Column::Count);
    QTest::newRow("firewalls") << u"firewalls"_s << int(FirewallModel::Column::Count);
    QTest::newRow("images") << u"images"_s << int(ImageModel::Column::Count);
    QTest::newRow("flavors") << u"flavors"_s << int(FlavorModel::Column::Count);
    QTest::newRow("zones") << u"zones"_s << int(ZoneModel::Column::Count);
    QTest::newRow("ssh keys") << u"ssh keys"_s << int(SshKeyModel::Column::Count);
    QTest::newRow("user scripts") << u"user scripts"_s << int(UserScriptModel::Column::Count);
}

void TstResourceModels::shouldHaveAHeaderForEveryColumn()
{
    QFETCH(QString, kind);
    QFETCH(int, columns);
    const auto model = filled(kind);
    QVERIFY(model);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), columns);
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(!header.isEmpty(), qPrintable(u"column %1"_s.arg(c)));
        headers.append(header);
        // Every cell of every column answers something for display or is deliberately empty;
        // none crashes, and the filter text is the shown text.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex cell = model->index(row, c);
            QCOMPARE(cell.data(Roles::FilterRole).toString(), cell.data().toString());
        }
    }
    // No header past the last column; no vertical header text.
    QVERIFY(!model->headerData(columns, Qt::Horizontal).isValid());
    QVERIFY(!model->headerData(-1, Qt::Horizontal).isValid());
    QVERIFY(!model->headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model->index(0, columns).isValid());
}

void TstResourceModels::shouldAnswerTheIdRole_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    for (qsizetype i = 0; i < kKinds.size(); ++i)
        QTest::newRow(qPrintable(kKinds.at(i))) << kKinds.at(i) << kFirstId[i];
}

void TstResourceModels::shouldAnswerTheIdRole()
{
    QFETCH(QString, kind);
    QFETCH(QString, id);
    const auto model = filled(kind);
    QVERIFY(model);
    for (int c = 0; c < model->columnCount(); ++c)
        QCOMPARE(model->index(0, c).data(Roles::IdRole).toString(), id);
    QVERIFY(model->index(1, 0).data(Roles::IdRole).toString() != id);
}

void TstResourceModels::shouldSortNumericColumnsByNumber_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("value");
    QTest::newRow("instance vCPU")
            << u"instances"_s << int(InstanceModel::Column::Vcpu) << qint64(4);
    QTest::newRow("instance memory")
            << u"instances"_s << int(InstanceModel::Column::Memory) << qint64(16);
    QTest::newRow("instance disk")
            << u"instances"_s << int(InstanceModel::Column::Disk) << qint64(100);
    QTest::newRow("volume size") << u"block storage"_s << int(BlockStorageModel::Column::Size)
                                 << qint64(50);
    QTest::newRow("firewall inbound")
            << u"firewalls"_s << int(FirewallModel::Column::Inbound) << qint64(3);
    QTest::newRow("firewall outbound")
            << u"firewalls"_s << int(FirewallModel::Column::Outbound) << qint64(1);
    QTest::newRow("firewall servers")
            << u"firewalls"_s << int(FirewallModel::Column::Servers) << qint64(2);
    QTest::newRow("flavor vCPU") << u"flavors"_s << int(FlavorModel::Column::Vcpu) << qint64(2);
    QTest::newRow("flavor memory") << u"flavors"_s << int(FlavorModel::Column::Memory) << qint64(4);
    QTest::newRow("flavor disk") << u"flavors"_s << int(FlavorModel::Column::Disk) << qint64(50);
    QTest::newRow("flavor monthly")
            << u"flavors"_s << int(FlavorModel::Column::Monthly) << qint64(59'100);
    QTest::newRow("flavor hourly")
            << u"flavors"_s << int(FlavorModel::Column::Hourly) << qint64(82);
}

void TstResourceModels::shouldSortNumericColumnsByNumber()
{
    QFETCH(QString, kind);
    QFETCH(int, column);
    QFETCH(qint64, value);
    const auto model = filled(kind);
    QVERIFY(model);
    const QVariant sort = model->index(0, column).data(Roles::SortRole);
    QVERIFY2(isNumber(sort), sort.typeName());
    QCOMPARE(sort.toLongLong(), value);
    // Text columns sort by their text.
    const QVariant name = model->index(0, 0).data(Roles::SortRole);
    QCOMPARE(name.typeId(), int(QMetaType::QString));
    QCOMPARE(name.toString(), model->index(0, 0).data().toString());
}

void TstResourceModels::shouldGiveAStatusTone_data()
{
    using Tone = StatusText::Tone;
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("tone");
    QTest::newRow("instance active") << u"instances"_s << u"active"_s << int(Tone::Good);
    QTest::newRow("instance off") << u"instances"_s << u"off"_s << int(Tone::Stopped);
    QTest::newRow("instance work") << u"instances"_s << u"work"_s << int(Tone::Busy);
    QTest::newRow("instance building") << u"instances"_s << u"building"_s << int(Tone::Busy);
    QTest::newRow("instance deleting") << u"instances"_s << u"deleting"_s << int(Tone::Busy);
    QTest::newRow("instance error") << u"instances"_s << u"error"_s << int(Tone::Bad);
    QTest::newRow("instance unknown") << u"instances"_s << u"migrating"_s << int(Tone::Neutral);
    QTest::newRow("volume in-use") << u"block storage"_s << u"in-use"_s << int(Tone::Good);
    QTest::newRow("volume available") << u"block storage"_s << u"available"_s << int(Tone::Stopped);
    QTest::newRow("volume attaching") << u"block storage"_s << u"attaching"_s << int(Tone::Busy);
    QTest::newRow("volume error") << u"block storage"_s << u"error"_s << int(Tone::Bad);
    QTest::newRow("image available") << u"images"_s << u"available"_s << int(Tone::Good);
    QTest::newRow("image maintenance") << u"images"_s << u"maintenance"_s << int(Tone::Stopped);
    QTest::newRow("flavor sold out") << u"flavors"_s << u"soldout"_s << int(Tone::Stopped);
    QTest::newRow("flavor available") << u"flavors"_s << u"available"_s << int(Tone::Good);
    QTest::newRow("zone available") << u"zones"_s << u"available"_s << int(Tone::Good);
    QTest::newRow("zone unknown") << u"zones"_s << u"closing"_s << int(Tone::Neutral);
}

void TstResourceModels::shouldGiveAStatusTone()
{
    QFETCH(QString, kind);
    QFETCH(QString, status);
    QFETCH(int, tone);
    const auto model = filled(kind, status);
    QVERIFY(model);
    const QVariant value = model->index(0, 0).data(Roles::StatusToneRole);
    QVERIFY(value.isValid());
    QCOMPARE(value.toInt(), tone);
    QCOMPARE(model->index(0, 0).data(Roles::StatusRole).toString(), status);
}

void TstResourceModels::shouldGiveFacetsAsStringLists_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("role");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("instance zone")
            << u"instances"_s << int(Roles::ZoneFacetRole) << QStringList {u"kr1-z01"_s};
    QTest::newRow("instance status")
            << u"instances"_s << int(Roles::StatusFacetRole) << QStringList {u"active"_s};
    QTest::newRow("instance OS") << u"instances"_s << int(Roles::OsFacetRole)
                                 << QStringList {u"ROCKYLINUX"_s};
    QTest::newRow("instance type")
            << u"instances"_s << int(Roles::TypeFacetRole) << QStringList {u"standard"_s};
    QTest::newRow("volume zone") << u"block storage"_s << int(Roles::ZoneFacetRole)
                                 << QStringList {u"kr1-z02"_s};
    QTest::newRow("volume status")
            << u"block storage"_s << int(Roles::StatusFacetRole) << QStringList {u"in-use"_s};
    QTest::newRow("volume type") << u"block storage"_s << int(Roles::TypeFacetRole)
                                 << QStringList {u"SSD"_s};
    QTest::newRow("image zones") << u"images"_s << int(Roles::ZoneFacetRole)
                                 << QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
    QTest::newRow("image OS") << u"images"_s << int(Roles::OsFacetRole)
                              << QStringList {u"ROCKYLINUX"_s};
    QTest::newRow("image kind") << u"images"_s << int(Roles::TypeFacetRole)
                                << QStringList {u"os"_s};
    QTest::newRow("image visibility")
            << u"images"_s << int(Roles::VisibilityFacetRole) << QStringList {u"public"_s};
    QTest::newRow("flavor zones") << u"flavors"_s << int(Roles::ZoneFacetRole)
                                  << QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
    QTest::newRow("flavor type") << u"flavors"_s << int(Roles::TypeFacetRole)
                                 << QStringList {u"standard"_s};
    QTest::newRow("flavor status")
            << u"flavors"_s << int(Roles::StatusFacetRole) << QStringList {u"available"_s};
    QTest::newRow("zone status") << u"zones"_s << int(Roles::StatusFacetRole)
                                 << QStringList {u"available"_s};
}

void TstResourceModels::shouldGiveFacetsAsStringLists()
{
    QFETCH(QString, kind);
    QFETCH(int, role);
    QFETCH(QStringList, values);
    const auto model = filled(kind);
    QVERIFY(model);
    const QVariant facet = model->index(0, 0).data(role);
    QCOMPARE(facet.typeId(), int(QMetaType::QStringList));
    QCOMPARE(facet.toStringList(), values);
}

void TstResourceModels::shouldShowUnknownStatusesAsWritten_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("status");
    QTest::newRow("instance") << u"instances"_s << int(InstanceModel::Column::Status)
                              << u"migrating"_s;
    QTest::newRow("volume") << u"block storage"_s << int(BlockStorageModel::Column::Status)
                            << u"resizing"_s;
    QTest::newRow("image") << u"images"_s << int(ImageModel::Column::Status) << u"deprecated"_s;
    QTest::newRow("flavor") << u"flavors"_s << int(FlavorModel::Column::Status) << u"hidden"_s;
    QTest::newRow("zone") << u"zones"_s << int(ZoneModel::Column::Status) << u"closing"_s;
}

void TstResourceModels::shouldShowUnknownStatusesAsWritten()
{
    QFETCH(QString, kind);
    QFETCH(int, column);
    QFETCH(QString, status);
    const auto model = filled(kind, status);
    QVERIFY(model);
    // As written (the reference), not as "Unknown (...)".
    QCOMPARE(model->index(0, column).data().toString(), status);
    // A known one is translated into words, not shown raw.
    QVERIFY(model->index(1, column).data().toString()
            != model->index(1, column).data(Roles::StatusRole).toString());
}

void TstResourceModels::shouldKeepTheFirstCopyOfAnIdListedTwice()
{
    // A server that repeats a row in a listing: one row, always the first copy, and a second
    // identical refresh changes nothing.
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Instance> listing {instance(u"a"_s, u"first copy"_s), instance(u"b"_s, u"other"_s),
                                   instance(u"a"_s, u"second copy"_s)};
    model.merge(listing);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.find(u"a"_s)->name, u"first copy"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.merge(listing);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.find(u"a"_s)->name, u"first copy"_s);
}

void TstResourceModels::shouldShowAServersNameOnAVolume()
{
    BlockStorageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({volume(u"v1"_s, u"data"_s, u"in-use"_s, u"INSTANCE-1"_s),
                 volume(u"v2"_s, u"spare"_s, u"available"_s),
                 volume(u"v3"_s, u"logs"_s, u"in-use"_s, u"INSTANCE-9"_s)});
    const int server = int(BlockStorageModel::Column::Server);
    // Without names: the id.
    QCOMPARE(model.index(0, server).data().toString(), u"INSTANCE-1"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServerNames(
            [](const QString &id) { return id == u"INSTANCE-1"_s ? u"웹서버-01"_s : QString(); });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(0, server));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(2, server));
    QCOMPARE(model.index(0, server).data().toString(), u"웹서버-01"_s);
    QCOMPARE(model.index(0, server).data(Roles::FilterRole).toString(), u"웹서버-01"_s);
    QCOMPARE(model.index(0, server).data(Qt::ToolTipRole).toString(), u"INSTANCE-1"_s);
    // Detached: nothing; a server the console does not know: its id.
    QCOMPARE(model.index(1, server).data().toString(), QString());
    QCOMPARE(model.index(2, server).data().toString(), u"INSTANCE-9"_s);
}

void TstResourceModels::shouldTellTheVolumePageWhenAServerIsRenamed()
{
    // The volume page searches and sorts by the server's name: when a server is renamed, the
    // volume model must tell its views and proxies, or their cached text goes stale.
    ManualClock clock;
    ApiClient client(&clock);
    AccountSession session(&client, false);
    session.instances()->merge({instance(u"INSTANCE-1"_s, u"old-name"_s)});
    session.volumes()->merge({volume(u"v1"_s, u"data"_s, u"in-use"_s, u"INSTANCE-1"_s)});
    const int server = int(BlockStorageModel::Column::Server);
    QCOMPARE(session.volumes()->index(0, server).data().toString(), u"old-name"_s);

    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(session.volumes());
    proxy.setSearchText(u"new-name"_s);
    QCOMPARE(proxy.rowCount(), 0);

    QSignalSpy changed(session.volumes(), &QAbstractItemModel::dataChanged);
    session.instances()->merge({instance(u"INSTANCE-1"_s, u"new-name"_s)});
    QCOMPARE(session.volumes()->index(0, server).data().toString(), u"new-name"_s);
    QVERIFY2(!changed.isEmpty(), "no dataChanged on the volume model after the server's rename");
    QCOMPARE(proxy.rowCount(), 1);
}

void TstResourceModels::shouldCountFirewallRulesAndFindAServersFirewall()
{
    FirewallModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Firewall empty = firewall(u"FIREWALL-2"_s, u"empty"_s);
    empty.rules.clear();
    empty.icmp = false;
    model.merge({firewall(u"FIREWALL-1"_s, u"web"_s, {u"srv-1"_s, u"srv-2"_s}), empty});
    auto cell = [&model](int row, FirewallModel::Column column) {
        return model.index(row, int(column)).data();
    };
    QCOMPARE(cell(0, FirewallModel::Column::Inbound).toLongLong(), 3);
    QCOMPARE(cell(0, FirewallModel::Column::Outbound).toLongLong(), 1);
    QCOMPARE(cell(0, FirewallModel::Column::Servers).toLongLong(), 2);
    QCOMPARE(cell(0, FirewallModel::Column::Title).toString(), u"web"_s);
    QCOMPARE(cell(0, FirewallModel::Column::Description).toString(), u"기본 방화벽"_s);
    QCOMPARE(cell(0, FirewallModel::Column::Icmp).toString(), u"Allowed"_s);
    QCOMPARE(cell(1, FirewallModel::Column::Inbound).toLongLong(), 0);
    QCOMPARE(cell(1, FirewallModel::Column::Outbound).toLongLong(), 0);
    QCOMPARE(cell(1, FirewallModel::Column::Servers).toLongLong(), 0);
    QCOMPARE(cell(1, FirewallModel::Column::Icmp).toString(), u"Blocked"_s);
    // Protecting servers reads as good, protecting none as stopped.
    QCOMPARE(model.index(0, 0).data(Roles::StatusToneRole).toInt(), int(StatusText::Tone::Good));
    QCOMPARE(model.index(1, 0).data(Roles::StatusToneRole).toInt(), int(StatusText::Tone::Stopped));

    QVERIFY(model.firewallOf(u"srv-2"_s));
    QCOMPARE(model.firewallOf(u"srv-2"_s)->id, u"FIREWALL-1"_s);
    QVERIFY(model.firewallOf(u"srv-3"_s) == nullptr);

    // srv-2 moves to the other firewall.
    Firewall moved = empty;
    moved.instanceIds = {u"srv-2"_s};
    model.merge({firewall(u"FIREWALL-1"_s, u"web"_s, {u"srv-1"_s}), moved});
    QCOMPARE(model.firewallOf(u"srv-2"_s)->id, u"FIREWALL-2"_s);
    QCOMPARE(model.firewallOf(u"srv-1"_s)->id, u"FIREWALL-1"_s);
    QCOMPARE(cell(0, FirewallModel::Column::Servers).toLongLong(), 1);
}

void TstResourceModels::shouldShowFlavorPricesAsMoney()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    FlavorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Flavor unpriced = flavor(u"gpu.x"_s, u"GPU"_s);
    unpriced.full = Price {};
    unpriced.partial = Price {};
    model.merge({flavor(u"std.c2m4"_s, u"Standard 2vCore 4GB"_s), unpriced});
    const int monthly = int(FlavorModel::Column::Monthly);
    const int hourly = int(FlavorModel::Column::Hourly);
    const QString monthlyText = model.index(0, monthly).data().toString();
    const QString hourlyText = model.index(0, hourly).data().toString();
    QLocale::setDefault(previous);
    QCOMPARE(monthlyText, u"₩59,100"_s);
    QCOMPARE(hourlyText, u"₩82"_s);
    QCOMPARE(model.index(0, monthly).data().toString(), Format::money(59'100));
    QCOMPARE(model.index(0, hourly).data().toString(), Format::money(82));
    QCOMPARE(model.index(0, monthly).data(Roles::SortRole).toLongLong(), 59'100);
    QCOMPARE(model.index(0, hourly).data(Roles::SortRole).toLongLong(), 82);
    QCOMPARE(model.index(0, monthly).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    // No price from the server: an empty cell, not ₩0.
    QCOMPARE(model.index(1, monthly).data().toString(), QString());
    QCOMPARE(model.index(1, hourly).data().toString(), QString());
    // Sizes read as GB.
    QCOMPARE(model.index(0, int(FlavorModel::Column::Memory)).data().toString(),
             Format::gigabytes(4));
}

void TstResourceModels::shouldShowNamedResourcesWithTheirDate()
{
    SshKeyModel keys;
    QAbstractItemModelTester tester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    keys.merge({sshKey(u"SSHKEY-1"_s, u"my-laptop"_s)});
    QCOMPARE(keys.index(0, int(SshKeyModel::Column::Name)).data().toString(), u"my-laptop"_s);
    // The API's time (KST), on a computer in UTC (tests/CMakeLists.txt): labelled.
    QCOMPARE(keys.index(0, int(SshKeyModel::Column::Registered)).data().toString(),
             u"2024-12-01 14:05 KST"_s);
    QCOMPARE(keys.index(0, int(SshKeyModel::Column::Id)).data().toString(), u"SSHKEY-1"_s);
    // Nothing to show a tone for.
    QVERIFY(!keys.index(0, 0).data(Roles::StatusToneRole).isValid());
    QCOMPARE(keys.headerData(int(SshKeyModel::Column::Id), Qt::Horizontal).toString(),
             u"SSH Key ID"_s);

    UserScriptModel scripts;
    scripts.merge({userScript(u"SCRIPT-1"_s, u"nginx 설치"_s)});
    QCOMPARE(scripts.index(0, int(UserScriptModel::Column::Registered)).data().toString(),
             u"2024-11-30 09:00 KST"_s);
    QCOMPARE(scripts.headerData(int(UserScriptModel::Column::Id), Qt::Horizontal).toString(),
             u"Script ID"_s);
}

QTEST_GUILESS_MAIN(TstResourceModels)
#include "tst_resourcemodels.moc"
