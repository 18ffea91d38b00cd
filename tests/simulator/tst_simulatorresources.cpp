// The simulator's other resources: block storage, firewalls in both dialects, billing, SSH keys
// and user scripts, against the API reference (shared/iwinv-api/README.md).
#include "api/firewallsapi.h"
#include "support/fixtures.h"
#include "support/simfixture.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Form = QMap<QString, QString>;
using Query = QMap<QString, QString>;

namespace {

const QString kRocky90 = u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s; // docs' image, kr2-z01
const QString kAbsent = u"<absent>"_s;

qint64 transitionMs(SimFixture &f)
{
    return f.sim->options().transitionMs;
}

QString imageNamed(SimFixture &f, const QString &name)
{
    const auto a
            = f.direct(u"GET"_s, u"/v1/images"_s, {{u"name"_s, name}, {u"page_size"_s, u"100"_s}});
    return a.result().isEmpty() ? QString()
                                : a.result().at(0).toObject().value(u"image_id"_s).toString();
}

//! A new instance in \a zone, brought to `active`; empty when that failed.
QString activeInstance(SimFixture &f, const QString &zone = u"kr2-z01"_s)
{
    const QString image = zone == u"kr2-z01"_s ? kRocky90 : imageNamed(f, u"Debian 12"_s);
    const auto a = f.direct(
            u"POST"_s, u"/v1/instances"_s, {},
            {{u"zone_id"_s, zone}, {u"flavor_id"_s, u"std.c2m4"_s}, {u"image_id"_s, image}});
    if (a.status != 202)
        return {};
    const QString id = a.result().at(0).toObject().value(u"instance_id"_s).toString();
    f.clock.advanceMs(2 * transitionMs(f));
    const auto d = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
    return d.result().at(0).toObject().value(u"status"_s).toString() == u"active"_s ? id
                                                                                    : QString();
}

QJsonObject volume(SimFixture &f, const QString &id)
{
    return f.direct(u"GET"_s, u"/v1/block-storages/"_s + id).result().at(0).toObject();
}

QJsonArray volumesOfInstance(SimFixture &f, const QString &instanceId)
{
    return f.direct(u"GET"_s, u"/v1/instances/"_s + instanceId)
            .result()
            .at(0)
            .toObject()
            .value(u"block_storage"_s)
            .toArray();
}

//! A new volume attached to \a instanceId, settled to `in-use`.
QString attachedVolume(SimFixture &f, const QString &instanceId, int size = 50)
{
    const auto a = f.direct(u"POST"_s, u"/v1/block-storages"_s, {},
                            {{u"instance_id"_s, instanceId},
                             {u"type"_s, u"ssd"_s},
                             {u"size"_s, QString::number(size)}});
    if (a.status != 202)
        return {};
    f.clock.advanceMs(transitionMs(f));
    return a.result().at(0).toObject().value(u"block_storage_id"_s).toString();
}

QStringList idsOf(const QJsonArray &rows, const QString &key)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(key).toString());
    return ids;
}

QJsonObject docsFirewall()
{
    return Fixtures::object(u"firewall-create-request.json"_s);
}

QJsonObject rule(const QString &port, const QString &title = u"rule"_s)
{
    return QJsonObject {{u"bound"_s, u"IN"_s}, {u"protocol"_s, u"TCP"_s},
                        {u"port"_s, port},     {u"ip"_s, u"10.0.0.0/8"_s},
                        {u"title"_s, title},   {u"content"_s, QString()}};
}

QString createFirewall(SimFixture &f, const QJsonObject &body = docsFirewall())
{
    const auto a = f.direct(u"POST"_s, u"/v1/firewall"_s, {}, {}, body);
    return a.status == 202 ? a.result().at(0).toObject().value(u"firewall_id"_s).toString()
                           : QString();
}

SimOptions withDialect(SimOptions::FirewallDialect dialect)
{
    SimOptions options = SimFixture::testOptions();
    options.firewallDialect = dialect;
    return options;
}

QJsonArray allBills(SimFixture &f)
{
    return f.direct(u"GET"_s, u"/v1/bill"_s, {{u"page_size"_s, u"100"_s}}).result();
}

} // namespace

class TstSimulatorResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Block storage
    void shouldListTheVolumeTypes();
    void shouldFilterVolumeTypesByCode_data();
    void shouldFilterVolumeTypesByCode();
    void shouldRejectAnUnknownTypeCodeInTheFilters_data();
    void shouldRejectAnUnknownTypeCodeInTheFilters();
    void shouldSeedVolumesOfTheListedTypes();
    void shouldFilterVolumes_data();
    void shouldFilterVolumes();
    void shouldDescribeAVolume();
    void shouldValidateVolumeCreate_data();
    void shouldValidateVolumeCreate();
    void shouldCreateAVolumeAttachedToItsInstance();
    void shouldLimitAnInstanceToThreeVolumes();
    void shouldRefuseToDeleteAnAttachedVolume();
    void shouldDetachThroughDetachingToAvailable();
    void shouldAttachOnlyWithinTheVolumesZone();
    void shouldDeleteAnAvailableVolume();

    // Firewalls, /v1/firewall dialect
    void shouldCreateTheDocsExampleFirewall();
    void shouldValidateFirewallRules_data();
    void shouldValidateFirewallRules();
    void shouldReplaceAllRulesOnEdit();
    void shouldKeepTheRulesWhenAnEditIsRefused();
    void shouldAttachAndDetachAFirewall();
    void shouldRefuseToDeleteAnAttachedFirewall();
    void shouldServeOnlyTheConfiguredDialect_data();
    void shouldServeOnlyTheConfiguredDialect();

    // Billing
    void shouldEstimateTheLiveBill();
    void shouldListBillsWithPagingAsStrings();
    void shouldKeepThirteenMonthlyBills();
    void shouldFilterBillsInclusively_data();
    void shouldFilterBillsInclusively();
    void shouldAnswerEmptySetWhenNoBillMatches_data();
    void shouldAnswerEmptySetWhenNoBillMatches();
    void shouldRejectADateInAnotherFormat();
    void shouldDescribeABillWithGroupsAndItems();
    void shouldAnswerAnUnknownBillWithNotFound();

    // SSH keys and user scripts
    void shouldListSshKeysByName_data();
    void shouldListSshKeysByName();
    void shouldListUserScriptsByName_data();
    void shouldListUserScriptsByName();
};

// ---- Block storage -----------------------------------------------------------------------

void TstSimulatorResources::shouldListTheVolumeTypes()
{
    // §6: lower-case codes; ssd 10-2000 GB everywhere (zones null), sata 10-20000 GB in one zone.
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/block-storages/types"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QHash<QString, QJsonObject> byType;
    for (const QJsonValue &v : a.result()) {
        const QJsonObject t = v.toObject();
        for (const QString &key : {u"type"_s, u"min"_s, u"max"_s, u"zones"_s})
            QVERIFY2(t.contains(key), qPrintable(key));
        byType.insert(t.value(u"type"_s).toString(), t);
    }
    QCOMPARE(QSet<QString>(byType.keyBegin(), byType.keyEnd()),
             (QSet<QString> {u"ssd"_s, u"sata"_s}));
    const QJsonObject ssd = byType.value(u"ssd"_s);
    QCOMPARE(ssd.value(u"min"_s).toInt(), 10);
    QCOMPARE(ssd.value(u"max"_s).toInt(), 2000);
    QVERIFY(ssd.value(u"zones"_s).isNull());
    const QJsonObject sata = byType.value(u"sata"_s);
    QCOMPARE(sata.value(u"min"_s).toInt(), 10);
    QCOMPARE(sata.value(u"max"_s).toInt(), 20000);
    QCOMPARE(sata.value(u"zones"_s).toArray(), QJsonArray {u"kr2-z01"_s});
}

void TstSimulatorResources::shouldFilterVolumeTypesByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("ssd") << u"ssd"_s;
    QTest::newRow("sata") << u"sata"_s;
}

void TstSimulatorResources::shouldFilterVolumeTypesByCode()
{
    QFETCH(QString, code);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/block-storages/types"_s, {{u"type"_s, code}});
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result(), u"type"_s), QStringList {code});
}

void TstSimulatorResources::shouldRejectAnUnknownTypeCodeInTheFilters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");
    for (const QString &path : {u"/v1/block-storages/types"_s, u"/v1/block-storages"_s}) {
        for (const QString &code : {u"SSD"_s, u"SATA"_s, u"HDD"_s, u"nvme"_s})
            QTest::addRow("%s type=%s", qPrintable(path), qPrintable(code)) << path << code;
    }
}

void TstSimulatorResources::shouldRejectAnUnknownTypeCodeInTheFilters()
{
    QFETCH(QString, path);
    QFETCH(QString, code);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, path, {{u"type"_s, code}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0xe"_s);
}

void TstSimulatorResources::shouldSeedVolumesOfTheListedTypes()
{
    SimFixture f;
    const QJsonArray all = f.direct(u"GET"_s, u"/v1/block-storages"_s).result();
    QVERIFY(all.size() >= 10);
    QSet<QString> types;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(u"type"_s).toString();
        types.insert(type);
        if (type == u"sata"_s)
            QCOMPARE(o.value(u"zone_id"_s).toString(), u"kr2-z01"_s);
    }
    QCOMPARE(types, (QSet<QString> {u"ssd"_s, u"sata"_s}));
}

void TstSimulatorResources::shouldFilterVolumes_data()
{
    QTest::addColumn<Query>("query");
    QTest::newRow("zone_id") << Query {{u"zone_id"_s, u"kr2-z01"_s}};
    QTest::newRow("type ssd") << Query {{u"type"_s, u"ssd"_s}};
    QTest::newRow("type sata") << Query {{u"type"_s, u"sata"_s}};
    QTest::newRow("name substring") << Query {{u"name"_s, u"data"_s}};
    QTest::newRow("Korean name") << Query {{u"name"_s, u"백업"_s}};
    QTest::newRow("zone and type") << Query {{u"zone_id"_s, u"kr2-z01"_s}, {u"type"_s, u"sata"_s}};
    QTest::newRow("nothing matches") << Query {{u"name"_s, u"no-such-volume"_s}};
}

void TstSimulatorResources::shouldFilterVolumes()
{
    QFETCH(Query, query);
    SimFixture f;
    const QJsonArray all = f.direct(u"GET"_s, u"/v1/block-storages"_s).result();
    QVERIFY(all.size() >= 10);
    QStringList expected;
    for (const QJsonValue &v : all) {
        const QJsonObject o = v.toObject();
        if (query.contains(u"zone_id"_s)
            && o.value(u"zone_id"_s).toString() != query.value(u"zone_id"_s))
            continue;
        if (query.contains(u"type"_s) && o.value(u"type"_s).toString() != query.value(u"type"_s))
            continue;
        if (query.contains(u"name"_s)
            && !o.value(u"name"_s).toString().contains(query.value(u"name"_s)))
            continue;
        expected.append(o.value(u"block_storage_id"_s).toString());
    }
    const auto a = f.direct(u"GET"_s, u"/v1/block-storages"_s, query);
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result(), u"block_storage_id"_s), expected);
    QCOMPARE(a.body.value(u"count"_s).toInt(), int(expected.size()));
    if (query.value(u"name"_s) != u"no-such-volume"_s)
        QVERIFY(!expected.isEmpty());
}

void TstSimulatorResources::shouldDescribeAVolume()
{
    SimFixture f;
    const QJsonObject listed
            = f.direct(u"GET"_s, u"/v1/block-storages"_s).result().at(0).toObject();
    const QString id = listed.value(u"block_storage_id"_s).toString();
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"GET"_s, u"/v1/block-storages/"_s + id);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    QCOMPARE(a.result().at(0).toObject(), listed);
    for (const QString &key :
         {u"block_storage_id"_s, u"name"_s, u"description"_s, u"type"_s, u"size"_s, u"status"_s,
          u"zone_id"_s, u"instance_id"_s, u"created_at"_s})
        QVERIFY2(listed.contains(key), qPrintable(key));

    const auto unknown = f.direct(u"GET"_s, u"/v1/block-storages/BLOCK-0000000000000000000000"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"NOT_FOUND"_s);
}

void TstSimulatorResources::shouldValidateVolumeCreate_data()
{
    QTest::addColumn<Form>("changes"); // on {instance_id: a kr2-z01 instance, type: ssd, size: 50}
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("instance_id missing")
            << Form {{u"instance_id"_s, kAbsent}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("type missing") << Form {{u"type"_s, kAbsent}} << 400
                                  << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("size missing") << Form {{u"size"_s, kAbsent}} << 400
                                  << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("size empty") << Form {{u"size"_s, QString()}} << 400
                                << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("size below the minimum")
            << Form {{u"size"_s, u"5"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("size zero") << Form {{u"size"_s, u"0"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("size negative") << Form {{u"size"_s, u"-10"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("size above the ssd maximum")
            << Form {{u"size"_s, u"2010"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("size off the 10 GB step")
            << Form {{u"size"_s, u"55"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("size not a number") << Form {{u"size"_s, u"fifty"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("type upper case")
            << Form {{u"type"_s, u"SSD"_s}} << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("type HDD") << Form {{u"type"_s, u"HDD"_s}} << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("type unknown") << Form {{u"type"_s, u"NVMe"_s}} << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("sata where the zone has none")
            << Form {{u"instance_id"_s, u"@kr1-z02"_s}, {u"type"_s, u"sata"_s}} << 400
            << u"UNAVAILABLE_COMBINATION"_s;
    QTest::newRow("size above the sata maximum")
            << Form {{u"type"_s, u"sata"_s}, {u"size"_s, u"20010"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("name of 51") << Form {{u"name"_s, QString(51, u'v')}} << 400
                                << u"CHECK_LENGTH"_s;
    QTest::newRow("description of 256")
            << Form {{u"description"_s, QString(256, u'v')}} << 400 << u"CHECK_LENGTH"_s;

    QTest::newRow("ssd minimum") << Form {{u"size"_s, u"10"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("ssd maximum") << Form {{u"size"_s, u"2000"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("sata minimum where offered")
            << Form {{u"type"_s, u"sata"_s}, {u"size"_s, u"10"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("sata maximum where offered")
            << Form {{u"type"_s, u"sata"_s}, {u"size"_s, u"20000"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("ssd in the small zone")
            << Form {{u"instance_id"_s, u"@kr1-z02"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("Korean name of 50")
            << Form {{u"name"_s, QString(u"볼"_s).repeated(50)}} << 202 << u"SUCCESS"_s;
}

void TstSimulatorResources::shouldValidateVolumeCreate()
{
    QFETCH(Form, changes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SimFixture f;
    Form form {{u"instance_id"_s, u"@kr2-z01"_s}, {u"type"_s, u"ssd"_s}, {u"size"_s, u"50"_s}};
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() == kAbsent)
            form.remove(it.key());
        else
            form.insert(it.key(), it.value());
    }
    if (form.value(u"instance_id"_s).startsWith(u'@')) {
        const QString instance = activeInstance(f, form.value(u"instance_id"_s).mid(1));
        QVERIFY(!instance.isEmpty());
        form.insert(u"instance_id"_s, instance);
    }
    const qsizetype before = f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size();

    const auto a = f.direct(u"POST"_s, u"/v1/block-storages"_s, {}, form);
    QCOMPARE(a.status, status);
    QCOMPARE(a.errorCode(), code);
    if (code == u"CHECK_PARAM_ENUM"_s) {
        // The refusal names the codes that exist.
        const QString message = a.body.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"ssd"_s) && message.contains(u"sata"_s), qPrintable(message));
    }
    const qsizetype created = status == 202 ? 1 : 0;
    QCOMPARE(f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size(), before + created);
    if (created) {
        const QJsonObject v = a.result().at(0).toObject();
        QCOMPARE(v.value(u"size"_s).toInt(), form.value(u"size"_s).toInt());
        QCOMPARE(v.value(u"type"_s).toString(), form.value(u"type"_s));
        QCOMPARE(v.value(u"instance_id"_s).toString(), form.value(u"instance_id"_s));
    }
}

void TstSimulatorResources::shouldCreateAVolumeAttachedToItsInstance()
{
    SimFixture f;
    const QString instance = activeInstance(f);
    QVERIFY(!instance.isEmpty());
    const auto a = f.direct(u"POST"_s, u"/v1/block-storages"_s, {},
                            {{u"instance_id"_s, instance},
                             {u"type"_s, u"ssd"_s},
                             {u"size"_s, u"100"_s},
                             {u"name"_s, u"로그 디스크"_s},
                             {u"description"_s, u"30일 보관"_s}});
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject created = a.result().at(0).toObject();
    const QString id = created.value(u"block_storage_id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value(u"name"_s).toString(), u"로그 디스크"_s);
    QCOMPARE(created.value(u"instance_id"_s).toString(), instance);
    QCOMPARE(created.value(u"zone_id"_s).toString(), u"kr2-z01"_s);
    QVERIFY(created.value(u"status"_s).toString() != u"in-use"_s);
    QVERIFY(volumesOfInstance(f, instance).contains(id));

    f.clock.advanceMs(transitionMs(f));
    const QJsonObject settled = volume(f, id);
    QCOMPARE(settled.value(u"status"_s).toString(), u"in-use"_s);
    QCOMPARE(settled.value(u"description"_s).toString(), u"30일 보관"_s);
    QVERIFY(idsOf(f.direct(u"GET"_s, u"/v1/block-storages"_s).result(), u"block_storage_id"_s)
                    .contains(id));
}

void TstSimulatorResources::shouldLimitAnInstanceToThreeVolumes()
{
    SimFixture f;
    const QString instance = activeInstance(f);
    QVERIFY(!instance.isEmpty());
    for (int i = 0; i < 3; ++i)
        QVERIFY(!attachedVolume(f, instance).isEmpty());
    QCOMPARE(volumesOfInstance(f, instance).size(), 3);
    const auto a
            = f.direct(u"POST"_s, u"/v1/block-storages"_s, {},
                       {{u"instance_id"_s, instance}, {u"type"_s, u"ssd"_s}, {u"size"_s, u"10"_s}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"LIMIT_EXCEEDED"_s);
    QCOMPARE(volumesOfInstance(f, instance).size(), 3);
}

void TstSimulatorResources::shouldRefuseToDeleteAnAttachedVolume()
{
    SimFixture f;
    const QString instance = activeInstance(f);
    const QString id = attachedVolume(f, instance);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"DELETE"_s, u"/v1/block-storages/"_s + id);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"IN_USE"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x15"_s);
    f.clock.advanceMs(5 * transitionMs(f));
    QCOMPARE(volume(f, id).value(u"status"_s).toString(), u"in-use"_s);
    QCOMPARE(volume(f, id).value(u"instance_id"_s).toString(), instance);
}

void TstSimulatorResources::shouldDetachThroughDetachingToAvailable()
{
    SimFixture f;
    const QString instance = activeInstance(f);
    const QString id = attachedVolume(f, instance);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"detaching"_s);
    f.clock.advanceMs(transitionMs(f) - 1);
    QCOMPARE(volume(f, id).value(u"status"_s).toString(), u"detaching"_s);
    f.clock.advanceMs(1);
    const QJsonObject v = volume(f, id);
    QCOMPARE(v.value(u"status"_s).toString(), u"available"_s);
    QVERIFY(v.value(u"instance_id"_s).isNull());
    QVERIFY(!volumesOfInstance(f, instance).contains(id));

    // Detaching a detached volume is refused.
    const auto again = f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s);
    QCOMPARE(again.status, 400);
    QVERIFY(again.errorCode() != u"SUCCESS"_s);
}

void TstSimulatorResources::shouldAttachOnlyWithinTheVolumesZone()
{
    SimFixture f;
    const QString owner = activeInstance(f);
    const QString elsewhere = activeInstance(f, u"kr1-z02"_s);
    const QString sameZone = activeInstance(f);
    QVERIFY(!owner.isEmpty() && !elsewhere.isEmpty() && !sameZone.isEmpty());
    const QString id = attachedVolume(f, owner);
    QCOMPARE(f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s).status, 202);
    f.clock.advanceMs(transitionMs(f));
    QCOMPARE(volume(f, id).value(u"status"_s).toString(), u"available"_s);

    const auto other
            = f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/attach/"_s + elsewhere);
    QCOMPARE(other.status, 400);
    QCOMPARE(other.errorCode(), u"UNAVAILABLE_COMBINATION"_s);
    QVERIFY(volume(f, id).value(u"instance_id"_s).isNull());
    QVERIFY(volumesOfInstance(f, elsewhere).isEmpty());

    const auto a = f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/attach/"_s + sameZone);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"attaching"_s);
    f.clock.advanceMs(transitionMs(f));
    const QJsonObject v = volume(f, id);
    QCOMPARE(v.value(u"status"_s).toString(), u"in-use"_s);
    QCOMPARE(v.value(u"instance_id"_s).toString(), sameZone);
    QVERIFY(volumesOfInstance(f, sameZone).contains(id));

    // Already attached: refused.
    const auto twice = f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/attach/"_s + owner);
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.errorCode(), u"IN_USE"_s);
}

void TstSimulatorResources::shouldDeleteAnAvailableVolume()
{
    SimFixture f;
    const QString instance = activeInstance(f);
    const QString id = attachedVolume(f, instance);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.direct(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s).status, 202);
    f.clock.advanceMs(transitionMs(f));

    const auto a = f.direct(u"DELETE"_s, u"/v1/block-storages/"_s + id);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    f.clock.advanceMs(transitionMs(f));
    const auto gone = f.direct(u"GET"_s, u"/v1/block-storages/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"NOT_FOUND"_s);
    QVERIFY(!idsOf(f.direct(u"GET"_s, u"/v1/block-storages"_s).result(), u"block_storage_id"_s)
                     .contains(id));
    QCOMPARE(f.direct(u"DELETE"_s, u"/v1/block-storages/"_s + id).status, 404);
}

// ---- Firewalls ---------------------------------------------------------------------------

void TstSimulatorResources::shouldCreateTheDocsExampleFirewall()
{
    SimFixture f;
    const QJsonObject example = docsFirewall();
    QCOMPARE(example.value(u"title"_s).toString(), u"Firewall01"_s);
    const qsizetype before
            = f.direct(u"GET"_s, u"/v1/firewall"_s, {{u"page_size"_s, u"100"_s}}).result().size();

    const auto a = f.direct(u"POST"_s, u"/v1/firewall"_s, {}, {}, example);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject created = a.result().at(0).toObject();
    const QString id = created.value(u"firewall_id"_s).toString();
    QVERIFY2(id.startsWith(u"FIREWALL-"_s), qPrintable(id));
    for (const QString &key : {u"title"_s, u"content"_s, u"icmp"_s})
        QCOMPARE(created.value(key), example.value(key));
    const QJsonArray rules = created.value(u"rules"_s).toArray();
    const QJsonArray asked = example.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), asked.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        for (const QString &key :
             {u"bound"_s, u"protocol"_s, u"port"_s, u"ip"_s, u"title"_s, u"content"_s})
            QCOMPARE(rules.at(i).toObject().value(key), asked.at(i).toObject().value(key));
    }

    const auto detail = f.direct(u"GET"_s, u"/v1/firewall/"_s + id);
    QCOMPARE(detail.status, 200);
    QCOMPARE(detail.result().at(0).toObject(), created);
    const auto list = f.direct(u"GET"_s, u"/v1/firewall"_s, {{u"page_size"_s, u"100"_s}});
    QCOMPARE(list.result().size(), before + 1);
    QVERIFY(idsOf(list.result(), u"firewall_id"_s).contains(id));

    // The client's builder sends the same thing.
    FirewallsApi::Spec spec;
    spec.title = u"웹 방화벽"_s;
    spec.icmp = true;
    spec.rules = {FirewallRule {QString(), u"IN"_s, u"TCP"_s, u"443"_s, u"0.0.0.0/0"_s, u"HTTPS"_s,
                                QString()}};
    const auto built = f.direct(FirewallsApi::create(spec));
    QCOMPARE(built.status, 202);
    QCOMPARE(built.result().at(0).toObject().value(u"rules"_s).toArray().size(), 1);
}

void TstSimulatorResources::shouldValidateFirewallRules_data()
{
    QTest::addColumn<QString>("key"); // of the docs example's first rule; "<duplicate>" doubles it
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("protocol tcp") << u"protocol"_s << u"tcp"_s << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("protocol ICMP") << u"protocol"_s << u"ICMP"_s << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("protocol Udp") << u"protocol"_s << u"Udp"_s << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("bound inbound") << u"bound"_s << u"inbound"_s << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("bound in") << u"bound"_s << u"in"_s << 400 << u"CHECK_PARAM_ENUM"_s;
    QTest::newRow("IPv6 CIDR") << u"ip"_s << u"2001:db8::/64"_s << 400 << u"IPV6_NOT_SUPPORTED"_s;
    QTest::newRow("IPv6 any") << u"ip"_s << u"::/0"_s << 400 << u"IPV6_NOT_SUPPORTED"_s;
    QTest::newRow("port 0") << u"port"_s << u"0"_s << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("port 0-65535") << u"port"_s << u"0-65535"_s << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("port 65536") << u"port"_s << u"65536"_s << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("port word") << u"port"_s << u"http"_s << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("address without prefix")
            << u"ip"_s << u"192.168.1.10"_s << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("exact duplicate") << u"<duplicate>"_s << QString() << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("title of 26") << u"title"_s << QString(26, u't') << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("Korean title of 26")
            << u"title"_s << QString(u"규"_s).repeated(26) << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("empty title") << u"title"_s << QString() << 400 << u"CHECK_LENGTH"_s;

    QTest::newRow("title of 25") << u"title"_s << QString(25, u't') << 202 << u"SUCCESS"_s;
    QTest::newRow("Korean title of 25")
            << u"title"_s << QString(u"규"_s).repeated(25) << 202 << u"SUCCESS"_s;
    QTest::newRow("port range") << u"port"_s << u"10000-10002"_s << 202 << u"SUCCESS"_s;
    QTest::newRow("port 65535") << u"port"_s << u"65535"_s << 202 << u"SUCCESS"_s;
    QTest::newRow("any IPv4") << u"ip"_s << u"0.0.0.0/0"_s << 202 << u"SUCCESS"_s;
}

void TstSimulatorResources::shouldValidateFirewallRules()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, code);
    SimFixture f;
    QJsonObject body = docsFirewall();
    QJsonArray rules = body.value(u"rules"_s).toArray();
    QJsonObject first = rules.at(0).toObject();
    if (key == u"<duplicate>"_s) {
        rules.append(first);
    } else {
        first.insert(key, value);
        rules.replace(0, first);
    }
    body.insert(u"rules"_s, rules);
    const qsizetype before
            = f.direct(u"GET"_s, u"/v1/firewall"_s, {{u"page_size"_s, u"100"_s}}).result().size();

    const auto a = f.direct(u"POST"_s, u"/v1/firewall"_s, {}, {}, body);
    QCOMPARE(a.status, status);
    QCOMPARE(a.errorCode(), code);
    const qsizetype after
            = f.direct(u"GET"_s, u"/v1/firewall"_s, {{u"page_size"_s, u"100"_s}}).result().size();
    QCOMPARE(after, before + (status == 202 ? 1 : 0));
}

void TstSimulatorResources::shouldReplaceAllRulesOnEdit()
{
    SimFixture f;
    const QString id = createFirewall(f);
    QVERIFY(!id.isEmpty());
    const QJsonObject edit {{u"title"_s, u"Firewall02"_s},
                            {u"content"_s, u"only SSH"_s},
                            {u"icmp"_s, u"N"_s},
                            {u"rules"_s, QJsonArray {rule(u"22"_s, u"SSH"_s)}}};
    const auto a = f.direct(u"PUT"_s, u"/v1/firewall/"_s + id, {}, {}, edit);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    const QJsonObject detail
            = f.direct(u"GET"_s, u"/v1/firewall/"_s + id).result().at(0).toObject();
    QCOMPARE(detail.value(u"title"_s).toString(), u"Firewall02"_s);
    QCOMPARE(detail.value(u"icmp"_s).toString(), u"N"_s);
    const QJsonArray rules = detail.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.at(0).toObject().value(u"port"_s).toString(), u"22"_s);
    QCOMPARE(rules.at(0).toObject().value(u"title"_s).toString(), u"SSH"_s);

    // An empty list removes every rule.
    QJsonObject none = edit;
    none.insert(u"rules"_s, QJsonArray());
    QCOMPARE(f.direct(u"PUT"_s, u"/v1/firewall/"_s + id, {}, {}, none).status, 200);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/firewall/"_s + id)
                     .result()
                     .at(0)
                     .toObject()
                     .value(u"rules"_s)
                     .toArray()
                     .size(),
             0);

    const auto unknown
            = f.direct(u"PUT"_s, u"/v1/firewall/FIREWALL-0000000000000000000000"_s, {}, {}, edit);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"NOT_FOUND"_s);
}

void TstSimulatorResources::shouldKeepTheRulesWhenAnEditIsRefused()
{
    SimFixture f;
    const QString id = createFirewall(f);
    QVERIFY(!id.isEmpty());
    QJsonObject bad {{u"title"_s, u"changed"_s}, {u"icmp"_s, u"Y"_s}};
    QJsonObject lower = rule(u"22"_s);
    lower.insert(u"protocol"_s, u"tcp"_s);
    bad.insert(u"rules"_s, QJsonArray {rule(u"80"_s), lower});
    const auto a = f.direct(u"PUT"_s, u"/v1/firewall/"_s + id, {}, {}, bad);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM_ENUM"_s);
    const QJsonObject detail
            = f.direct(u"GET"_s, u"/v1/firewall/"_s + id).result().at(0).toObject();
    QCOMPARE(detail.value(u"title"_s).toString(), u"Firewall01"_s);
    QCOMPARE(detail.value(u"rules"_s).toArray().size(), 2);
}

void TstSimulatorResources::shouldAttachAndDetachAFirewall()
{
    SimFixture f;
    const QString id = createFirewall(f);
    const QString instance = activeInstance(f);
    QVERIFY(!id.isEmpty() && !instance.isEmpty());

    const auto a = f.direct(FirewallsApi::attach(id, instance));
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QVERIFY(f.direct(u"GET"_s, u"/v1/firewall/"_s + id)
                    .result()
                    .at(0)
                    .toObject()
                    .value(u"instances"_s)
                    .toArray()
                    .contains(instance));

    const auto d = f.direct(FirewallsApi::detach(id, instance));
    QCOMPARE(d.status, 202);
    QVERIFY(!f.direct(u"GET"_s, u"/v1/firewall/"_s + id)
                     .result()
                     .at(0)
                     .toObject()
                     .value(u"instances"_s)
                     .toArray()
                     .contains(instance));

    const auto missing = f.direct(u"POST"_s, u"/v1/firewall/"_s + id + u"/attach"_s, {}, {},
                                  {{u"other"_s, u"x"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), u"REQUIRED_POST_PARAM_MISSING"_s);
    const auto unknown = f.direct(FirewallsApi::attach(id, u"INSTANCE-0000000000000000000000"_s));
    QCOMPARE(unknown.status, 404);
}

void TstSimulatorResources::shouldRefuseToDeleteAnAttachedFirewall()
{
    SimFixture f;
    const QString id = createFirewall(f);
    const QString instance = activeInstance(f);
    QVERIFY(!id.isEmpty() && !instance.isEmpty());
    QCOMPARE(f.direct(FirewallsApi::attach(id, instance)).status, 202);

    const auto refused = f.direct(u"DELETE"_s, u"/v1/firewall/"_s + id);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"IN_USE"_s);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/firewall/"_s + id).status, 200);

    QCOMPARE(f.direct(FirewallsApi::detach(id, instance)).status, 202);
    const auto deleted = f.direct(u"DELETE"_s, u"/v1/firewall/"_s + id);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.errorCode(), u"SUCCESS"_s);
    const auto gone = f.direct(u"GET"_s, u"/v1/firewall/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"NOT_FOUND"_s);
}

void TstSimulatorResources::shouldServeOnlyTheConfiguredDialect_data()
{
    QTest::addColumn<bool>("groups");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("groups: firewall list") << true << u"GET"_s << u"/v1/firewall"_s;
    QTest::newRow("groups: firewall create") << true << u"POST"_s << u"/v1/firewall"_s;
    QTest::newRow("groups: firewall detail") << true << u"GET"_s << u"/v1/firewall/@first"_s;
    QTest::newRow("groups: firewall attach")
            << true << u"POST"_s << u"/v1/firewall/@first/attach"_s;
    QTest::newRow("firewall: group list") << false << u"GET"_s << u"/v1/security-groups"_s;
    QTest::newRow("firewall: group rules")
            << false << u"GET"_s << u"/v1/security-groups/@first/rules"_s;
}

void TstSimulatorResources::shouldServeOnlyTheConfiguredDialect()
{
    QFETCH(bool, groups);
    QFETCH(QString, method);
    QFETCH(QString, path);
    SimFixture f(withDialect(groups ? SimOptions::FirewallDialect::SecurityGroups
                                    : SimOptions::FirewallDialect::Firewall));
    const QString listPath = groups ? u"/v1/security-groups"_s : u"/v1/firewall"_s;
    const auto list = f.direct(u"GET"_s, listPath);
    QCOMPARE(list.status, 200);
    QVERIFY(!list.result().isEmpty());
    const QString firstId = list.result().at(0).toObject().value(u"firewall_id"_s).toString();
    QVERIFY(!firstId.isEmpty());
    path.replace(u"@first"_s, firstId);

    const auto a = f.direct(method, path, {}, {}, docsFirewall());
    QCOMPARE(a.status, 404);
    QCOMPARE(a.errorCode(), u"NOT_FOUND"_s);
}

// ---- Billing -----------------------------------------------------------------------------

void TstSimulatorResources::shouldEstimateTheLiveBill()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/bill/live"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject live = a.result().at(0).toObject();
    const QStringList keys = live.keys();
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()),
             (QSet<QString> {u"bill_id"_s, u"start_date"_s, u"end_date"_s, u"price"_s,
                             u"currency"_s}));
    QCOMPARE(live.value(u"bill_id"_s).toString(), u"BILL-live"_s);
    // The fixture's clock stands on 2026-09-21.
    QCOMPARE(live.value(u"start_date"_s).toString(), u"2026-09-01"_s);
    QCOMPARE(live.value(u"end_date"_s).toString(), u"2026-09-21"_s);
    QCOMPARE(live.value(u"currency"_s).toString(), u"KRW"_s);
    QVERIFY(live.value(u"price"_s).isDouble());
    const double price = live.value(u"price"_s).toDouble();
    QVERIFY(price > 0);
    QCOMPARE(price, double(qint64(price)));

    // It grows with the month.
    f.clock.advanceSecs(2 * 86'400);
    const QJsonObject later = f.direct(u"GET"_s, u"/v1/bill/live"_s).result().at(0).toObject();
    QCOMPARE(later.value(u"end_date"_s).toString(), u"2026-09-23"_s);
    QVERIFY(later.value(u"price"_s).toDouble() > price);
}

void TstSimulatorResources::shouldListBillsWithPagingAsStrings()
{
    SimFixture f;
    const auto first = f.direct(u"GET"_s, u"/v1/bill"_s);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.result().size(), 10);
    QCOMPARE(first.body.value(u"count"_s).toInt(), 10);
    QVERIFY(first.body.value(u"page_no"_s).isString());
    QVERIFY(first.body.value(u"page_size"_s).isString());
    QCOMPARE(first.body.value(u"page_no"_s).toString(), u"1"_s);
    QCOMPARE(first.body.value(u"page_size"_s).toString(), u"10"_s);

    const auto second = f.direct(u"GET"_s, u"/v1/bill"_s, {{u"page_no"_s, u"2"_s}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.result().size(), 4);
    QCOMPARE(second.body.value(u"count"_s).toInt(), 4);
    QCOMPARE(second.body.value(u"page_no"_s).toString(), u"2"_s);
    const QStringList both
            = idsOf(first.result(), u"bill_id"_s) + idsOf(second.result(), u"bill_id"_s);
    QCOMPARE(QSet<QString>(both.begin(), both.end()).size(), 14);

    const auto small
            = f.direct(u"GET"_s, u"/v1/bill"_s, {{u"page_size"_s, u"3"_s}, {u"page_no"_s, u"5"_s}});
    QCOMPARE(small.result().size(), 2);
    QCOMPARE(small.body.value(u"page_size"_s).toString(), u"3"_s);
}

void TstSimulatorResources::shouldKeepThirteenMonthlyBills()
{
    SimFixture f;
    const QJsonArray bills = allBills(f);
    QCOMPARE(bills.size(), 14);
    QSet<QString> months;
    for (const QJsonValue &v : bills) {
        const QJsonObject b = v.toObject();
        QVERIFY(b.value(u"bill_id"_s).toString().startsWith(u"BILL-"_s));
        QVERIFY(QDate::fromString(b.value(u"bill_date"_s).toString(), Qt::ISODate).isValid());
        QVERIFY(!b.contains(u"group"_s)); // groups only in the detail
        for (const QString &key : {u"price"_s, u"vat"_s, u"payment_price"_s})
            QVERIFY2(b.value(key).isDouble(), qPrintable(key));
        QCOMPARE(b.value(u"payment_price"_s).toDouble(),
                 b.value(u"price"_s).toDouble() + b.value(u"vat"_s).toDouble());
        if (b.value(u"type"_s).toString() != u"regular"_s)
            continue;
        const QDate start = QDate::fromString(b.value(u"usage_start"_s).toString(), Qt::ISODate);
        QCOMPARE(start.day(), 1);
        QCOMPARE(b.value(u"name"_s).toString(),
                 u"%1년 %2월 정기 청구"_s.arg(start.year()).arg(start.month()));
        months.insert(b.value(u"usage_start"_s).toString().left(7));
    }
    QCOMPARE(months.size(), 13);
    QVERIFY(months.contains(u"2026-08"_s));
    QVERIFY(months.contains(u"2025-08"_s));
    QVERIFY(!months.contains(u"2026-09"_s)); // the running month is the live bill
}

void TstSimulatorResources::shouldFilterBillsInclusively_data()
{
    // "@date N" / "@price N": the bill_date / price of the N-th bill of the full list.
    QTest::addColumn<Query>("query");
    QTest::newRow("one day, both ends inclusive")
            << Query {{u"start_date"_s, u"@date 2"_s}, {u"end_date"_s, u"@date 2"_s}};
    QTest::newRow("from a date on") << Query {{u"start_date"_s, u"@date 4"_s}};
    QTest::newRow("up to a date") << Query {{u"end_date"_s, u"@date 4"_s}};
    QTest::newRow("a date range") << Query {{u"start_date"_s, u"@date 9"_s},
                                            {u"end_date"_s, u"@date 3"_s}};
    QTest::newRow("one price, both ends inclusive")
            << Query {{u"min_price"_s, u"@price 1"_s}, {u"max_price"_s, u"@price 1"_s}};
    QTest::newRow("from a price on") << Query {{u"min_price"_s, u"@price 6"_s}};
    QTest::newRow("up to a price") << Query {{u"max_price"_s, u"@price 6"_s}};
    QTest::newRow("dates and prices")
            << Query {{u"start_date"_s, u"@date 12"_s}, {u"max_price"_s, u"@price 0"_s}};
}

void TstSimulatorResources::shouldFilterBillsInclusively()
{
    QFETCH(Query, query);
    SimFixture f;
    const QJsonArray all = allBills(f);
    for (auto it = query.begin(); it != query.end(); ++it) {
        const QStringList token = it.value().split(u' ');
        const QJsonObject bill = all.at(token.at(1).toInt()).toObject();
        it.value() = token.at(0) == u"@date"_s
                ? bill.value(u"bill_date"_s).toString()
                : QString::number(bill.value(u"price"_s).toInteger());
    }
    QStringList expected;
    for (const QJsonValue &v : all) {
        const QJsonObject b = v.toObject();
        const QString date = b.value(u"bill_date"_s).toString();
        const qint64 price = b.value(u"price"_s).toInteger();
        if (query.contains(u"start_date"_s) && date < query.value(u"start_date"_s))
            continue;
        if (query.contains(u"end_date"_s) && date > query.value(u"end_date"_s))
            continue;
        if (query.contains(u"min_price"_s) && price < query.value(u"min_price"_s).toLongLong())
            continue;
        if (query.contains(u"max_price"_s) && price > query.value(u"max_price"_s).toLongLong())
            continue;
        expected.append(b.value(u"bill_id"_s).toString());
    }
    QVERIFY(!expected.isEmpty());
    query.insert(u"page_size"_s, u"100"_s);
    const auto a = f.direct(u"GET"_s, u"/v1/bill"_s, query);
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result(), u"bill_id"_s), expected);
    QCOMPARE(a.body.value(u"count"_s).toInt(), int(expected.size()));
}

void TstSimulatorResources::shouldAnswerEmptySetWhenNoBillMatches_data()
{
    QTest::addColumn<Query>("query");
    QTest::newRow("long ago") << Query {{u"start_date"_s, u"2000-01-01"_s},
                                        {u"end_date"_s, u"2000-01-31"_s}};
    QTest::newRow("in the future") << Query {{u"start_date"_s, u"2030-01-01"_s}};
    QTest::newRow("reversed dates")
            << Query {{u"start_date"_s, u"2026-08-31"_s}, {u"end_date"_s, u"2026-01-01"_s}};
    QTest::newRow("too expensive") << Query {{u"min_price"_s, u"1000000000000"_s}};
    QTest::newRow("free") << Query {{u"max_price"_s, u"0"_s}};
}

void TstSimulatorResources::shouldAnswerEmptySetWhenNoBillMatches()
{
    QFETCH(Query, query);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/bill"_s, query);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"EMPTY_SET"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x14"_s);
}

void TstSimulatorResources::shouldRejectADateInAnotherFormat()
{
    SimFixture f;
    for (const QString &date : {u"2026/01/01"_s, u"20260101"_s, u"2026-13-01"_s, u"yesterday"_s}) {
        const auto a = f.direct(u"GET"_s, u"/v1/bill"_s, {{u"start_date"_s, date}});
        QVERIFY2(a.status == 400, qPrintable(date));
        QCOMPARE(a.errorCode(), u"CHECK_PARAM"_s);
    }
    const auto price = f.direct(u"GET"_s, u"/v1/bill"_s, {{u"min_price"_s, u"cheap"_s}});
    QCOMPARE(price.errorCode(), u"CHECK_PARAM"_s);
}

void TstSimulatorResources::shouldDescribeABillWithGroupsAndItems()
{
    SimFixture f;
    const QJsonObject docs = Fixtures::result(u"bill-detail.json"_s).at(0).toObject();
    QString regular;
    for (const QJsonValue &v : allBills(f)) {
        if (v.toObject().value(u"type"_s).toString() == u"regular"_s
            && v.toObject().value(u"payment_status"_s).toString() == u"paid"_s) {
            regular = v.toObject().value(u"bill_id"_s).toString();
            break;
        }
    }
    QVERIFY(!regular.isEmpty());
    const auto a = f.direct(u"GET"_s, u"/v1/bill/"_s + regular);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject bill = a.result().at(0).toObject();
    QCOMPARE(bill.value(u"bill_id"_s).toString(), regular);

    // Every field of the docs' example, with the same JSON type.
    for (auto it = docs.begin(); it != docs.end(); ++it) {
        QVERIFY2(bill.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(bill.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }
    const QJsonArray groups = bill.value(u"group"_s).toArray();
    QVERIFY(!groups.isEmpty());
    QStringList types;
    for (const QJsonValue &g : groups) {
        const QJsonObject group = g.toObject();
        types.append(group.value(u"type"_s).toString());
        QVERIFY(group.value(u"count"_s).isDouble());
        QVERIFY(group.value(u"sub_total"_s).isDouble());
        const QJsonArray items = group.value(u"item"_s).toArray();
        QVERIFY2(!items.isEmpty(), qPrintable(group.value(u"type"_s).toString()));
        for (const QJsonValue &item : items) {
            QVERIFY(!item.toObject().value(u"service_id"_s).toString().isEmpty());
            QVERIFY(item.toObject().contains(u"name"_s));
        }
    }
    QVERIFY(types.contains(u"서버"_s));
    bool instanceItem = false;
    for (const QJsonValue &item :
         groups.at(types.indexOf(u"서버"_s)).toObject().value(u"item"_s).toArray())
        instanceItem = instanceItem
                || item.toObject().value(u"service_id"_s).toString().startsWith(u"INSTANCE-"_s);
    QVERIFY(instanceItem);
}

void TstSimulatorResources::shouldAnswerAnUnknownBillWithNotFound()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/bill/BILL-0000000000000000000000"_s);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.errorCode(), u"NOT_FOUND"_s);
}

// ---- SSH keys and user scripts -----------------------------------------------------------

void TstSimulatorResources::shouldListSshKeysByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString()
                         << QStringList {u"my-laptop"_s, u"배포용 키"_s, u"ci-deploy"_s};
    QTest::newRow("Korean substring") << u"배포"_s << QStringList {u"배포용 키"_s};
    QTest::newRow("substring") << u"deploy"_s << QStringList {u"ci-deploy"_s};
    QTest::newRow("shared substring") << u"-"_s << QStringList {u"my-laptop"_s, u"ci-deploy"_s};
    QTest::newRow("no match") << u"없음"_s << QStringList();
}

void TstSimulatorResources::shouldListSshKeysByName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    SimFixture f;
    Query query;
    if (!name.isEmpty())
        query.insert(u"name"_s, name);
    const auto a = f.direct(u"GET"_s, u"/v1/auth/ssh_key"_s, query);
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result(), u"name"_s), expected);
    QCOMPARE(a.body.value(u"count"_s).toInt(), int(expected.size()));
    QVERIFY(a.body.contains(u"page_no"_s));
    for (const QJsonValue &v : a.result()) {
        QVERIFY(!v.toObject().value(u"ssh_key_id"_s).toString().isEmpty());
        QVERIFY(QDateTime::fromString(v.toObject().value(u"start_date"_s).toString(),
                                      u"yyyy-MM-dd HH:mm:ss"_s)
                        .isValid());
    }
}

void TstSimulatorResources::shouldListUserScriptsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString()
                         << QStringList {u"nginx 설치"_s, u"docker-setup"_s,
                                         u"시간대 설정 (Asia/Seoul)"_s};
    QTest::newRow("substring") << u"docker"_s << QStringList {u"docker-setup"_s};
    QTest::newRow("Korean substring") << u"설정"_s << QStringList {u"시간대 설정 (Asia/Seoul)"_s};
    QTest::newRow("no match") << u"없음"_s << QStringList();
}

void TstSimulatorResources::shouldListUserScriptsByName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    SimFixture f;
    Query query;
    if (!name.isEmpty())
        query.insert(u"name"_s, name);
    const auto a = f.direct(u"GET"_s, u"/v1/instance/script"_s, query); // singular path
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result(), u"name"_s), expected);
    QCOMPARE(a.body.value(u"count"_s).toInt(), int(expected.size()));
    for (const QJsonValue &v : a.result())
        QVERIFY(!v.toObject().value(u"user_script_id"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TstSimulatorResources)
#include "tst_simulatorresources.moc"
