// Block storage, billing, SSH keys, user scripts and firewalls (both dialects): the docs'
// examples verbatim, the observed shapes, and the alternative field names the client accepts.
#include "api/billingapi.h"
#include "api/blockstorageapi.h"
#include "api/envelope.h"
#include "api/firewallsapi.h"
#include "api/sshkeysapi.h"
#include "api/userscriptsapi.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

std::optional<Bill> parseBill(const QByteArray &json)
{
    QString problem;
    return BillingApi::parseBill(Fixtures::objectOf(json), &problem);
}

std::optional<Firewall> parseFirewall(const QByteArray &json)
{
    QString problem;
    return FirewallsApi::parseFirewall(Fixtures::objectOf(json), &problem);
}

} // namespace

class TstAccountParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Block storage
    void shouldParseBlockStorageTypesWithZonesNullOrListed();
    void shouldParseVolumesWithAlternativeFieldNames_data();
    void shouldParseVolumesWithAlternativeFieldNames();
    void shouldSkipVolumesWithoutId();
    // Billing
    void shouldParseTheDocsBillDetailVerbatim();
    void shouldParseLiveBillRows();
    void shouldRejectALiveBillWithoutPrice();
    void shouldKeepAmountsAbove32Bits();
    void shouldFallBackToPricePlusVatWithoutPaymentPrice_data();
    void shouldFallBackToPricePlusVatWithoutPaymentPrice();
    void shouldParseBillListRowsAndTolerateOddGroups();
    // SSH keys and user scripts
    void shouldParseSshKeys();
    void shouldParseUserScriptsUnderAlternativeKeys_data();
    void shouldParseUserScriptsUnderAlternativeKeys();
    // Firewalls
    void shouldParseAFirewallOfTheFirewallDialect();
    void shouldParseASecurityGroup();
    void shouldReadIcmpFlags_data();
    void shouldReadIcmpFlags();
    void shouldReadFirewallInstancesAsIdsOrObjects_data();
    void shouldReadFirewallInstancesAsIdsOrObjects();
    void shouldReadRulesInEveryShape();
    void shouldReadBackTheRulesItSends();
    void shouldSkipFirewallsWithoutId();
    void shouldParseSecurityGroupInstanceIds();
};

void TstAccountParsers::shouldParseBlockStorageTypesWithZonesNullOrListed()
{
    const Parsed<BlockStorageType> parsed = BlockStorageApi::parseTypes(Fixtures::rowsOf(R"([
      {"type": "ssd", "min": 10, "max": 2000, "zones": null},
      {"type": "sata", "min": "10", "max": "20,000", "zones": ["kr1-z01", "kr2-z01"]},
      {"type": "NVMe", "min": "20GB", "zones": [{"zone_id": "kr2-z01"}]},
      {"type": "Archive", "zone": "kr1-z01"},
      {"min": 1, "max": 2},
      {"type": "Cold", "zones": []}
    ])"));
    QCOMPARE(parsed.items.size(), 5);
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY2(parsed.problems.first().startsWith(u"row 5:"_s), qPrintable(parsed.problems.first()));

    const BlockStorageType &ssd = parsed.items.at(0);
    QCOMPARE(ssd.type, u"ssd"_s); // as observed (§6)
    QCOMPARE(ssd.minGb, qint64(10));
    QCOMPARE(ssd.maxGb, qint64(2000));
    QVERIFY(ssd.zones.isEmpty()); // null: every zone
    const BlockStorageType &hdd = parsed.items.at(1);
    QCOMPARE(hdd.minGb, qint64(10));
    QCOMPARE(hdd.maxGb, qint64(20000));
    QCOMPARE(hdd.zones, (QStringList {u"kr1-z01"_s, u"kr2-z01"_s}));
    const BlockStorageType &nvme = parsed.items.at(2);
    QCOMPARE(nvme.minGb, qint64(20));
    QCOMPARE(nvme.maxGb, qint64(0));
    QCOMPARE(nvme.zones, QStringList {u"kr2-z01"_s});
    QCOMPARE(parsed.items.at(3).zones, QStringList {u"kr1-z01"_s});
    QCOMPARE(parsed.items.at(4).type, u"Cold"_s);
    QVERIFY(parsed.items.at(4).zones.isEmpty());
}

void TstAccountParsers::shouldParseVolumesWithAlternativeFieldNames_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("sizeGb");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("instanceId");
    QTest::addColumn<QString>("createdAt");

    QTest::newRow("simulator names")
            << QByteArray(R"({"block_storage_id":"BS-1","name":"data","description":"로그",)"
                          R"("type":"SSD","size":100,"status":"attached","zone_id":"kr1-z01",)"
                          R"("instance_id":"INSTANCE-a","created_at":"2024-05-01 10:00:00"})")
            << u"BS-1"_s << qint64(100) << u"kr1-z01"_s << u"INSTANCE-a"_s
            << u"2024-05-01 10:00:00"_s;
    QTest::newRow("id, zone and instance objects, start_date")
            << QByteArray(
                       R"({"id":"BS-2","size":"200 GB","zone":{"zone_id":"kr2-z01","name":"KR2"},)"
                       R"("instance":{"instance_id":"INSTANCE-b","name":"web"},)"
                       R"("start_date":"2024-06-01"})")
            << u"BS-2"_s << qint64(200) << u"kr2-z01"_s << u"INSTANCE-b"_s << u"2024-06-01"_s;
    QTest::newRow("zone as string, detached (null instance)")
            << QByteArray(R"({"block_storage_id":"BS-3","size":"1,024","zone":"kr1-z01",)"
                          R"("instance_id":null})")
            << u"BS-3"_s << qint64(1024) << u"kr1-z01"_s << QString() << QString();
    QTest::newRow("numeric id, instance as string")
            << QByteArray(R"({"id":77,"size":5000000000,"instance":"INSTANCE-c"})") << u"77"_s
            << qint64(5000000000) << QString() << u"INSTANCE-c"_s << QString();
    QTest::newRow("objects keyed by id")
            << QByteArray(R"({"block_storage_id":"BS-4","zone":{"id":"kr2-z01"},)"
                          R"("instance":{"id":"INSTANCE-d"}})")
            << u"BS-4"_s << qint64(0) << u"kr2-z01"_s << u"INSTANCE-d"_s << QString();
    QTest::newRow("instance object keyed by id that names its zone")
            << QByteArray(R"({"block_storage_id":"BS-5","zone_id":"kr1-z01",)"
                          R"("instance":{"id":"INSTANCE-e","zone_id":"kr1-z01"}})")
            << u"BS-5"_s << qint64(0) << u"kr1-z01"_s << u"INSTANCE-e"_s << QString();
    QTest::newRow("preferred names win")
            << QByteArray(R"({"block_storage_id":"BS-6","id":"other","zone_id":"kr1-z01",)"
                          R"("zone":"kr2-z01","instance_id":"INSTANCE-f","instance":"INSTANCE-g",)"
                          R"("created_at":"c","start_date":"s"})")
            << u"BS-6"_s << qint64(0) << u"kr1-z01"_s << u"INSTANCE-f"_s << u"c"_s;
    QTest::newRow("empty preferred name falls through")
            << QByteArray(R"({"block_storage_id":"","id":"BS-7","instance_id":"",)"
                          R"("instance":"INSTANCE-h"})")
            << u"BS-7"_s << qint64(0) << QString() << u"INSTANCE-h"_s << QString();
}

void TstAccountParsers::shouldParseVolumesWithAlternativeFieldNames()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, id);
    QFETCH(qint64, sizeGb);
    QFETCH(QString, zoneId);
    QFETCH(QString, instanceId);
    QFETCH(QString, createdAt);

    QString problem;
    const std::optional<BlockStorage> volume
            = BlockStorageApi::parseVolume(Fixtures::objectOf(json), &problem);
    QVERIFY2(volume.has_value(), qPrintable(problem));
    QCOMPARE(volume->id, id);
    QCOMPARE(volume->sizeGb, sizeGb);
    QCOMPARE(volume->zoneId, zoneId);
    QCOMPARE(volume->instanceId, instanceId);
    QCOMPARE(volume->createdAt, createdAt);
}

void TstAccountParsers::shouldSkipVolumesWithoutId()
{
    const Parsed<BlockStorage> parsed = BlockStorageApi::parseVolumes(Fixtures::rowsOf(R"([
      {"block_storage_id": "BS-1", "name": "data", "description": "d", "type": "SSD",
       "status": "available"},
      {"name": "no id", "size": 10},
      {"block_storage_id": null, "id": null},
      7
    ])"));
    QCOMPARE(parsed.items.size(), 1);
    const BlockStorage &volume = parsed.items.first();
    QCOMPARE(volume.name, u"data"_s);
    QCOMPARE(volume.description, u"d"_s);
    QCOMPARE(volume.type, u"SSD"_s);
    QCOMPARE(volume.status, u"available"_s);
    QCOMPARE(volume.instanceId, QString());
    QCOMPARE(parsed.problems.size(), 3);
    QVERIFY(parsed.problems.at(0).contains(u"block_storage_id"_s));
}

void TstAccountParsers::shouldParseTheDocsBillDetailVerbatim()
{
    ApiError error;
    const Envelope envelope = Envelope::decode(200, Fixtures::read(u"bill-detail.json"_s), &error);
    QVERIFY(!error.isError());
    QCOMPARE(envelope.count, std::optional<qint64>(1));

    const Parsed<Bill> parsed = BillingApi::parseBills(envelope.result);
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
    QCOMPARE(parsed.items.size(), 1);
    const Bill &bill = parsed.items.first();
    QCOMPARE(bill.id, u"BILL-2maQCjuLeNFdjdtIybEMqf"_s);
    QCOMPARE(bill.type, QString()); // list rows only
    QCOMPARE(bill.usageStart, u"2023-12-01"_s);
    QCOMPARE(bill.usageEnd, u"2023-12-31"_s);
    QCOMPARE(bill.billDate, u"2023-12-31"_s);
    QCOMPARE(bill.paymentStatus, u"paid"_s);
    QCOMPARE(bill.name, u"2023년 12월 정기 청구"_s);
    QCOMPARE(bill.price, qint64(59100));
    QCOMPARE(bill.vat, qint64(5910));
    QCOMPARE(bill.paymentPrice, qint64(65010));
    QCOMPARE(bill.currency, u"KRW"_s);
    QCOMPARE(bill.datePaid, u"2024-01-01"_s);
    QCOMPARE(bill.invoiceUrls, QStringList());
    QCOMPARE(bill.taxUrls, QStringList {u"https://..."_s});
    QCOMPARE(bill.groups.size(), 1);
    const BillGroup &group = bill.groups.first();
    QCOMPARE(group.type, u"서버"_s);
    QCOMPARE(group.count, qint64(1));
    QCOMPARE(group.subTotal, qint64(5910));
    QCOMPARE(group.items.size(), 1);
    const BillItem &item = group.items.first();
    QCOMPARE(item.serviceId, u"INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s);
    QCOMPARE(item.name, u"..."_s);
    QCOMPARE(item.price, qint64(0));
    QCOMPARE(item.vat, qint64(0));
    QCOMPARE(item.usageStart, QString());
    QCOMPARE(item.usageEnd, QString());
}

void TstAccountParsers::shouldParseLiveBillRows()
{
    const Parsed<LiveBill> parsed = BillingApi::parseLiveBills(Fixtures::rowsOf(R"([
      {"bill_id": "BILL-live", "start_date": "2024-05-01", "end_date": "2024-05-17",
       "price": 12345, "currency": "KRW"},
      {"bill_id": "BILL-live", "start_date": "2024-05-01", "end_date": "2024-05-17",
       "price": "5,000,000,000", "currency": "KRW"},
      {"price": 0}
    ])"));
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.items.size(), 3);
    const LiveBill &live = parsed.items.at(0);
    QCOMPARE(live.id, u"BILL-live"_s);
    QCOMPARE(live.startDate, u"2024-05-01"_s);
    QCOMPARE(live.endDate, u"2024-05-17"_s);
    QCOMPARE(live.price, qint64(12345));
    QCOMPARE(live.currency, u"KRW"_s);
    QCOMPARE(parsed.items.at(1).price, qint64(5000000000));
    // A zero estimate (start of month) is a real value.
    QCOMPARE(parsed.items.at(2).price, qint64(0));
}

void TstAccountParsers::shouldRejectALiveBillWithoutPrice()
{
    for (const QByteArray &json : {QByteArray(R"({"bill_id":"BILL-live"})"),
                                   QByteArray(R"({"bill_id":"BILL-live","price":null})"),
                                   QByteArray(R"({"bill_id":"BILL-live","price":"soon"})")}) {
        QString problem;
        QVERIFY2(!BillingApi::parseLiveBill(Fixtures::objectOf(json), &problem).has_value(),
                 json.constData());
        QCOMPARE(problem, u"no price"_s);
    }
}

void TstAccountParsers::shouldKeepAmountsAbove32Bits()
{
    const std::optional<Bill> bill = parseBill(R"({
      "bill_id": "BILL-big", "price": 5000000000, "vat": "500,000,000",
      "payment_price": "5500000000",
      "group": [{"type": "서버", "count": "3", "sub_total": 4294967296,
                 "item": [{"service_id": "INSTANCE-x", "name": "big", "price": 4294967297,
                           "vat": "429496730", "usage_start": "2024-01-01",
                           "usage_end": "2024-01-31"}]}]
    })");
    QVERIFY(bill.has_value());
    QCOMPARE(bill->price, qint64(5000000000));
    QCOMPARE(bill->vat, qint64(500000000));
    QCOMPARE(bill->paymentPrice, qint64(5500000000));
    QCOMPARE(bill->groups.size(), 1);
    QCOMPARE(bill->groups.first().count, qint64(3));
    QCOMPARE(bill->groups.first().subTotal, qint64(4294967296));
    const BillItem &item = bill->groups.first().items.first();
    QCOMPARE(item.price, qint64(4294967297));
    QCOMPARE(item.vat, qint64(429496730));
    QCOMPARE(item.usageStart, u"2024-01-01"_s);
    QCOMPARE(item.usageEnd, u"2024-01-31"_s);
}

void TstAccountParsers::shouldFallBackToPricePlusVatWithoutPaymentPrice_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("paymentPrice");

    QTest::newRow("missing") << QByteArray(R"({"bill_id":"B","price":59100,"vat":5910})")
                             << qint64(65010);
    QTest::newRow("null") << QByteArray(
            R"({"bill_id":"B","price":1000,"vat":100,"payment_price":null})")
                          << qint64(1100);
    QTest::newRow("unreadable") << QByteArray(
            R"({"bill_id":"B","price":"1000","vat":"100","payment_price":"미정"})")
                                << qint64(1100);
    QTest::newRow("above 32 bits")
            << QByteArray(R"({"bill_id":"B","price":4294967296,"vat":1})") << qint64(4294967297);
    QTest::newRow("vat missing") << QByteArray(R"({"bill_id":"B","price":700})") << qint64(700);
    QTest::newRow("given, even if different")
            << QByteArray(R"({"bill_id":"B","price":1000,"vat":100,"payment_price":0})")
            << qint64(0);
}

void TstAccountParsers::shouldFallBackToPricePlusVatWithoutPaymentPrice()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, paymentPrice);

    const std::optional<Bill> bill = parseBill(json);
    QVERIFY(bill.has_value());
    QCOMPARE(bill->paymentPrice, paymentPrice);
}

void TstAccountParsers::shouldParseBillListRowsAndTolerateOddGroups()
{
    const Parsed<Bill> parsed = BillingApi::parseBills(Fixtures::rowsOf(R"([
      {"bill_id": "BILL-a", "type": "regular", "name": "2024년 1월 정기 청구", "price": 10,
       "vat": 1, "payment_price": 11, "invoice": "https://a/1, https://a/2",
       "group": {"type": "블록 스토리지", "count": 1, "sub_total": 5,
                 "item": {"service_id": "BS-1", "name": "data"}}},
      {"bill_id": "BILL-b", "type": "prepaid", "group": [null, "x", {"type": "서버"}]},
      {"type": "regular", "price": 1},
      {"bill_id": "BILL-c", "group": null, "invoice": null, "tax": null}
    ])"));
    QCOMPARE(parsed.items.size(), 3);
    QCOMPARE(parsed.problems.size(), 1);
    QVERIFY(parsed.problems.first().contains(u"bill_id"_s));

    const Bill &a = parsed.items.at(0);
    QCOMPARE(a.type, u"regular"_s);
    QCOMPARE(a.name, u"2024년 1월 정기 청구"_s);
    QCOMPARE(a.invoiceUrls, (QStringList {u"https://a/1"_s, u"https://a/2"_s}));
    QCOMPARE(a.groups.size(), 1);
    QCOMPARE(a.groups.first().type, u"블록 스토리지"_s);
    QCOMPARE(a.groups.first().items.size(), 1);
    QCOMPARE(a.groups.first().items.first().serviceId, u"BS-1"_s);

    const Bill &b = parsed.items.at(1);
    QCOMPARE(b.type, u"prepaid"_s);
    QCOMPARE(b.groups.size(), 1);
    QCOMPARE(b.groups.first().type, u"서버"_s);
    QVERIFY(b.groups.first().items.isEmpty());

    const Bill &c = parsed.items.at(2);
    QVERIFY(c.groups.isEmpty());
    QVERIFY(c.invoiceUrls.isEmpty());
    QVERIFY(c.taxUrls.isEmpty());
    QCOMPARE(c.paymentPrice, qint64(0));
}

void TstAccountParsers::shouldParseSshKeys()
{
    const Parsed<SshKey> parsed = SshKeysApi::parseSshKeys(Fixtures::rowsOf(R"([
      {"ssh_key_id": "KEY-1", "name": "laptop 🔑", "start_date": "2024-01-01 09:00:00"},
      {"ssh_key_id": 42, "name": null},
      {"name": "no id"},
      {"ssh_key_id": ""}
    ])"));
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(0).id, u"KEY-1"_s);
    QCOMPARE(parsed.items.at(0).name, u"laptop 🔑"_s);
    QCOMPARE(parsed.items.at(0).startDate, u"2024-01-01 09:00:00"_s);
    QCOMPARE(parsed.items.at(1).id, u"42"_s);
    QCOMPARE(parsed.items.at(1).name, QString());
    QCOMPARE(parsed.problems.size(), 2);
    QVERIFY(parsed.problems.at(0).startsWith(u"row 3:"_s));
    QVERIFY(parsed.problems.at(0).contains(u"ssh_key_id"_s));
    QVERIFY(parsed.problems.at(1).startsWith(u"row 4:"_s));
}

void TstAccountParsers::shouldParseUserScriptsUnderAlternativeKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("startDate");

    QTest::newRow("simulator names") << QByteArray(
            R"({"user_script_id":"SCRIPT-1","name":"init","start_date":"2024-01-01"})")
                                     << true << u"SCRIPT-1"_s << u"init"_s << u"2024-01-01"_s;
    QTest::newRow("script_id, title, created_at")
            << QByteArray(R"({"script_id":"SCRIPT-2","title":"설치","created_at":"2024-02-02"})")
            << true << u"SCRIPT-2"_s << u"설치"_s << u"2024-02-02"_s;
    QTest::newRow("id, numeric") << QByteArray(R"({"id":17,"name":"n"})") << true << u"17"_s
                                 << u"n"_s << QString();
    QTest::newRow("user_script_id wins over id")
            << QByteArray(R"({"id":"other","user_script_id":"SCRIPT-3","script_id":"x"})") << true
            << u"SCRIPT-3"_s << QString() << QString();
    QTest::newRow("empty user_script_id falls through")
            << QByteArray(R"({"user_script_id":"","script_id":"SCRIPT-4"})") << true
            << u"SCRIPT-4"_s << QString() << QString();
    QTest::newRow("name wins over title")
            << QByteArray(R"({"id":"S","name":"name","title":"title"})") << true << u"S"_s
            << u"name"_s << QString();
    QTest::newRow("no id") << QByteArray(R"({"name":"orphan"})") << false << QString() << QString()
                           << QString();
    QTest::newRow("null ids") << QByteArray(R"({"user_script_id":null,"script_id":null,"id":null})")
                              << false << QString() << QString() << QString();
}

void TstAccountParsers::shouldParseUserScriptsUnderAlternativeKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, startDate);

    QString problem;
    const std::optional<UserScript> script
            = UserScriptsApi::parseUserScript(Fixtures::objectOf(json), &problem);
    QCOMPARE(script.has_value(), readable);
    if (!readable) {
        QCOMPARE(problem, u"no user_script_id"_s);
        return;
    }
    QCOMPARE(script->id, id);
    QCOMPARE(script->name, name);
    QCOMPARE(script->startDate, startDate);

    const Parsed<UserScript> list
            = UserScriptsApi::parseUserScripts(QJsonArray {Fixtures::objectOf(json)});
    QCOMPARE(list.items.size(), 1);
    QVERIFY(list.items.first() == *script);
}

void TstAccountParsers::shouldParseAFirewallOfTheFirewallDialect()
{
    const std::optional<Firewall> fw = parseFirewall(R"({
      "firewall_id": "FIREWALL-1Abc", "title": "web", "content": "웹 서버용", "icmp": "Y",
      "rules": [
        {"bound": "IN", "protocol": "TCP", "port": "80", "ip": "0.0.0.0/0",
         "title": "Allow HTTP", "content": "http"},
        {"bound": "OUT", "protocol": "UDP", "port": "10000-10002", "ip": "10.0.0.0/8",
         "title": "range", "content": ""}
      ],
      "instances": ["INSTANCE-a", "INSTANCE-b"]
    })");
    QVERIFY(fw.has_value());
    QCOMPARE(fw->id, u"FIREWALL-1Abc"_s);
    QCOMPARE(fw->title, u"web"_s);
    QCOMPARE(fw->content, u"웹 서버용"_s);
    QCOMPARE(fw->icmp, true);
    QCOMPARE(fw->rules.size(), 2);
    const FirewallRule &http = fw->rules.at(0);
    QCOMPARE(http.ruleId, QString());
    QCOMPARE(http.bound, u"IN"_s);
    QCOMPARE(http.protocol, u"TCP"_s);
    QCOMPARE(http.port, u"80"_s);
    QCOMPARE(http.ip, u"0.0.0.0/0"_s);
    QCOMPARE(http.title, u"Allow HTTP"_s);
    QCOMPARE(http.content, u"http"_s);
    const FirewallRule &range = fw->rules.at(1);
    QCOMPARE(range.bound, u"OUT"_s);
    QCOMPARE(range.protocol, u"UDP"_s);
    QCOMPARE(range.port, u"10000-10002"_s);
    QCOMPARE(range.ip, u"10.0.0.0/8"_s);
    QCOMPARE(fw->instanceIds, (QStringList {u"INSTANCE-a"_s, u"INSTANCE-b"_s}));
}

void TstAccountParsers::shouldParseASecurityGroup()
{
    const std::optional<Firewall> sg = parseFirewall(R"({
      "security_group_id": 17, "name": "legacy-sg", "content": "older dialect", "icmp": "N",
      "rules": [{"rule_id": 3, "bound": "IN", "protocol": "TCP", "port": 22, "ip": "1.2.3.4/32",
                 "title": "ssh"},
                {"id": "4", "bound": "IN", "protocol": "UDP", "port": "53", "ip": "0.0.0.0/0"}],
      "instances": [{"instance_id": "INSTANCE-a", "name": "web"}, {"instance_id": "INSTANCE-b"}]
    })");
    QVERIFY(sg.has_value());
    QCOMPARE(sg->id, u"17"_s);
    QCOMPARE(sg->title, u"legacy-sg"_s);
    QCOMPARE(sg->content, u"older dialect"_s);
    QCOMPARE(sg->icmp, false);
    QCOMPARE(sg->rules.size(), 2);
    QCOMPARE(sg->rules.at(0).ruleId, u"3"_s);
    QCOMPARE(sg->rules.at(0).port, u"22"_s);
    QCOMPARE(sg->rules.at(0).title, u"ssh"_s);
    QCOMPARE(sg->rules.at(1).ruleId, u"4"_s);
    QCOMPARE(sg->instanceIds, (QStringList {u"INSTANCE-a"_s, u"INSTANCE-b"_s}));

    // firewall_id wins when both are present; title wins over name.
    const std::optional<Firewall> both = parseFirewall(
            R"({"firewall_id":"FIREWALL-1","security_group_id":"17","title":"t","name":"n"})");
    QVERIFY(both.has_value());
    QCOMPARE(both->id, u"FIREWALL-1"_s);
    QCOMPARE(both->title, u"t"_s);
    // A bare "id" is accepted too.
    QCOMPARE(parseFirewall(R"({"id":"SG-9"})")->id, u"SG-9"_s);
}

void TstAccountParsers::shouldReadIcmpFlags_data()
{
    QTest::addColumn<QByteArray>("icmpJson");
    QTest::addColumn<bool>("icmp");

    QTest::newRow("Y") << QByteArray(R"("Y")") << true;
    QTest::newRow("N") << QByteArray(R"("N")") << false;
    QTest::newRow("y") << QByteArray(R"("y")") << true;
    QTest::newRow("true") << QByteArray("true") << true;
    QTest::newRow("false") << QByteArray("false") << false;
    QTest::newRow("1") << QByteArray("1") << true;
    QTest::newRow("\"0\"") << QByteArray(R"("0")") << false;
    QTest::newRow("null") << QByteArray("null") << false;
    QTest::newRow("missing") << QByteArray() << false;
}

void TstAccountParsers::shouldReadIcmpFlags()
{
    QFETCH(QByteArray, icmpJson);
    QFETCH(bool, icmp);

    QByteArray json = R"({"firewall_id":"F")";
    if (!icmpJson.isEmpty())
        json += ",\"icmp\":" + icmpJson;
    json += '}';
    const std::optional<Firewall> fw = parseFirewall(json);
    QVERIFY(fw.has_value());
    QCOMPARE(fw->icmp, icmp);
}

void TstAccountParsers::shouldReadFirewallInstancesAsIdsOrObjects_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ids") << QByteArray(R"("instances":["INSTANCE-a","INSTANCE-b"])")
                         << QStringList {u"INSTANCE-a"_s, u"INSTANCE-b"_s};
    QTest::newRow("objects") << QByteArray(
            R"("instances":[{"instance_id":"INSTANCE-a"},{"name":"x"}])")
                             << QStringList {u"INSTANCE-a"_s};
    QTest::newRow("one object") << QByteArray(R"("instances":{"instance_id":"INSTANCE-a"})")
                                << QStringList {u"INSTANCE-a"_s};
    QTest::newRow("comma string") << QByteArray(R"("instances":"INSTANCE-a,INSTANCE-b")")
                                  << QStringList {u"INSTANCE-a"_s, u"INSTANCE-b"_s};
    QTest::newRow("instance_id list")
            << QByteArray(R"("instance_id":["INSTANCE-a"])") << QStringList {u"INSTANCE-a"_s};
    QTest::newRow("instance_id string")
            << QByteArray(R"("instance_id":"INSTANCE-a")") << QStringList {u"INSTANCE-a"_s};
    QTest::newRow("none") << QByteArray(R"("instances":[])") << QStringList();
    QTest::newRow("null") << QByteArray(R"("instances":null)") << QStringList();
}

void TstAccountParsers::shouldReadFirewallInstancesAsIdsOrObjects()
{
    QFETCH(QByteArray, fields);
    QFETCH(QStringList, expected);

    const std::optional<Firewall> fw = parseFirewall("{\"firewall_id\":\"F\"," + fields + '}');
    QVERIFY(fw.has_value());
    QCOMPARE(fw->instanceIds, expected);
}

void TstAccountParsers::shouldReadRulesInEveryShape()
{
    // One rule as a lone object.
    const std::optional<Firewall> single = parseFirewall(
            R"({"firewall_id":"F","rules":{"bound":"IN","protocol":"TCP","port":"443"}})");
    QVERIFY(single.has_value());
    QCOMPARE(single->rules.size(), 1);
    QCOMPARE(single->rules.first().port, u"443"_s);

    // Junk entries are skipped, nulls inside a rule read as empty.
    const QList<FirewallRule> rules = FirewallsApi::parseRules(Fixtures::rowsOf(R"([
      null, "IN TCP 80", 5,
      {"bound": "OUT", "protocol": null, "port": null, "ip": "10.0.0.1/32", "title": "t"}
    ])"));
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().bound, u"OUT"_s);
    QCOMPARE(rules.first().protocol, QString());
    QCOMPARE(rules.first().port, QString());
    QCOMPARE(rules.first().ip, u"10.0.0.1/32"_s);

    const std::optional<Firewall> none = parseFirewall(R"({"firewall_id":"F","rules":"none"})");
    QVERIFY(none.has_value());
    QVERIFY(none->rules.isEmpty());
    // rule_id wins over id.
    QCOMPARE(FirewallsApi::parseRule(Fixtures::objectOf(R"({"rule_id":1,"id":2})")).ruleId, u"1"_s);
}

void TstAccountParsers::shouldReadBackTheRulesItSends()
{
    FirewallsApi::Spec spec;
    spec.title = u"Firewall01"_s;
    spec.content = u"firewall"_s;
    spec.icmp = true;
    const QJsonObject fixture = Fixtures::object(u"firewall-create-request.json"_s);
    spec.rules = FirewallsApi::parseRules(fixture.value("rules"_L1).toArray());
    QCOMPARE(spec.rules.size(), 2);
    QCOMPARE(spec.rules.at(1).content, u"Allow outbound DNS traffic on port 53"_s);

    // The docs' body, with the id a create response adds, reads back as the same firewall.
    QJsonObject created = FirewallsApi::specToJson(spec, true);
    QCOMPARE(created, fixture);
    created.insert("firewall_id"_L1, u"FIREWALL-new"_s);
    QString problem;
    const std::optional<Firewall> fw = FirewallsApi::parseFirewall(created, &problem);
    QVERIFY2(fw.has_value(), qPrintable(problem));
    QCOMPARE(fw->title, spec.title);
    QCOMPARE(fw->content, spec.content);
    QCOMPARE(fw->icmp, spec.icmp);
    QVERIFY(fw->rules == spec.rules);
}

void TstAccountParsers::shouldSkipFirewallsWithoutId()
{
    const Parsed<Firewall> parsed = FirewallsApi::parseFirewalls(Fixtures::rowsOf(R"([
      {"firewall_id": "F-1", "title": "a"},
      {"title": "no id", "rules": []},
      {"security_group_id": "", "id": null},
      {"security_group_id": "SG-2"}
    ])"));
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(0).id, u"F-1"_s);
    QCOMPARE(parsed.items.at(1).id, u"SG-2"_s);
    QCOMPARE(parsed.problems.size(), 2);
    QVERIFY(parsed.problems.at(0).startsWith(u"row 2:"_s));
    QVERIFY(parsed.problems.at(0).contains(u"firewall_id"_s));
    QVERIFY(parsed.problems.at(1).startsWith(u"row 3:"_s));
}

void TstAccountParsers::shouldParseSecurityGroupInstanceIds()
{
    QCOMPARE(FirewallsApi::parseInstanceIds(Fixtures::rowsOf(R"([
      "INSTANCE-a", {"instance_id": "INSTANCE-b", "name": "web"}, null, {}, {"name": "x"}, ""
    ])")),
             (QStringList {u"INSTANCE-a"_s, u"INSTANCE-b"_s}));
    QCOMPARE(FirewallsApi::parseInstanceIds(QJsonArray()), QStringList());
    QCOMPARE(FirewallsApi::parseInstanceIds(Fixtures::rowsOf(R"([{"instance_id": 12}])")),
             QStringList {u"12"_s});
}

QTEST_GUILESS_MAIN(TstAccountParsers)
#include "tst_accountparsers.moc"
