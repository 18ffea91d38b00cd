// The simulator's instances: list filters, the `fields` mask, detail, create and its validation,
// the lifecycle of every action over a manual clock, edit and the remote console, against the
// API reference (shared/iwinv-api/README.md).
#include "api/instancesapi.h"
#include "support/simfixture.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using Form = QMap<QString, QString>;
using Query = QMap<QString, QString>;

namespace {

// Docs' images: kr2-z01 only, supported by every non-GPU flavor.
const QString kRocky90 = u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s;
const QString kUbuntu2404 = u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s;
const QString kAbsent = u"<absent>"_s;

QJsonArray allInstances(SimFixture &f, Query query = {})
{
    query.insert(u"page_size"_s, u"100"_s);
    return f.direct(u"GET"_s, u"/v1/instances"_s, query).result();
}

QStringList idsOf(const QJsonArray &rows)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(u"instance_id"_s).toString());
    return ids;
}

QJsonObject detailOf(SimFixture &f, const QString &id)
{
    return f.direct(u"GET"_s, u"/v1/instances/"_s + id).result().at(0).toObject();
}

QString statusOf(SimFixture &f, const QString &id)
{
    return detailOf(f, id).value(u"status"_s).toString();
}

qint64 transitionMs(SimFixture &f)
{
    return f.sim->options().transitionMs;
}

//! Moves the clock one transition at a time until \a id leaves its transitional status.
QString settle(SimFixture &f, const QString &id)
{
    static const QStringList transitional = {u"work"_s, u"building"_s, u"deleting"_s};
    for (int i = 0; i < 10; ++i) {
        const auto a = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
        if (a.status == 404)
            return u"<gone>"_s;
        const QString status = a.result().at(0).toObject().value(u"status"_s).toString();
        if (!transitional.contains(status))
            return status;
        f.clock.advanceMs(transitionMs(f));
    }
    return u"<stuck>"_s;
}

QString imageNamed(SimFixture &f, const QString &name)
{
    const auto a
            = f.direct(u"GET"_s, u"/v1/images"_s, {{u"name"_s, name}, {u"page_size"_s, u"100"_s}});
    return a.result().isEmpty() ? QString()
                                : a.result().at(0).toObject().value(u"image_id"_s).toString();
}

//! "@key" is the first SSH key's id, "@<name>" the id of the first image with that name.
QString resolve(SimFixture &f, const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(u',')) {
        if (part == u"@key"_s)
            out.append(f.direct(u"GET"_s, u"/v1/auth/ssh_key"_s)
                               .result()
                               .at(0)
                               .toObject()
                               .value(u"ssh_key_id"_s)
                               .toString());
        else if (part.startsWith(u'@'))
            out.append(imageNamed(f, part.mid(1)));
        else
            out.append(part);
    }
    return out.join(u',');
}

Form createForm(const Form &extra = {})
{
    Form form {{u"zone_id"_s, u"kr2-z01"_s},
               {u"flavor_id"_s, u"std.c2m4"_s},
               {u"image_id"_s, kRocky90}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        form.insert(it.key(), it.value());
    return form;
}

//! A new instance (still building); empty when the create failed.
QString create(SimFixture &f, const Form &extra = {})
{
    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {}, createForm(extra));
    if (a.status != 202 || a.result().size() != 1)
        return {};
    return a.result().at(0).toObject().value(u"instance_id"_s).toString();
}

//! A new instance brought to `active`.
QString createActive(SimFixture &f, const Form &extra = {})
{
    const QString id = create(f, extra);
    if (id.isEmpty() || settle(f, id) != u"active"_s)
        return {};
    return id;
}

SimFixture::Answer act(SimFixture &f, const QString &id, const QString &action)
{
    const QString path = u"/v1/instances/"_s + id;
    if (action == u"delete"_s)
        return f.direct(u"DELETE"_s, path);
    if (action == u"rebuild"_s)
        return f.direct(u"POST"_s, path + u"/rebuild"_s, {}, {{u"image_id"_s, kUbuntu2404}});
    if (action == u"resize"_s)
        return f.direct(u"POST"_s, path + u"/resize"_s, {}, {{u"flavor_id"_s, u"std.c4m8"_s}});
    return f.direct(u"POST"_s, path + u'/' + action);
}

bool ipMatches(const QJsonObject &instance, const QString &pattern)
{
    for (const QJsonValue &v : instance.value(u"ip"_s).toArray()) {
        const QJsonObject ip = v.toObject();
        for (const QString &side : {u"public"_s, u"private"_s}) {
            const QString address = ip.value(side).toObject().value(u"address"_s).toString();
            if (address.isEmpty())
                continue;
            if (pattern.contains(u'/')
                        ? QHostAddress(address).isInSubnet(QHostAddress::parseSubnet(pattern))
                        : address == pattern)
                return true;
        }
    }
    return false;
}

} // namespace

class TstSimulatorInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFilterByStatus_data();
    void shouldFilterByStatus();
    void shouldRejectAStatusOutsideTheFilterSet_data();
    void shouldRejectAStatusOutsideTheFilterSet();
    void shouldFilterByIpAddressOrCidr_data();
    void shouldFilterByIpAddressOrCidr();
    void shouldRejectIpv6InTheIpFilter_data();
    void shouldRejectIpv6InTheIpFilter();
    void shouldRejectAnUnreadableIpFilter_data();
    void shouldRejectAnUnreadableIpFilter();
    void shouldFilterByNameSubstringIncludingKorean();
    void shouldFilterByZone_data();
    void shouldFilterByZone();
    void shouldFilterByVcpuRange();
    void shouldSelectFieldsWithTheBitMask_data();
    void shouldSelectFieldsWithTheBitMask();
    void shouldDescribeAnInstance();
    void shouldAnswerAnUnknownInstanceWithNotFound_data();
    void shouldAnswerAnUnknownInstanceWithNotFound();

    void shouldAcceptACreateAndListTheNewInstance();
    void shouldValidateCreate_data();
    void shouldValidateCreate();
    void shouldCreateNothingInAMaintenanceZone();
    void shouldCreateAsManyAsCount();
    void shouldCreateAttachedVolumesWithTheInstance();

    void shouldBecomeActiveAfterTwiceTheTransitionTime();
    void shouldShutDownThroughWorkToOff();
    void shouldStartThroughWorkToActive();
    void shouldRebootThroughWorkToActive();
    void shouldRebuildWithTheNewImageAndReturnToThePreviousState_data();
    void shouldRebuildWithTheNewImageAndReturnToThePreviousState();
    void shouldRefuseARebuildWithoutAReadableImage_data();
    void shouldRefuseARebuildWithoutAReadableImage();
    void shouldResizeWithTheNewFlavorAndReturnToThePreviousState_data();
    void shouldResizeWithTheNewFlavorAndReturnToThePreviousState();
    void shouldRefuseActionsOnABuildingInstance_data();
    void shouldRefuseActionsOnABuildingInstance();
    void shouldRefuseActionsOnAWorkingInstance_data();
    void shouldRefuseActionsOnAWorkingInstance();
    void shouldDeleteKeepingTheVolumesDetached();
    void shouldRefuseActionsOnADeletingInstance();
    void shouldEndAnActionInErrorWhenErrorIsCertain();

    void shouldEditNameAndDescription();
    void shouldValidateEdit_data();
    void shouldValidateEdit();
    void shouldOpenARemoteConsoleOfARunningInstance();
    void shouldRefuseTheRemoteConsoleOfAnOffInstance();
};

void TstSimulatorInstances::shouldFilterByStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("active") << u"active"_s;
    QTest::newRow("off") << u"off"_s;
    QTest::newRow("list") << u"active,off"_s;
    QTest::newRow("list of the rare ones") << u"work,pending,error"_s;
    QTest::newRow("everything") << u"pending,active,error,work,off"_s;
}

void TstSimulatorInstances::shouldFilterByStatus()
{
    QFETCH(QString, status);
    SimFixture f;
    const QStringList wanted = status.split(u',');
    QStringList expected;
    for (const QJsonValue &v : allInstances(f)) {
        if (wanted.contains(v.toObject().value(u"status"_s).toString()))
            expected.append(v.toObject().value(u"instance_id"_s).toString());
    }
    const QJsonArray rows = allInstances(f, {{u"status"_s, status}});
    for (const QJsonValue &v : rows)
        QVERIFY(wanted.contains(v.toObject().value(u"status"_s).toString()));
    QCOMPARE(idsOf(rows), expected);
    if (status.startsWith(u"active"_s))
        QVERIFY(!expected.isEmpty());
}

void TstSimulatorInstances::shouldRejectAStatusOutsideTheFilterSet_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("running") << u"running"_s;
    QTest::newRow("Active (case)") << u"Active"_s;
    QTest::newRow("ACTIVE") << u"ACTIVE"_s;
    QTest::newRow("one bad in a list") << u"active,stopped"_s;
    QTest::newRow("building (not a filter value)") << u"building"_s;
}

void TstSimulatorInstances::shouldRejectAStatusOutsideTheFilterSet()
{
    QFETCH(QString, status);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"status"_s, status}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM_ENUM"_s);
}

void TstSimulatorInstances::shouldFilterByIpAddressOrCidr_data()
{
    QTest::addColumn<QString>("ip"); // "@public"/"@private": the first instance's own address
    QTest::addColumn<int>("atLeast");

    QTest::newRow("public address") << u"@public"_s << 1;
    QTest::newRow("private address") << u"@private"_s << 1;
    QTest::newRow("public /32") << u"@public/32"_s << 1;
    QTest::newRow("private /32") << u"@private/32"_s << 1;
    QTest::newRow("public network /16") << u"115.68.0.0/16"_s << 40;
    QTest::newRow("private network of kr2") << u"10.20.0.0/16"_s << 1;
    QTest::newRow("private network of kr1") << u"10.10.0.0/16"_s << 1;
    QTest::newRow("two addresses") << u"@public,@private"_s << 1;
    QTest::newRow("nobody's address") << u"203.0.113.9"_s << 0;
    QTest::newRow("nobody's network") << u"192.0.2.0/24"_s << 0;
}

void TstSimulatorInstances::shouldFilterByIpAddressOrCidr()
{
    QFETCH(QString, ip);
    QFETCH(int, atLeast);
    SimFixture f;
    const QJsonArray all = allInstances(f);
    const QJsonObject first = all.at(0).toObject().value(u"ip"_s).toArray().at(0).toObject();
    ip.replace(u"@public"_s, first.value(u"public"_s).toObject().value(u"address"_s).toString());
    ip.replace(u"@private"_s, first.value(u"private"_s).toObject().value(u"address"_s).toString());

    QStringList expected;
    for (const QJsonValue &v : all) {
        bool hit = false;
        for (const QString &pattern : ip.split(u','))
            hit = hit || ipMatches(v.toObject(), pattern);
        if (hit)
            expected.append(v.toObject().value(u"instance_id"_s).toString());
    }
    const auto a
            = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"ip"_s, ip}, {u"page_size"_s, u"100"_s}});
    QCOMPARE(a.status, 200);
    QCOMPARE(idsOf(a.result()), expected);
    QVERIFY2(expected.size() >= atLeast, qPrintable(ip));
    if (atLeast == 0)
        QCOMPARE(a.result().size(), 0);
}

void TstSimulatorInstances::shouldRejectIpv6InTheIpFilter_data()
{
    QTest::addColumn<QString>("ip");
    QTest::newRow("loopback") << u"::1"_s;
    QTest::newRow("address") << u"2001:db8::10"_s;
    QTest::newRow("CIDR") << u"2001:db8::/32"_s;
    QTest::newRow("after an IPv4 address") << u"115.68.10.2,fe80::1"_s;
}

void TstSimulatorInstances::shouldRejectIpv6InTheIpFilter()
{
    QFETCH(QString, ip);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"ip"_s, ip}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"IPV6_NOT_SUPPORTED"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x4"_s);
}

void TstSimulatorInstances::shouldRejectAnUnreadableIpFilter_data()
{
    QTest::addColumn<QString>("ip");
    QTest::newRow("prefix too long") << u"10.0.0.0/33"_s;
    QTest::newRow("octet too big") << u"300.1.1.1"_s;
    QTest::newRow("word") << u"localhost"_s;
}

void TstSimulatorInstances::shouldRejectAnUnreadableIpFilter()
{
    QFETCH(QString, ip);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"ip"_s, ip}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CIDR_NOT_VALID"_s);
}

void TstSimulatorInstances::shouldFilterByNameSubstringIncludingKorean()
{
    SimFixture f;
    const QString mine = create(f, {{u"name"_s, u"한글 테스트 서버"_s}});
    QVERIFY(!mine.isEmpty());

    QCOMPARE(idsOf(allInstances(f, {{u"name"_s, u"테스트"_s}})), QStringList {mine});
    QCOMPARE(idsOf(allInstances(f, {{u"name"_s, u"한글 테스트 서버"_s}})), QStringList {mine});

    for (const QString &part : {u"서버"_s, u"web"_s, u"-0"_s}) {
        QStringList expected;
        for (const QJsonValue &v : allInstances(f)) {
            if (v.toObject().value(u"name"_s).toString().contains(part))
                expected.append(v.toObject().value(u"instance_id"_s).toString());
        }
        const QJsonArray rows = allInstances(f, {{u"name"_s, part}});
        for (const QJsonValue &v : rows)
            QVERIFY2(v.toObject().value(u"name"_s).toString().contains(part, Qt::CaseInsensitive),
                     qPrintable(v.toObject().value(u"name"_s).toString()));
        QCOMPARE(idsOf(rows), expected);
        QVERIFY2(!expected.isEmpty(), qPrintable(part));
    }
    QCOMPARE(allInstances(f, {{u"name"_s, u"없는이름"_s}}).size(), 0);
}

void TstSimulatorInstances::shouldFilterByZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("kr1-z01") << u"kr1-z01"_s;
    QTest::newRow("kr2-z01") << u"kr2-z01"_s;
    QTest::newRow("kr1-z02") << u"kr1-z02"_s;
    QTest::newRow("unknown") << u"kr9-z99"_s;
}

void TstSimulatorInstances::shouldFilterByZone()
{
    QFETCH(QString, zone);
    SimFixture f;
    QStringList expected;
    for (const QJsonValue &v : allInstances(f)) {
        if (v.toObject().value(u"zone"_s).toObject().value(u"zone_id"_s).toString() == zone)
            expected.append(v.toObject().value(u"instance_id"_s).toString());
    }
    const QJsonArray rows = allInstances(f, {{u"zone_id"_s, zone}});
    QCOMPARE(idsOf(rows), expected);
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(u"zone"_s).toObject().value(u"zone_id"_s).toString(), zone);
    if (zone != u"kr9-z99"_s && zone != u"kr1-z02"_s)
        QVERIFY(!expected.isEmpty());
}

void TstSimulatorInstances::shouldFilterByVcpuRange()
{
    SimFixture f;
    QStringList expected;
    QSet<int> seen;
    for (const QJsonValue &v : allInstances(f)) {
        const int vcpu = v.toObject().value(u"flavor"_s).toObject().value(u"vcpu"_s).toInt();
        seen.insert(vcpu);
        if (vcpu >= 2 && vcpu <= 4)
            expected.append(v.toObject().value(u"instance_id"_s).toString());
    }
    QVERIFY2(seen.size() > 1, "the seeded world should mix sizes");
    const QJsonArray rows = allInstances(f, {{u"min_vcpu"_s, u"2"_s}, {u"max_vcpu"_s, u"4"_s}});
    QCOMPARE(idsOf(rows), expected);
    QVERIFY(!expected.isEmpty());

    QCOMPARE(allInstances(f, {{u"min_vcpu"_s, u"1000"_s}}).size(), 0);
    const auto bad = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"max_vcpu"_s, u"many"_s}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"CHECK_PARAM"_s);
}

void TstSimulatorInstances::shouldSelectFieldsWithTheBitMask_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    // Fields of unknown bits (ip, provide, block_storage, ...) are always there.
    const QStringList unknownBits = {u"ip"_s, u"provide"_s, u"block_storage"_s};
    QTest::newRow("3: id and name")
            << u"3"_s << QStringList {u"instance_id"_s, u"name"_s} + unknownBits
            << QStringList {u"status"_s, u"zone"_s, u"description"_s,    u"flavor"_s,
                            u"image"_s,  u"vnc"_s,  u"default_account"_s};
    QTest::newRow("8: status only") << u"8"_s << QStringList {u"status"_s} + unknownBits
                                    << QStringList {u"instance_id"_s, u"name"_s, u"zone"_s};
    QTest::newRow("1536: zone and flavor")
            << u"1536"_s << QStringList {u"zone"_s, u"flavor"_s} + unknownBits
            << QStringList {u"image"_s, u"name"_s, u"vnc"_s};
    QTest::newRow("2048 + 16384: image and console")
            << u"18432"_s << QStringList {u"image"_s, u"vnc"_s}
            << QStringList {u"default_account"_s, u"flavor"_s};
    QTest::newRow("128: the default account") << u"128"_s << QStringList {u"default_account"_s}
                                              << QStringList {u"vnc"_s, u"status"_s};
    QTest::newRow("262143: everything") << u"262143"_s
                                        << QStringList {u"instance_id"_s,
                                                        u"name"_s,
                                                        u"description"_s,
                                                        u"status"_s,
                                                        u"default_account"_s,
                                                        u"zone"_s,
                                                        u"flavor"_s,
                                                        u"image"_s,
                                                        u"vnc"_s}
                    + unknownBits << QStringList();
}

void TstSimulatorInstances::shouldSelectFieldsWithTheBitMask()
{
    QFETCH(QString, fields);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    SimFixture f;
    const QString id = allInstances(f).at(0).toObject().value(u"instance_id"_s).toString();

    const auto list = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"fields"_s, fields}});
    QCOMPARE(list.status, 200);
    QCOMPARE(list.result().size(), 10);
    const auto detail = f.direct(u"GET"_s, u"/v1/instances/"_s + id, {{u"fields"_s, fields}});
    QCOMPARE(detail.status, 200);
    for (const QJsonObject &row :
         {list.result().at(0).toObject(), detail.result().at(0).toObject()}) {
        for (const QString &key : present)
            QVERIFY2(row.contains(key), qPrintable(u"missing "_s + key));
        for (const QString &key : absent)
            QVERIFY2(!row.contains(key), qPrintable(u"unasked "_s + key));
    }
}

void TstSimulatorInstances::shouldDescribeAnInstance()
{
    SimFixture f;
    const QJsonObject listed = allInstances(f).at(3).toObject();
    const QString id = listed.value(u"instance_id"_s).toString();
    QVERIFY(id.startsWith(u"INSTANCE-"_s));
    QCOMPARE(id.size(), 9 + 22);

    const auto a = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject in = a.result().at(0).toObject();
    QCOMPARE(in, listed);
    QVERIFY(QStringList({u"pending"_s, u"active"_s, u"error"_s, u"work"_s, u"off"_s, u"building"_s})
                    .contains(in.value(u"status"_s).toString()));
    const QJsonObject ip = in.value(u"ip"_s).toArray().at(0).toObject();
    QCOMPARE(QHostAddress(ip.value(u"public"_s).toObject().value(u"address"_s).toString())
                     .protocol(),
             QAbstractSocket::IPv4Protocol);
    QCOMPARE(QHostAddress(ip.value(u"private"_s).toObject().value(u"address"_s).toString())
                     .protocol(),
             QAbstractSocket::IPv4Protocol);
    QVERIFY(!in.value(u"zone"_s).toObject().value(u"zone_id"_s).toString().isEmpty());
    QVERIFY(!in.value(u"flavor"_s).toObject().value(u"flavor_id"_s).toString().isEmpty());
    QVERIFY(!in.value(u"image"_s).toObject().value(u"image_id"_s).toString().isEmpty());
    QVERIFY(!in.value(u"default_account"_s).toObject().value(u"username"_s).toString().isEmpty());
    QVERIFY(in.value(u"block_storage"_s).isArray());
}

void TstSimulatorInstances::shouldAnswerAnUnknownInstanceWithNotFound_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("tail");
    QTest::newRow("detail") << u"GET"_s << QString();
    QTest::newRow("edit") << u"PUT"_s << QString();
    QTest::newRow("delete") << u"DELETE"_s << QString();
    QTest::newRow("start") << u"POST"_s << u"/start"_s;
    QTest::newRow("shutdown") << u"POST"_s << u"/shutdown"_s;
    QTest::newRow("reboot") << u"POST"_s << u"/reboot"_s;
    QTest::newRow("remote console") << u"GET"_s << u"/remote-console"_s;
}

void TstSimulatorInstances::shouldAnswerAnUnknownInstanceWithNotFound()
{
    QFETCH(QString, method);
    QFETCH(QString, tail);
    SimFixture f;
    const auto a = f.direct(method, u"/v1/instances/INSTANCE-0000000000000000000000"_s + tail, {},
                            method == u"PUT"_s ? Form {{u"name"_s, u"x"_s}} : Form {});
    QCOMPARE(a.status, 404);
    QCOMPARE(a.errorCode(), u"NOT_FOUND"_s);
}

void TstSimulatorInstances::shouldAcceptACreateAndListTheNewInstance()
{
    SimFixture f;
    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {},
                            createForm({{u"name"_s, u"새 서버"_s}, {u"description"_s, u"설명"_s}}));
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject created = a.result().at(0).toObject();
    const QString id = created.value(u"instance_id"_s).toString();
    QVERIFY(id.startsWith(u"INSTANCE-"_s));
    QCOMPARE(created.value(u"status"_s).toString(), u"building"_s);
    QCOMPARE(created.value(u"name"_s).toString(), u"새 서버"_s);

    const QJsonArray all = allInstances(f);
    QCOMPARE(all.size(), 41);
    QVERIFY(idsOf(all).contains(id));
    const QJsonObject in = detailOf(f, id);
    QCOMPARE(in.value(u"status"_s).toString(), u"building"_s);
    QCOMPARE(in.value(u"description"_s).toString(), u"설명"_s);
    QCOMPARE(in.value(u"zone"_s).toObject().value(u"zone_id"_s).toString(), u"kr2-z01"_s);
    QCOMPARE(in.value(u"flavor"_s).toObject().value(u"flavor_id"_s).toString(), u"std.c2m4"_s);
    QCOMPARE(in.value(u"image"_s).toObject().value(u"image_id"_s).toString(), kRocky90);

    // The client's own builder produces an acceptable request.
    InstancesApi::CreateSpec spec;
    spec.zoneId = u"kr2-z01"_s;
    spec.flavorId = u"std.c1m2"_s;
    spec.imageId = kUbuntu2404;
    spec.name = u"built-by-client"_s;
    const auto built = f.direct(InstancesApi::create(spec));
    QCOMPARE(built.status, 202);
    QCOMPARE(built.result().at(0).toObject().value(u"name"_s).toString(), u"built-by-client"_s);
}

void TstSimulatorInstances::shouldValidateCreate_data()
{
    QTest::addColumn<Form>("changes"); // applied to a valid form; "<absent>" removes a field
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString name50(50, u'n');
    const QString korean50 = QString(u"가"_s).repeated(50);
    QTest::newRow("zone_id missing")
            << Form {{u"zone_id"_s, kAbsent}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("zone_id empty")
            << Form {{u"zone_id"_s, QString()}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("flavor_id missing")
            << Form {{u"flavor_id"_s, kAbsent}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("image_id missing")
            << Form {{u"image_id"_s, kAbsent}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("unknown zone") << Form {{u"zone_id"_s, u"kr9-z99"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("unknown flavor")
            << Form {{u"flavor_id"_s, u"std.c99m99"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("unknown image") << Form {{u"image_id"_s, u"PIMAGE-0000000000000000000000"_s}}
                                   << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("flavor not in the zone") << Form {{u"zone_id"_s, u"kr1-z02"_s},
                                                     {u"flavor_id"_s, u"hcpu.c4m4"_s},
                                                     {u"image_id"_s, u"@Debian 12"_s}}
                                            << 400 << u"UNAVAILABLE_FLAVOR"_s;
    QTest::newRow("GPU flavor outside its zone")
            << Form {{u"flavor_id"_s, u"gpu.c8m32.t4"_s}} << 400 << u"UNAVAILABLE_FLAVOR"_s;
    QTest::newRow("sold-out flavor")
            << Form {{u"flavor_id"_s, u"hmem.c8m64"_s}} << 400 << u"UNAVAILABLE_FLAVOR"_s;
    QTest::newRow("Windows on 1 GB") << Form {{u"zone_id"_s, u"kr1-z01"_s},
                                              {u"flavor_id"_s, u"std.c1m1"_s},
                                              {u"image_id"_s, u"@Windows Server 2022"_s}}
                                     << 400 << u"UNAVAILABLE_COMBINATION"_s;
    QTest::newRow("plain image on a GPU flavor") << Form {{u"zone_id"_s, u"kr1-z01"_s},
                                                          {u"flavor_id"_s, u"gpu.c8m32.t4"_s},
                                                          {u"image_id"_s, u"@Debian 12"_s}}
                                                 << 400 << u"UNAVAILABLE_COMBINATION"_s;
    QTest::newRow("image not offered in the zone")
            << Form {{u"zone_id"_s, u"kr1-z01"_s}} << 400 << u"UNAVAILABLE_COMBINATION"_s;
    QTest::newRow("name of 51") << Form {{u"name"_s, QString(51, u'n')}} << 400
                                << u"CHECK_LENGTH"_s;
    QTest::newRow("Korean name of 51")
            << Form {{u"name"_s, QString(korean50 + u"가"_s)}} << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("description of 256")
            << Form {{u"description"_s, QString(256, u'd')}} << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("count 11") << Form {{u"count"_s, u"11"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("count 0") << Form {{u"count"_s, u"0"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("count not a number") << Form {{u"count"_s, u"two"_s}} << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("unknown ssh key") << Form {{u"ssh_key_id"_s, u"SSHKEY-0000000000000000000000"_s}}
                                     << 400 << u"UNAVAILABLE_SSH_KEY"_s;
    QTest::newRow("unknown ssh key after a known one")
            << Form {{u"ssh_key_id"_s, u"@key,SSHKEY-0000000000000000000000"_s}} << 400
            << u"UNAVAILABLE_SSH_KEY"_s;
    QTest::newRow("maintenance zone")
            << Form {{u"zone_id"_s, u"kr2-z02"_s}, {u"image_id"_s, u"@Debian 12"_s}} << 500
            << u"DEV_CHECK_RETURN"_s;

    QTest::newRow("name of 50") << Form {{u"name"_s, name50}} << 202 << u"SUCCESS"_s;
    QTest::newRow("Korean name of 50") << Form {{u"name"_s, korean50}} << 202 << u"SUCCESS"_s;
    QTest::newRow("description of 255")
            << Form {{u"description"_s, QString(255, u'd')}} << 202 << u"SUCCESS"_s;
    QTest::newRow("count 10") << Form {{u"count"_s, u"10"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("known ssh key") << Form {{u"ssh_key_id"_s, u"@key"_s}} << 202 << u"SUCCESS"_s;
    QTest::newRow("Windows on 2 GB") << Form {{u"zone_id"_s, u"kr1-z01"_s},
                                              {u"flavor_id"_s, u"std.c1m2"_s},
                                              {u"image_id"_s, u"@Windows Server 2022"_s}}
                                     << 202 << u"SUCCESS"_s;
}

void TstSimulatorInstances::shouldValidateCreate()
{
    QFETCH(Form, changes);
    QFETCH(int, status);
    QFETCH(QString, code);
    SimFixture f;
    Form form = createForm();
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() == kAbsent)
            form.remove(it.key());
        else
            form.insert(it.key(), resolve(f, it.value()));
    }
    const qsizetype before = allInstances(f).size();

    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {}, form);
    QCOMPARE(a.status, status);
    QCOMPARE(a.errorCode(), code);
    const qsizetype created = status == 202 ? form.value(u"count"_s, u"1"_s).toInt() : 0;
    QCOMPARE(a.result().size(), created);
    QCOMPARE(allInstances(f).size(), before + created);
}

void TstSimulatorInstances::shouldCreateNothingInAMaintenanceZone()
{
    SimFixture f;
    const QJsonArray zones = f.direct(u"GET"_s, u"/v1/zones"_s).result();
    bool maintenance = false;
    for (const QJsonValue &z : zones) {
        if (z.toObject().value(u"zone_id"_s).toString() == u"kr2-z02"_s)
            maintenance = z.toObject().value(u"status"_s).toString() != u"available"_s;
    }
    QVERIFY2(maintenance, "kr2-z02 should be the zone under maintenance");

    const qsizetype instances = allInstances(f).size();
    const qsizetype inZone = allInstances(f, {{u"zone_id"_s, u"kr2-z02"_s}}).size();
    const qsizetype volumes = f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size();
    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {},
                            createForm({{u"zone_id"_s, u"kr2-z02"_s},
                                        {u"image_id"_s, resolve(f, u"@Debian 12"_s)},
                                        {u"count"_s, u"3"_s},
                                        {u"block_storage.1.size"_s, u"50"_s}}));
    QCOMPARE(a.status, 500);
    QCOMPARE(a.errorCode(), u"DEV_CHECK_RETURN"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0xc"_s);
    // Observed: the message is Korean.
    const QString message = a.body.value(u"message"_s).toString();
    QVERIFY2(std::any_of(message.begin(), message.end(),
                         [](QChar c) { return c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3; }),
             qPrintable(message));
    f.clock.advanceMs(10 * transitionMs(f));
    QCOMPARE(allInstances(f).size(), instances);
    QCOMPARE(allInstances(f, {{u"zone_id"_s, u"kr2-z02"_s}}).size(), inZone);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size(), volumes);
}

void TstSimulatorInstances::shouldCreateAsManyAsCount()
{
    SimFixture f;
    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {},
                            createForm({{u"name"_s, u"batch"_s}, {u"count"_s, u"3"_s}}));
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().size(), 3);
    QCOMPARE(a.body.value(u"count"_s).toInt(), 3);
    const QStringList ids = idsOf(a.result());
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
    const QStringList listed = idsOf(allInstances(f));
    QCOMPARE(listed.size(), 43);
    QSet<QString> names;
    for (const QString &id : ids) {
        QVERIFY(listed.contains(id));
        const QJsonObject in = detailOf(f, id);
        QCOMPARE(in.value(u"status"_s).toString(), u"building"_s);
        QVERIFY(in.value(u"name"_s).toString().startsWith(u"batch"_s));
        names.insert(in.value(u"name"_s).toString());
    }
    QCOMPARE(names.size(), 3);
}

void TstSimulatorInstances::shouldCreateAttachedVolumesWithTheInstance()
{
    SimFixture f;
    const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {},
                            createForm({{u"block_storage.1.size"_s, u"50"_s},
                                        {u"block_storage.1.name"_s, u"데이터 디스크"_s},
                                        {u"block_storage.2.size"_s, u"100"_s}}));
    QCOMPARE(a.status, 202);
    const QString id = a.result().at(0).toObject().value(u"instance_id"_s).toString();
    const QJsonArray attached = detailOf(f, id).value(u"block_storage"_s).toArray();
    QCOMPARE(attached.size(), 2);

    QList<int> sizes;
    QStringList names;
    for (const QJsonValue &v : attached) {
        const auto vol = f.direct(u"GET"_s, u"/v1/block-storages/"_s + v.toString());
        QCOMPARE(vol.status, 200);
        const QJsonObject volume = vol.result().at(0).toObject();
        QCOMPARE(volume.value(u"block_storage_id"_s).toString(), v.toString());
        QCOMPARE(volume.value(u"instance_id"_s).toString(), id);
        QCOMPARE(volume.value(u"zone_id"_s).toString(), u"kr2-z01"_s);
        QCOMPARE(volume.value(u"type"_s).toString(), u"ssd"_s); // a type code of §6
        sizes.append(volume.value(u"size"_s).toInt());
        names.append(volume.value(u"name"_s).toString());
    }
    std::sort(sizes.begin(), sizes.end());
    QCOMPARE(sizes, (QList<int> {50, 100}));
    QVERIFY(names.contains(u"데이터 디스크"_s));

    QCOMPARE(settle(f, id), u"active"_s);
    for (const QJsonValue &v : attached) {
        const QJsonObject volume = f.direct(u"GET"_s, u"/v1/block-storages/"_s + v.toString())
                                           .result()
                                           .at(0)
                                           .toObject();
        QCOMPARE(volume.value(u"status"_s).toString(), u"in-use"_s);
        QCOMPARE(volume.value(u"instance_id"_s).toString(), id);
    }

    // A bad size creates nothing.
    const qsizetype volumes = f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size();
    const auto bad = f.direct(u"POST"_s, u"/v1/instances"_s, {},
                              createForm({{u"block_storage.1.size"_s, u"55"_s}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), u"CHECK_PARAM"_s);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/block-storages"_s).result().size(), volumes);
}

void TstSimulatorInstances::shouldBecomeActiveAfterTwiceTheTransitionTime()
{
    SimFixture f;
    const QString id = create(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(statusOf(f, id), u"building"_s);
    f.clock.advanceMs(transitionMs(f));
    QCOMPARE(statusOf(f, id), u"building"_s);
    f.clock.advanceMs(transitionMs(f) - 1);
    QCOMPARE(statusOf(f, id), u"building"_s);
    f.clock.advanceMs(1);
    QCOMPARE(statusOf(f, id), u"active"_s);
    QCOMPARE(allInstances(f,
                          {{u"status"_s, u"active"_s},
                           {u"name"_s, detailOf(f, id).value(u"name"_s).toString()}})
                     .size(),
             1);
}

void TstSimulatorInstances::shouldShutDownThroughWorkToOff()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/shutdown"_s);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"work"_s);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(transitionMs(f) - 1);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(1);
    QCOMPARE(statusOf(f, id), u"off"_s);
}

void TstSimulatorInstances::shouldStartThroughWorkToActive()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/shutdown"_s).status, 202);
    QCOMPARE(settle(f, id), u"off"_s);

    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/start"_s);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"work"_s);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(transitionMs(f) - 1);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(1);
    QCOMPARE(statusOf(f, id), u"active"_s);
}

void TstSimulatorInstances::shouldRebootThroughWorkToActive()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"work"_s);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(transitionMs(f));
    QCOMPARE(statusOf(f, id), u"active"_s);
}

void TstSimulatorInstances::shouldRebuildWithTheNewImageAndReturnToThePreviousState_data()
{
    QTest::addColumn<bool>("powerOff");
    QTest::newRow("from active") << false;
    QTest::newRow("from off") << true;
}

void TstSimulatorInstances::shouldRebuildWithTheNewImageAndReturnToThePreviousState()
{
    QFETCH(bool, powerOff);
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    if (powerOff) {
        QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/shutdown"_s).status, 202);
        QCOMPARE(settle(f, id), u"off"_s);
    }
    const QString previous = statusOf(f, id);

    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/rebuild"_s, {},
                            {{u"image_id"_s, kUbuntu2404}});
    QCOMPARE(a.status, 202);
    QCOMPARE(a.result().at(0).toObject().value(u"status"_s).toString(), u"work"_s);
    QCOMPARE(statusOf(f, id), u"work"_s);
    const QString after = settle(f, id);
    const QJsonObject in = detailOf(f, id);
    QCOMPARE(in.value(u"image"_s).toObject().value(u"image_id"_s).toString(), kUbuntu2404);
    QCOMPARE(in.value(u"flavor"_s).toObject().value(u"flavor_id"_s).toString(), u"std.c2m4"_s);
    QCOMPARE(after, previous);
}

void TstSimulatorInstances::shouldRefuseARebuildWithoutAReadableImage_data()
{
    QTest::addColumn<Form>("form");
    QTest::addColumn<QString>("code");
    QTest::newRow("no body") << Form {} << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("image_id missing")
            << Form {{u"flavor_id"_s, u"std.c2m4"_s}} << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("image_id empty")
            << Form {{u"image_id"_s, QString()}} << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("image_id blank")
            << Form {{u"image_id"_s, u"  "_s}} << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("image_id unknown")
            << Form {{u"image_id"_s, u"PIMAGE-0000000000000000000000"_s}} << u"CHECK_PARAM"_s;
}

void TstSimulatorInstances::shouldRefuseARebuildWithoutAReadableImage()
{
    // Never "accepted with the old image kept".
    QFETCH(Form, form);
    QFETCH(QString, code);
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    const QString image
            = detailOf(f, id).value(u"image"_s).toObject().value(u"image_id"_s).toString();

    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/rebuild"_s, {}, form);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), code);
    QCOMPARE(statusOf(f, id), u"active"_s);
    f.clock.advanceMs(5 * transitionMs(f));
    QCOMPARE(statusOf(f, id), u"active"_s);
    QCOMPARE(detailOf(f, id).value(u"image"_s).toObject().value(u"image_id"_s).toString(), image);
}

void TstSimulatorInstances::shouldResizeWithTheNewFlavorAndReturnToThePreviousState_data()
{
    QTest::addColumn<bool>("powerOff");
    QTest::newRow("from active") << false;
    QTest::newRow("from off") << true;
}

void TstSimulatorInstances::shouldResizeWithTheNewFlavorAndReturnToThePreviousState()
{
    QFETCH(bool, powerOff);
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    if (powerOff) {
        QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/shutdown"_s).status, 202);
        QCOMPARE(settle(f, id), u"off"_s);
    }
    const QString previous = statusOf(f, id);

    // resize needs a flavor.
    const auto missing = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/resize"_s, {},
                                  {{u"name"_s, u"x"_s}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), u"REQUIRED_POST_PARAM_MISSING"_s);
    QCOMPARE(statusOf(f, id), previous);

    const auto a = f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/resize"_s, {},
                            {{u"flavor_id"_s, u"std.c4m8"_s}});
    QCOMPARE(a.status, 202);
    QCOMPARE(statusOf(f, id), u"work"_s);
    const QString after = settle(f, id);
    const QJsonObject flavor = detailOf(f, id).value(u"flavor"_s).toObject();
    QCOMPARE(flavor.value(u"flavor_id"_s).toString(), u"std.c4m8"_s);
    QCOMPARE(flavor.value(u"vcpu"_s).toInt(), 4);
    QCOMPARE(flavor.value(u"memory"_s).toInt(), 8);
    QCOMPARE(after, previous);
}

void TstSimulatorInstances::shouldRefuseActionsOnABuildingInstance_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"start", "shutdown", "reboot", "rebuild", "resize", "delete"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TstSimulatorInstances::shouldRefuseActionsOnABuildingInstance()
{
    QFETCH(QString, action);
    SimFixture f;
    const QString id = create(f);
    QVERIFY(!id.isEmpty());
    const auto a = act(f, id, action);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"DELETED_OR_WORKING_INSTANCE"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x13"_s);
    QCOMPARE(statusOf(f, id), u"building"_s);
    QCOMPARE(settle(f, id), u"active"_s);
}

void TstSimulatorInstances::shouldRefuseActionsOnAWorkingInstance_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action : {"start", "shutdown", "reboot", "rebuild", "resize", "delete"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

void TstSimulatorInstances::shouldRefuseActionsOnAWorkingInstance()
{
    QFETCH(QString, action);
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s).status, 202);
    QCOMPARE(statusOf(f, id), u"work"_s);

    const auto a = act(f, id, action);
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"DELETED_OR_WORKING_INSTANCE"_s);
    QCOMPARE(statusOf(f, id), u"work"_s);
    QCOMPARE(settle(f, id), u"active"_s);
    QCOMPARE(detailOf(f, id).value(u"image"_s).toObject().value(u"image_id"_s).toString(),
             kRocky90);
    QCOMPARE(detailOf(f, id).value(u"flavor"_s).toObject().value(u"flavor_id"_s).toString(),
             u"std.c2m4"_s);
}

void TstSimulatorInstances::shouldDeleteKeepingTheVolumesDetached()
{
    SimFixture f;
    const QString id = createActive(f, {{u"block_storage.1.size"_s, u"50"_s}});
    QVERIFY(!id.isEmpty());
    const QJsonArray volumes = detailOf(f, id).value(u"block_storage"_s).toArray();
    QCOMPARE(volumes.size(), 1);
    const QString volumeId = volumes.at(0).toString();

    const auto a = f.direct(u"DELETE"_s, u"/v1/instances/"_s + id);
    QCOMPARE(a.status, 202);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    const QJsonArray expected {QJsonObject {{u"status"_s, u"deleting"_s},
                                            {u"block_storage"_s, QJsonArray {volumeId}}}};
    QCOMPARE(a.result(), expected);

    // The volume is kept and detached at once; the instance shows `deleting` until it is gone.
    const auto kept = f.direct(u"GET"_s, u"/v1/block-storages/"_s + volumeId);
    QCOMPARE(kept.status, 200);
    QVERIFY(kept.result().at(0).toObject().value(u"instance_id"_s).isNull());
    QCOMPARE(kept.result().at(0).toObject().value(u"status"_s).toString(), u"available"_s);
    QCOMPARE(statusOf(f, id), u"deleting"_s);

    f.clock.advanceMs(transitionMs(f));
    const auto gone = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"NOT_FOUND"_s);
    QVERIFY(!idsOf(allInstances(f)).contains(id));
    const auto still = f.direct(u"GET"_s, u"/v1/block-storages/"_s + volumeId);
    QCOMPARE(still.status, 200);
    QVERIFY(still.result().at(0).toObject().value(u"instance_id"_s).isNull());

    // An instance without volumes answers an empty list of kept volumes.
    const QString bare = createActive(f);
    const auto b = f.direct(u"DELETE"_s, u"/v1/instances/"_s + bare);
    QCOMPARE(b.status, 202);
    QCOMPARE(b.result(),
             (QJsonArray {QJsonObject {{u"status"_s, u"deleting"_s},
                                       {u"block_storage"_s, QJsonArray()}}}));
}

void TstSimulatorInstances::shouldRefuseActionsOnADeletingInstance()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.direct(u"DELETE"_s, u"/v1/instances/"_s + id).status, 202);
    for (const QString &action :
         {u"start"_s, u"shutdown"_s, u"reboot"_s, u"rebuild"_s, u"delete"_s}) {
        const auto a = act(f, id, action);
        QVERIFY2(a.status == 400, qPrintable(action));
        QCOMPARE(a.errorCode(), u"DELETED_OR_WORKING_INSTANCE"_s);
    }
    const auto edit = f.direct(u"PUT"_s, u"/v1/instances/"_s + id, {}, {{u"name"_s, u"late"_s}});
    QCOMPARE(edit.errorCode(), u"DELETED_OR_WORKING_INSTANCE"_s);
    QCOMPARE(settle(f, id), u"<gone>"_s);
}

void TstSimulatorInstances::shouldEndAnActionInErrorWhenErrorIsCertain()
{
    SimOptions options = SimFixture::testOptions();
    options.errorChance = 1.0;
    SimFixture f(options);
    const QJsonArray active = allInstances(f, {{u"status"_s, u"active"_s}});
    QVERIFY(!active.isEmpty());
    const QString id = active.at(0).toObject().value(u"instance_id"_s).toString();

    QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s).status, 202);
    QCOMPARE(statusOf(f, id), u"work"_s);
    f.clock.advanceMs(transitionMs(f));
    QCOMPARE(statusOf(f, id), u"error"_s);
    QCOMPARE(allInstances(f,
                          {{u"status"_s, u"error"_s},
                           {u"name"_s, detailOf(f, id).value(u"name"_s).toString()}})
                     .size(),
             1);

    // A create fails the same way.
    const QString created = create(f);
    QVERIFY(!created.isEmpty());
    QCOMPARE(settle(f, created), u"error"_s);
}

void TstSimulatorInstances::shouldEditNameAndDescription()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"PUT"_s, u"/v1/instances/"_s + id, {},
                            {{u"name"_s, u"결제-서버"_s}, {u"description"_s, u"카드 결제 API"_s}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.errorCode(), u"SUCCESS"_s);
    QCOMPARE(a.result().size(), 1);
    QCOMPARE(a.result().at(0).toObject().value(u"name"_s).toString(), u"결제-서버"_s);
    QCOMPARE(detailOf(f, id).value(u"name"_s).toString(), u"결제-서버"_s);
    QCOMPARE(detailOf(f, id).value(u"description"_s).toString(), u"카드 결제 API"_s);

    // Only the description: the name stays; an empty description clears it.
    QCOMPARE(f.direct(u"PUT"_s, u"/v1/instances/"_s + id, {}, {{u"description"_s, QString()}})
                     .status,
             200);
    QCOMPARE(detailOf(f, id).value(u"name"_s).toString(), u"결제-서버"_s);
    QCOMPARE(detailOf(f, id).value(u"description"_s).toString(), QString());

    // The client's builder, with its fields mask.
    const auto built = f.direct(InstancesApi::edit(id, u"renamed"_s, u"d"_s));
    QCOMPARE(built.status, 200);
    QCOMPARE(detailOf(f, id).value(u"name"_s).toString(), u"renamed"_s);
}

void TstSimulatorInstances::shouldValidateEdit_data()
{
    QTest::addColumn<Form>("form");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("name of 51") << Form {{u"name"_s, QString(51, u'x')}} << 400
                                << u"CHECK_LENGTH"_s;
    QTest::newRow("Korean name of 51")
            << Form {{u"name"_s, QString(u"한"_s).repeated(51)}} << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("empty name") << Form {{u"name"_s, QString()}, {u"description"_s, u"d"_s}} << 400
                                << u"CHECK_LENGTH"_s;
    QTest::newRow("description of 256")
            << Form {{u"description"_s, QString(256, u'x')}} << 400 << u"CHECK_LENGTH"_s;
    QTest::newRow("nothing to change")
            << Form {{u"other"_s, u"x"_s}} << 400 << u"REQUIRED_POST_PARAM_MISSING"_s;
    QTest::newRow("name of 50") << Form {{u"name"_s, QString(50, u'x')}} << 200 << u"SUCCESS"_s;
    QTest::newRow("Korean name of 50")
            << Form {{u"name"_s, QString(u"한"_s).repeated(50)}} << 200 << u"SUCCESS"_s;
}

void TstSimulatorInstances::shouldValidateEdit()
{
    QFETCH(Form, form);
    QFETCH(int, status);
    QFETCH(QString, code);
    SimFixture f;
    const QString id = createActive(f, {{u"name"_s, u"before"_s}});
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"PUT"_s, u"/v1/instances/"_s + id, {}, form);
    QCOMPARE(a.status, status);
    QCOMPARE(a.errorCode(), code);
    const QString name = detailOf(f, id).value(u"name"_s).toString();
    QCOMPARE(name, status == 200 ? form.value(u"name"_s) : u"before"_s);
}

void TstSimulatorInstances::shouldOpenARemoteConsoleOfARunningInstance()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    const auto a = f.direct(u"GET"_s, u"/v1/instances/"_s + id + u"/remote-console"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const auto console = InstancesApi::parseRemoteConsole(a.result());
    QVERIFY(console.has_value());
    const QString link
            = a.result().at(0).toObject().value(u"vnc"_s).toObject().value(u"link"_s).toString();
    QVERIFY2(link.startsWith(u"https://"_s), qPrintable(link));
}

void TstSimulatorInstances::shouldRefuseTheRemoteConsoleOfAnOffInstance()
{
    SimFixture f;
    const QString id = createActive(f);
    QVERIFY(!id.isEmpty());
    QCOMPARE(f.direct(u"POST"_s, u"/v1/instances/"_s + id + u"/shutdown"_s).status, 202);
    QCOMPARE(settle(f, id), u"off"_s);
    const auto a = f.direct(u"GET"_s, u"/v1/instances/"_s + id + u"/remote-console"_s);
    QCOMPARE(a.status, 400);
    QVERIFY(a.errorCode() != u"SUCCESS"_s);
    QVERIFY(!a.errorCode().isEmpty());
    QVERIFY(!InstancesApi::parseRemoteConsole(a.result()).has_value());
}

QTEST_GUILESS_MAIN(TstSimulatorInstances)
#include "tst_simulatorinstances.moc"
