// Instances: a full object per the reference's field list, the shapes a server may use instead,
// the delete answer and every remote-console shape.
#include "api/envelope.h"
#include "api/instancesapi.h"

#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

//! A full instance, every field of section 4 of the reference.
const QByteArray kFullInstance = R"json({
  "instance_id": "INSTANCE-7NzLIWdjNR4XmiihwKjPYi",
  "name": "web-1",
  "description": "웹 서버 (운영)",
  "status": "active",
  "provide": "standard",
  "start_date": "2024-01-02 03:04:05",
  "stop_date": "2024-12-31 23:59:59",
  "default_account": {"username": "root", "password": "s3cr3t!pw"},
  "ip": [
    {"public": {"address": "203.0.113.10", "attached": "Y"},
     "private": {"address": "10.0.0.5", "netmask": "255.255.255.0", "network": "10.0.0.0",
                 "broadcast": "10.0.0.255", "gateway": "10.0.0.1"},
     "type": "default"},
    {"public": {"address": "203.0.113.11", "attached": "N"},
     "private": {"address": "10.0.1.5"},
     "type": "additional"}
  ],
  "zone": {"zone_id": "kr1-z01", "name": "KR1-Z01"},
  "flavor": {"flavor_id": "std.v2.m4", "name": "Standard 2", "type": "standard", "vcpu": 2,
             "memory": 4, "disk": 50, "network": "1 Gbps", "gpu": null},
  "image": {"image_id": "PIMAGE-1tQFoTuKeENlSZ7xFXyVix", "name": "Ubuntu 24.04 LTS",
            "os_type": "UBUNTU", "version": "24.04"},
  "monitoring": {"port": "9100", "resource": ["cpu", "memory", "disk"]},
  "block_storage": ["BS-1", "BS-2"],
  "firewall": {"firewall_id": "FIREWALL-9", "title": "web"},
  "vnc": {"link": "https://console.iwinv.kr/vnc?token=abc", "type": "novnc"},
  "connection_limit": {"block_storage": 5, "ip": 2},
  "traffic": {"default": 2000, "period": "month", "limit": "3000", "reset_allow_count": 1}
})json";

std::optional<Instance> parse(const QJsonObject &row)
{
    QString problem;
    return InstancesApi::parseInstance(row, &problem);
}

std::optional<Instance> parseWith(const char *key, const QByteArray &valueJson)
{
    QJsonObject row = Fixtures::objectOf(R"({"instance_id":"INSTANCE-x"})");
    const QJsonObject holder = Fixtures::objectOf("{\"v\":" + valueJson + '}');
    row.insert(QLatin1String(key), holder.value("v"_L1));
    return parse(row);
}

} // namespace

class TstInstanceParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseAFullInstance();
    void shouldReadTheZoneAsStringObjectOrTopLevelId_data();
    void shouldReadTheZoneAsStringObjectOrTopLevelId();
    void shouldReadIpsInEveryShape_data();
    void shouldReadIpsInEveryShape();
    void shouldReadBlockStorageAsIdsOrObjects_data();
    void shouldReadBlockStorageAsIdsOrObjects();
    void shouldReadTheImageFromItsOsObject();
    void shouldReadTheFirewallAsObjectOrId();
    void shouldParseAnInstanceWithNothingButItsId();
    void shouldKeepUnknownStatusesAsWritten_data();
    void shouldKeepUnknownStatusesAsWritten();
    void shouldSkipInstancesWithoutIdAndKeepTheOthers();
    void shouldReadNumbersWrittenAsStrings();
    void shouldParseTheObservedDeleteAnswer();
    void shouldParseOtherDeleteAnswers_data();
    void shouldParseOtherDeleteAnswers();
    void shouldFindTheRemoteConsoleLinkInAnyShape_data();
    void shouldFindTheRemoteConsoleLinkInAnyShape();
    void shouldFindTheRemoteConsoleLinkThroughTheEnvelope_data();
    void shouldFindTheRemoteConsoleLinkThroughTheEnvelope();
    void shouldParseAnInstanceDetailThroughTheEnvelope();
};

void TstInstanceParsers::shouldParseAFullInstance()
{
    QString problem;
    const std::optional<Instance> in
            = InstancesApi::parseInstance(Fixtures::objectOf(kFullInstance), &problem);
    QVERIFY2(in.has_value(), qPrintable(problem));

    QCOMPARE(in->id, u"INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s);
    QCOMPARE(in->name, u"web-1"_s);
    QCOMPARE(in->description, u"웹 서버 (운영)"_s);
    QCOMPARE(in->status, u"active"_s);
    QCOMPARE(in->provide, u"standard"_s);
    QCOMPARE(in->startDate, u"2024-01-02 03:04:05"_s);
    QCOMPARE(in->stopDate, u"2024-12-31 23:59:59"_s);
    QCOMPARE(in->defaultAccountUser, u"root"_s);
    // Secrets are never kept from a row, even when the server sends them.
    QCOMPARE(in->defaultAccountPassword, QString());

    QCOMPARE(in->ips.size(), 2);
    const InstanceIp &first = in->ips.at(0);
    QCOMPARE(first.publicAddress, u"203.0.113.10"_s);
    QCOMPARE(first.publicAttached, true);
    QCOMPARE(first.privateAddress, u"10.0.0.5"_s);
    QCOMPARE(first.netmask, u"255.255.255.0"_s);
    QCOMPARE(first.network, u"10.0.0.0"_s);
    QCOMPARE(first.broadcast, u"10.0.0.255"_s);
    QCOMPARE(first.gateway, u"10.0.0.1"_s);
    QCOMPARE(first.type, u"default"_s);
    const InstanceIp &second = in->ips.at(1);
    QCOMPARE(second.publicAddress, u"203.0.113.11"_s);
    QCOMPARE(second.publicAttached, false);
    QCOMPARE(second.privateAddress, u"10.0.1.5"_s);
    QCOMPARE(second.gateway, QString());
    QCOMPARE(second.type, u"additional"_s);
    QCOMPARE(in->firstPublicIp(), u"203.0.113.10"_s);
    QCOMPARE(in->firstPrivateIp(), u"10.0.0.5"_s);
    QCOMPARE(in->publicIps(), (QStringList {u"203.0.113.10"_s, u"203.0.113.11"_s}));
    QCOMPARE(in->privateIps(), (QStringList {u"10.0.0.5"_s, u"10.0.1.5"_s}));

    QCOMPARE(in->zoneId, u"kr1-z01"_s);
    QCOMPARE(in->zoneName, u"KR1-Z01"_s);
    QCOMPARE(in->flavor.id, u"std.v2.m4"_s);
    QCOMPARE(in->flavor.name, u"Standard 2"_s);
    QCOMPARE(in->flavor.type, u"standard"_s);
    QCOMPARE(in->flavor.vcpu, qint64(2));
    QCOMPARE(in->flavor.memoryGb, qint64(4));
    QCOMPARE(in->flavor.diskGb, qint64(50));
    QCOMPARE(in->flavor.network, u"1 Gbps"_s);
    QCOMPARE(in->flavor.gpu, QString());
    QCOMPARE(in->image.id, u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s);
    QCOMPARE(in->image.name, u"Ubuntu 24.04 LTS"_s);
    QCOMPARE(in->image.osType, u"UBUNTU"_s);
    QCOMPARE(in->image.version, u"24.04"_s);
    QCOMPARE(in->monitoringPort, u"9100"_s);
    QCOMPARE(in->blockStorageIds, (QStringList {u"BS-1"_s, u"BS-2"_s}));
    QCOMPARE(in->firewallId, u"FIREWALL-9"_s);
    QCOMPARE(in->vncLink, QString());
    QCOMPARE(in->vncType, u"novnc"_s);
    // Read on purpose, they are there.
    const InstancesApi::Secrets secrets
            = InstancesApi::parseSecrets(QJsonArray {Fixtures::objectOf(kFullInstance)});
    QCOMPARE(secrets.username, u"root"_s);
    QCOMPARE(secrets.password, u"s3cr3t!pw"_s);
    QCOMPARE(secrets.consoleLink, u"https://console.iwinv.kr/vnc?token=abc"_s);
    QCOMPARE(in->limitBlockStorage, qint64(5));
    QCOMPARE(in->limitIp, qint64(2));
    QCOMPARE(in->trafficDefault, qint64(2000));
    QCOMPARE(in->trafficPeriod, u"month"_s);
    QCOMPARE(in->trafficLimit, qint64(3000));
    QCOMPARE(in->trafficResetAllowCount, qint64(1));

    // The list parser gives the same instance.
    const Parsed<Instance> list
            = InstancesApi::parseInstances(QJsonArray {Fixtures::objectOf(kFullInstance)});
    QCOMPARE(list.items.size(), 1);
    QVERIFY(list.problems.isEmpty());
    QVERIFY(list.items.first() == *in);
}

void TstInstanceParsers::shouldReadTheZoneAsStringObjectOrTopLevelId_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("zoneName");

    QTest::newRow("object") << QByteArray(
            R"({"instance_id":"I","zone":{"zone_id":"kr1-z01","name":"KR1"}})")
                            << u"kr1-z01"_s << u"KR1"_s;
    QTest::newRow("object with zone_name")
            << QByteArray(R"({"instance_id":"I","zone":{"zone_id":"kr1-z01","zone_name":"판교"}})")
            << u"kr1-z01"_s << u"판교"_s;
    QTest::newRow("string") << QByteArray(R"({"instance_id":"I","zone":"kr2-z01"})") << u"kr2-z01"_s
                            << QString();
    QTest::newRow("one-element array")
            << QByteArray(R"({"instance_id":"I","zone":[{"zone_id":"kr2-z01","name":"KR2"}]})")
            << u"kr2-z01"_s << u"KR2"_s;
    QTest::newRow("top-level zone_id") << QByteArray(R"({"instance_id":"I","zone_id":"kr1-z01"})")
                                       << u"kr1-z01"_s << QString();
    QTest::newRow("object without id, top-level id")
            << QByteArray(R"({"instance_id":"I","zone":{"name":"KR1"},"zone_id":"kr1-z01"})")
            << u"kr1-z01"_s << u"KR1"_s;
    QTest::newRow("null") << QByteArray(R"({"instance_id":"I","zone":null})") << QString()
                          << QString();
}

void TstInstanceParsers::shouldReadTheZoneAsStringObjectOrTopLevelId()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, zoneId);
    QFETCH(QString, zoneName);

    const std::optional<Instance> in = parse(Fixtures::objectOf(json));
    QVERIFY(in.has_value());
    QCOMPARE(in->zoneId, zoneId);
    QCOMPARE(in->zoneName, zoneName);
}

void TstInstanceParsers::shouldReadIpsInEveryShape_data()
{
    QTest::addColumn<QByteArray>("ipJson");
    QTest::addColumn<QStringList>("publicIps");
    QTest::addColumn<QStringList>("privateIps");

    QTest::newRow("array of objects")
            << QByteArray(R"([{"public":{"address":"1.1.1.1"},"private":{"address":"10.0.0.1"}}])")
            << QStringList {u"1.1.1.1"_s} << QStringList {u"10.0.0.1"_s};
    QTest::newRow("object instead of array")
            << QByteArray(R"({"public":{"address":"1.1.1.1"},"private":{"address":"10.0.0.1"}})")
            << QStringList {u"1.1.1.1"_s} << QStringList {u"10.0.0.1"_s};
    QTest::newRow("public and private as strings")
            << QByteArray(R"([{"public":"203.0.113.7","private":"10.1.1.1"}])")
            << QStringList {u"203.0.113.7"_s} << QStringList {u"10.1.1.1"_s};
    QTest::newRow("sides as one-element arrays")
            << QByteArray(
                       R"([{"public":[{"address":"1.1.1.1"}],"private":[{"address":"10.0.0.1"}]}])")
            << QStringList {u"1.1.1.1"_s} << QStringList {u"10.0.0.1"_s};
    QTest::newRow("private only") << QByteArray(
            R"([{"public":null,"private":{"address":"10.0.0.9"}}])")
                                  << QStringList() << QStringList {u"10.0.0.9"_s};
    QTest::newRow("array of address strings")
            << QByteArray(R"(["1.1.1.1","2.2.2.2"])") << QStringList {u"1.1.1.1"_s, u"2.2.2.2"_s}
            << QStringList();
    QTest::newRow("empty entries dropped")
            << QByteArray(R"([{}, {"type":"default"}, null, 5, {"public":{"address":"1.1.1.1"}}])")
            << QStringList {u"1.1.1.1"_s} << QStringList();
    QTest::newRow("empty array") << QByteArray("[]") << QStringList() << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList() << QStringList();
}

void TstInstanceParsers::shouldReadIpsInEveryShape()
{
    QFETCH(QByteArray, ipJson);
    QFETCH(QStringList, publicIps);
    QFETCH(QStringList, privateIps);

    const std::optional<Instance> in = parseWith("ip", ipJson);
    QVERIFY(in.has_value());
    QCOMPARE(in->publicIps(), publicIps);
    QCOMPARE(in->privateIps(), privateIps);
    QCOMPARE(in->firstPublicIp(), publicIps.value(0));
    QCOMPARE(in->firstPrivateIp(), privateIps.value(0));
}

void TstInstanceParsers::shouldReadBlockStorageAsIdsOrObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ids") << QByteArray(R"(["BS-1","BS-2"])") << QStringList {u"BS-1"_s, u"BS-2"_s};
    QTest::newRow("objects") << QByteArray(
            R"([{"block_storage_id":"BS-1","size":50},{"block_storage_id":"BS-2"}])")
                             << QStringList {u"BS-1"_s, u"BS-2"_s};
    QTest::newRow("mixed") << QByteArray(R"(["BS-1",{"block_storage_id":"BS-2"},{"size":9}])")
                           << QStringList {u"BS-1"_s, u"BS-2"_s};
    QTest::newRow("one object") << QByteArray(R"({"block_storage_id":"BS-1"})")
                                << QStringList {u"BS-1"_s};
    QTest::newRow("comma string") << QByteArray(R"("BS-1, BS-2")")
                                  << QStringList {u"BS-1"_s, u"BS-2"_s};
    QTest::newRow("numeric ids") << QByteArray("[101, 102]") << QStringList {u"101"_s, u"102"_s};
    QTest::newRow("empty") << QByteArray("[]") << QStringList();
    QTest::newRow("null") << QByteArray("null") << QStringList();
}

void TstInstanceParsers::shouldReadBlockStorageAsIdsOrObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);

    const std::optional<Instance> in = parseWith("block_storage", json);
    QVERIFY(in.has_value());
    QCOMPARE(in->blockStorageIds, expected);
}

void TstInstanceParsers::shouldReadTheImageFromItsOsObject()
{
    // The instance's image written like an image list row (name and version under os).
    const std::optional<Instance> in = parse(Fixtures::objectOf(R"j({
      "instance_id": "I",
      "image": {"image_id": "PIMAGE-1Pos3S8VaJXq3wgC8c4BMi", "visibility": "public",
                "os": {"type": "OS", "name": "Rocky Linux release 9.0 (Blue Onyx)",
                       "os_type": "ROCKYLINUX", "version": "9.X"},
                "image_type": "os_linux"}
    })j"));
    QVERIFY(in.has_value());
    QCOMPARE(in->image.id, u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s);
    QCOMPARE(in->image.name, u"Rocky Linux release 9.0 (Blue Onyx)"_s);
    QCOMPARE(in->image.osType, u"ROCKYLINUX"_s);
    QCOMPARE(in->image.version, u"9.X"_s);

    // Top-level fields win over the os object.
    const std::optional<Instance> both = parse(Fixtures::objectOf(R"({
      "instance_id": "I",
      "image": {"name": "my image", "version": "1", "os": {"name": "Rocky", "version": "9"}}
    })"));
    QVERIFY(both.has_value());
    QCOMPARE(both->image.name, u"my image"_s);
    QCOMPARE(both->image.version, u"1"_s);
}

void TstInstanceParsers::shouldReadTheFirewallAsObjectOrId()
{
    QCOMPARE(parseWith("firewall", R"({"firewall_id":"FIREWALL-1"})")->firewallId, u"FIREWALL-1"_s);
    QCOMPARE(parseWith("firewall", R"("FIREWALL-2")")->firewallId, u"FIREWALL-2"_s);
    QCOMPARE(parseWith("firewall", "null")->firewallId, QString());
    QCOMPARE(parseWith("firewall", R"({"title":"no id"})")->firewallId, QString());
}

void TstInstanceParsers::shouldParseAnInstanceWithNothingButItsId()
{
    const std::optional<Instance> in
            = parse(Fixtures::objectOf(R"({"instance_id":"INSTANCE-only"})"));
    QVERIFY(in.has_value());
    Instance expected;
    expected.id = u"INSTANCE-only"_s;
    QVERIFY(*in == expected);
    // Unknown limits stay "unknown", not zero.
    QCOMPARE(in->limitBlockStorage, qint64(-1));
    QCOMPARE(in->limitIp, qint64(-1));
    QCOMPARE(in->trafficDefault, qint64(-1));
    QCOMPARE(in->trafficLimit, qint64(-1));
    QCOMPARE(in->trafficResetAllowCount, qint64(-1));
    QVERIFY(in->ips.isEmpty());
    QCOMPARE(in->firstPublicIp(), QString());

    // The same with every other field null.
    const std::optional<Instance> nulls = parse(Fixtures::objectOf(R"({
      "instance_id": "INSTANCE-only", "name": null, "description": null, "status": null,
      "provide": null, "start_date": null, "stop_date": null, "default_account": null, "ip": null,
      "zone": null, "flavor": null, "image": null, "monitoring": null, "block_storage": null,
      "firewall": null, "vnc": null, "connection_limit": null, "traffic": null
    })"));
    QVERIFY(nulls.has_value());
    QVERIFY(*nulls == expected);
}

void TstInstanceParsers::shouldKeepUnknownStatusesAsWritten_data()
{
    QTest::addColumn<QString>("status");

    for (const char *s : {"pending", "active", "error", "work", "off", "building", "deleting",
                          "migrating", "ACTIVE", "정지", ""})
        QTest::newRow(*s ? s : "(empty)") << QString::fromUtf8(s);
}

void TstInstanceParsers::shouldKeepUnknownStatusesAsWritten()
{
    QFETCH(QString, status);

    QJsonObject row = Fixtures::objectOf(R"({"instance_id":"I"})");
    row.insert("status"_L1, status);
    const std::optional<Instance> in = parse(row);
    QVERIFY(in.has_value());
    QCOMPARE(in->status, status);
}

void TstInstanceParsers::shouldSkipInstancesWithoutIdAndKeepTheOthers()
{
    const Parsed<Instance> parsed = InstancesApi::parseInstances(Fixtures::rowsOf(R"([
      {"instance_id": "INSTANCE-a", "name": "a"},
      {"name": "no id", "status": "active"},
      {"instance_id": "", "name": "empty id"},
      "INSTANCE-c",
      {"instance_id": "INSTANCE-d", "ip": "garbage", "zone": 5, "flavor": "std"}
    ])"));
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(0).id, u"INSTANCE-a"_s);
    QCOMPARE(parsed.items.at(1).id, u"INSTANCE-d"_s);
    QVERIFY(parsed.items.at(1).ips.isEmpty());
    QCOMPARE(parsed.items.at(1).flavor.id, QString());
    QCOMPARE(parsed.problems.size(), 3);
    QVERIFY(parsed.problems.at(0).startsWith(u"row 2:"_s));
    QVERIFY(parsed.problems.at(0).contains(u"instance_id"_s));
    QVERIFY(parsed.problems.at(1).startsWith(u"row 3:"_s));
    QVERIFY(parsed.problems.at(2).startsWith(u"row 4:"_s));

    QString problem;
    QVERIFY(!InstancesApi::parseInstance(QJsonObject(), &problem).has_value());
    QCOMPARE(problem, u"no instance_id"_s);
}

void TstInstanceParsers::shouldReadNumbersWrittenAsStrings()
{
    const std::optional<Instance> in = parse(Fixtures::objectOf(R"({
      "instance_id": "I",
      "flavor": {"vcpu": "4", "memory": "8GB", "disk": "100 GB"},
      "monitoring": {"port": 9100},
      "connection_limit": {"block_storage": "10", "ip": "3"},
      "traffic": {"default": "5,000", "limit": 5000000000, "reset_allow_count": "2"}
    })"));
    QVERIFY(in.has_value());
    QCOMPARE(in->flavor.vcpu, qint64(4));
    QCOMPARE(in->flavor.memoryGb, qint64(8));
    QCOMPARE(in->flavor.diskGb, qint64(100));
    QCOMPARE(in->monitoringPort, u"9100"_s);
    QCOMPARE(in->limitBlockStorage, qint64(10));
    QCOMPARE(in->limitIp, qint64(3));
    QCOMPARE(in->trafficDefault, qint64(5000));
    QCOMPARE(in->trafficLimit, qint64(5000000000));
    QCOMPARE(in->trafficResetAllowCount, qint64(2));
}

void TstInstanceParsers::shouldParseTheObservedDeleteAnswer()
{
    const InstancesApi::DeleteResult result = InstancesApi::parseDelete(
            Fixtures::rowsOf(R"([{"status":"deleting","block_storage":["BS-1","BS-2"]}])"));
    QCOMPARE(result.status, u"deleting"_s);
    QCOMPARE(result.keptBlockStorageIds, (QStringList {u"BS-1"_s, u"BS-2"_s}));
}

void TstInstanceParsers::shouldParseOtherDeleteAnswers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("kept");

    QTest::newRow("no volumes") << QByteArray(R"([{"status":"deleting","block_storage":[]}])")
                                << u"deleting"_s << QStringList();
    QTest::newRow("volumes missing")
            << QByteArray(R"([{"status":"deleting"}])") << u"deleting"_s << QStringList();
    QTest::newRow("volume objects") << QByteArray(
            R"([{"status":"deleting","block_storage":[{"block_storage_id":"BS-9"}]}])")
                                    << u"deleting"_s << QStringList {u"BS-9"_s};
    QTest::newRow("numeric volume ids")
            << QByteArray(R"([{"status":"deleting","block_storage":[7, 8]}])") << u"deleting"_s
            << QStringList {u"7"_s, u"8"_s};
    QTest::newRow("empty result") << QByteArray("[]") << QString() << QStringList();
    QTest::newRow("string row") << QByteArray(R"(["deleting"])") << QString() << QStringList();
    QTest::newRow("null row") << QByteArray("[null]") << QString() << QStringList();
}

void TstInstanceParsers::shouldParseOtherDeleteAnswers()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, status);
    QFETCH(QStringList, kept);

    const InstancesApi::DeleteResult result = InstancesApi::parseDelete(Fixtures::rowsOf(json));
    QCOMPARE(result.status, status);
    QCOMPARE(result.keptBlockStorageIds, kept);
}

void TstInstanceParsers::shouldFindTheRemoteConsoleLinkInAnyShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("type");

    QTest::newRow("vnc object") << QByteArray(
            R"([{"vnc":{"link":"https://vnc.iwinv.kr/a?t=1","type":"novnc"}}])")
                                << true << u"https://vnc.iwinv.kr/a?t=1"_s << u"novnc"_s;
    QTest::newRow("vnc as one-element array")
            << QByteArray(R"([{"vnc":[{"link":"https://vnc.iwinv.kr/b"}]}])") << true
            << u"https://vnc.iwinv.kr/b"_s << QString();
    QTest::newRow("link at top") << QByteArray(R"([{"link":"https://x.example/c","type":"html5"}])")
                                 << true << u"https://x.example/c"_s << u"html5"_s;
    QTest::newRow("url at top") << QByteArray(R"([{"url":"https://x.example/d"}])") << true
                                << u"https://x.example/d"_s << QString();
    QTest::newRow("remote_console href")
            << QByteArray(R"([{"remote_console":{"href":"http://x.example/e","type":"vnc"}}])")
            << true << u"http://x.example/e"_s << u"vnc"_s;
    QTest::newRow("bare string") << QByteArray(R"(["https://x.example/f"])") << true
                                 << u"https://x.example/f"_s << QString();
    QTest::newRow("second row") << QByteArray(R"([{"status":"ok"},{"url":"https://x.example/g"}])")
                                << true << u"https://x.example/g"_s << QString();
    QTest::newRow("vnc preferred over top")
            << QByteArray(R"([{"vnc":{"link":"https://vnc/1"},"link":"https://top/2"}])") << true
            << u"https://vnc/1"_s << QString();
    QTest::newRow("empty vnc link, url elsewhere")
            << QByteArray(R"([{"vnc":{"link":""},"url":"https://x.example/h"}])") << true
            << u"https://x.example/h"_s << QString();

    QTest::newRow("empty result") << QByteArray("[]") << false << QString() << QString();
    QTest::newRow("empty link") << QByteArray(R"([{"vnc":{"link":"","type":"novnc"}}])") << false
                                << QString() << QString();
    QTest::newRow("null link") << QByteArray(R"([{"vnc":{"link":null}}])") << false << QString()
                               << QString();
    QTest::newRow("javascript link") << QByteArray(R"j([{"link":"javascript:alert(1)"}])j") << false
                                     << QString() << QString();
    QTest::newRow("file link") << QByteArray(R"([{"url":"file:///etc/passwd"}])") << false
                               << QString() << QString();
    QTest::newRow("string that is no url")
            << QByteArray(R"(["console not ready"])") << false << QString() << QString();
    QTest::newRow("null row") << QByteArray("[null]") << false << QString() << QString();
    QTest::newRow("number row") << QByteArray("[42]") << false << QString() << QString();
    QTest::newRow("unrelated object")
            << QByteArray(R"([{"status":"active"}])") << false << QString() << QString();
}

void TstInstanceParsers::shouldFindTheRemoteConsoleLinkInAnyShape()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, found);
    QFETCH(QString, link);
    QFETCH(QString, type);

    const std::optional<RemoteConsole> console
            = InstancesApi::parseRemoteConsole(Fixtures::rowsOf(json));
    QCOMPARE(console.has_value(), found);
    if (found) {
        QCOMPARE(console->link, link);
        QCOMPARE(console->type, type);
    }
}

void TstInstanceParsers::shouldFindTheRemoteConsoleLinkThroughTheEnvelope_data()
{
    QTest::addColumn<QByteArray>("resultJson");

    QTest::newRow("array with vnc object")
            << QByteArray(R"([{"vnc":{"link":"https://vnc.iwinv.kr/z","type":"novnc"}}])");
    QTest::newRow("lone vnc object")
            << QByteArray(R"({"vnc":{"link":"https://vnc.iwinv.kr/z","type":"novnc"}})");
    QTest::newRow("lone link object")
            << QByteArray(R"({"link":"https://vnc.iwinv.kr/z","type":"novnc"})");
}

void TstInstanceParsers::shouldFindTheRemoteConsoleLinkThroughTheEnvelope()
{
    QFETCH(QByteArray, resultJson);

    ApiError error;
    const Envelope envelope = Envelope::decode(
            200,
            R"({"code":"0x00","error_code":"SUCCESS","message":"","result":)" + resultJson + '}',
            &error);
    QVERIFY(!error.isError());
    const std::optional<RemoteConsole> console = InstancesApi::parseRemoteConsole(envelope.result);
    QVERIFY(console.has_value());
    QCOMPARE(console->link, u"https://vnc.iwinv.kr/z"_s);
    QCOMPARE(console->type, u"novnc"_s);
}

void TstInstanceParsers::shouldParseAnInstanceDetailThroughTheEnvelope()
{
    // A detail is a one-element result; an object result is accepted too.
    for (const QByteArray &result : {QByteArray("[" + kFullInstance + "]"), kFullInstance}) {
        ApiError error;
        const Envelope envelope = Envelope::decode(
                200,
                R"({"code":"0x00","error_code":"SUCCESS","message":"","result":)" + result + '}',
                &error);
        QVERIFY(!error.isError());
        const Parsed<Instance> parsed = InstancesApi::parseInstances(envelope.result);
        QCOMPARE(parsed.items.size(), 1);
        QCOMPARE(parsed.items.first().id, u"INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s);
        QCOMPARE(parsed.items.first().publicIps().size(), 2);
    }
}

QTEST_GUILESS_MAIN(TstInstanceParsers)
#include "tst_instanceparsers.moc"
