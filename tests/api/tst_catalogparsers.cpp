// Zones, flavors and images: the docs' example verbatim, then what a hostile or sloppy server
// might send instead. One odd row never sinks the list.
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/zonesapi.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A flavor written per the reference's field list (section 4).
const QByteArray kFlavor = R"({
  "flavor_id": "std.v2.m4", "name": "Standard 2 vCore 4GB", "provide": "standard",
  "status": "available",
  "spec": {"type": "standard", "vcpu": 2, "memory": 4, "disk": 50, "network": "1 Gbps",
           "gpu": null},
  "supporting_images": ["PIMAGE-1Pos3S8VaJXq3wgC8c4BMi", "PIMAGE-1tQFoTuKeENlSZ7xFXyVix"],
  "zone": ["kr1-z01", "kr2-z01"],
  "price": {"full": {"type": "month", "KRW": {"price": 44000, "vat": 4400, "total": 48400}},
            "partial": {"type": "hour", "KRW": {"price": 61, "vat": 6, "total": 67}}}
})";

std::optional<Image> parseImage(const QJsonObject &row, QString *problem = nullptr)
{
    QString ignored;
    return ImagesApi::parseImage(row, problem ? problem : &ignored);
}

std::optional<Flavor> parseFlavor(const QJsonObject &row, QString *problem = nullptr)
{
    QString ignored;
    return FlavorsApi::parseFlavor(row, problem ? problem : &ignored);
}

} // namespace

class TstCatalogParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Zones
    void shouldParseZonesAndSkipRowsWithoutId();
    // Flavors
    void shouldParseAFlavorWithEveryField();
    void shouldReadFlavorSpecsWrittenAsStrings();
    void shouldReadGpuAsNullOrString_data();
    void shouldReadGpuAsNullOrString();
    void shouldMarkAMissingPriceAsUnknown();
    void shouldReadPricesInOtherShapes();
    void shouldReadAPriceGivenAsOneNumber();
    void shouldReadFlavorListsAsObjectsOrCommaStrings();
    void shouldAnswerNoFlavorForAnEmptyDetail();
    void shouldReturnTheFlavorOfADetail();
    // Images
    void shouldParseTheDocsImageListVerbatim();
    void shouldSkipAnImageWithoutIdAndKeepTheOthers();
    void shouldReadPrivateImageFieldsWrittenAsStrings();
    void shouldIgnoreUnknownFields();
    void shouldSurviveNullsEverywhere();
    void shouldSurviveWrongTypes();
    void shouldNoteEveryRowThatIsNotAnObject();
    void shouldKeepHostileCharactersAsPlainText_data();
    void shouldKeepHostileCharactersAsPlainText();
};

void TstCatalogParsers::shouldParseZonesAndSkipRowsWithoutId()
{
    const QJsonArray rows = Fixtures::rowsOf(R"([
      {"zone_id": "kr1-z01", "zone_name": "KR1-Z01 [판교]", "status": "available",
       "content": ["신규 생성 가능", "GPU 지원"]},
      {"zone_id": "kr2-z01", "name": "KR2", "status": "maintenance", "content": "a, b"},
      {"zone_name": "no id here"},
      "kr3-z01",
      {"zone_id": null, "zone_name": "null id"}
    ])");
    const Parsed<Zone> parsed = ZonesApi::parseZones(rows);

    QCOMPARE(parsed.items.size(), 2);
    const Zone &first = parsed.items.at(0);
    QCOMPARE(first.id, u"kr1-z01"_s);
    QCOMPARE(first.name, u"KR1-Z01 [판교]"_s);
    QCOMPARE(first.status, u"available"_s);
    QCOMPARE(first.content, (QStringList {u"신규 생성 가능"_s, u"GPU 지원"_s}));
    const Zone &second = parsed.items.at(1);
    QCOMPARE(second.id, u"kr2-z01"_s);
    QCOMPARE(second.name, u"KR2"_s);
    QCOMPARE(second.status, u"maintenance"_s);
    QCOMPARE(second.content, (QStringList {u"a"_s, u"b"_s}));

    QCOMPARE(parsed.problems.size(), 3);
    QVERIFY2(parsed.problems.at(0).startsWith(u"row 3"_s), qPrintable(parsed.problems.at(0)));
    QVERIFY(parsed.problems.at(0).contains(u"zone_id"_s));
    QVERIFY2(parsed.problems.at(1).startsWith(u"row 4"_s), qPrintable(parsed.problems.at(1)));
    QVERIFY(parsed.problems.at(2).startsWith(u"row 5"_s));
}

void TstCatalogParsers::shouldParseAFlavorWithEveryField()
{
    QString problem;
    const std::optional<Flavor> flavor
            = FlavorsApi::parseFlavor(Fixtures::objectOf(kFlavor), &problem);
    QVERIFY2(flavor.has_value(), qPrintable(problem));

    QCOMPARE(flavor->id, u"std.v2.m4"_s);
    QCOMPARE(flavor->name, u"Standard 2 vCore 4GB"_s);
    QCOMPARE(flavor->provide, u"standard"_s);
    QCOMPARE(flavor->status, u"available"_s);
    QCOMPARE(flavor->type, u"standard"_s);
    QCOMPARE(flavor->vcpu, qint64(2));
    QCOMPARE(flavor->memoryGb, qint64(4));
    QCOMPARE(flavor->diskGb, qint64(50));
    QCOMPARE(flavor->network, u"1 Gbps"_s);
    QCOMPARE(flavor->gpu, QString());
    QCOMPARE(
            flavor->supportingImages,
            (QStringList {u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s, u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s}));
    QCOMPARE(flavor->zones, (QStringList {u"kr1-z01"_s, u"kr2-z01"_s}));
    QCOMPARE(flavor->full.type, u"month"_s);
    QCOMPARE(flavor->full.price, qint64(44000));
    QCOMPARE(flavor->full.vat, qint64(4400));
    QCOMPARE(flavor->full.total, qint64(48400));
    QVERIFY(flavor->full.known);
    QCOMPARE(flavor->partial.type, u"hour"_s);
    QCOMPARE(flavor->partial.price, qint64(61));
    QCOMPARE(flavor->partial.vat, qint64(6));
    QCOMPARE(flavor->partial.total, qint64(67));
    QVERIFY(flavor->partial.known);
}

void TstCatalogParsers::shouldReadFlavorSpecsWrittenAsStrings()
{
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "gpu.a100.x1",
      "spec": {"type": "gpu", "vcpu": "16", "memory": "128GB", "disk": "1,000", "network": 10},
      "price": {"full": {"type": "month",
                         "KRW": {"price": "5,000,000,000", "vat": "500000000",
                                 "total": "5500000000"}}}
    })"));
    QVERIFY(flavor.has_value());
    QCOMPARE(flavor->vcpu, qint64(16));
    QCOMPARE(flavor->memoryGb, qint64(128));
    QCOMPARE(flavor->diskGb, qint64(1000));
    QCOMPARE(flavor->network, u"10"_s);
    QCOMPARE(flavor->full.price, qint64(5000000000));
    QCOMPARE(flavor->full.vat, qint64(500000000));
    QCOMPARE(flavor->full.total, qint64(5500000000));
    QVERIFY(flavor->full.known);
}

void TstCatalogParsers::shouldReadGpuAsNullOrString_data()
{
    QTest::addColumn<QByteArray>("gpuJson");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("missing") << QByteArray() << QString();
    QTest::newRow("string") << QByteArray(R"("NVIDIA A100 x1")") << u"NVIDIA A100 x1"_s;
    QTest::newRow("empty string") << QByteArray(R"("")") << QString();
    QTest::newRow("number") << QByteArray("2") << u"2"_s;
    QTest::newRow("object") << QByteArray(R"({"model":"A100"})") << QString();
}

void TstCatalogParsers::shouldReadGpuAsNullOrString()
{
    QFETCH(QByteArray, gpuJson);
    QFETCH(QString, expected);

    QByteArray json = R"({"flavor_id":"g1","spec":{"vcpu":4)";
    if (!gpuJson.isEmpty())
        json += ",\"gpu\":" + gpuJson;
    json += "}}";
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(json));
    QVERIFY(flavor.has_value());
    QCOMPARE(flavor->gpu, expected);
    QCOMPARE(flavor->vcpu, qint64(4));
}

void TstCatalogParsers::shouldMarkAMissingPriceAsUnknown()
{
    for (const QByteArray &json :
         {QByteArray(R"({"flavor_id":"f1"})"), QByteArray(R"({"flavor_id":"f1","price":null})"),
          QByteArray(R"({"flavor_id":"f1","price":{"full":null,"partial":{}}})"),
          QByteArray(R"({"flavor_id":"f1","price":{"full":{"type":"month","KRW":{"vat":10}}}})"),
          QByteArray(R"({"flavor_id":"f1","price":"문의"})")}) {
        const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(json));
        QVERIFY2(flavor.has_value(), json.constData());
        QVERIFY2(!flavor->full.known, json.constData());
        QVERIFY2(!flavor->partial.known, json.constData());
        QCOMPARE(flavor->full.price, qint64(0));
        QCOMPARE(flavor->partial.price, qint64(0));
    }
}

void TstCatalogParsers::shouldReadPricesInOtherShapes()
{
    // Lower-case currency key, missing total (price + vat), amounts directly in the price.
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f1",
      "price": {"full": {"type": "month", "krw": {"price": 1000, "vat": 100}},
                "partial": {"type": "hour", "price": "7", "vat": "1", "total": "8"}}
    })"));
    QVERIFY(flavor.has_value());
    QVERIFY(flavor->full.known);
    QCOMPARE(flavor->full.price, qint64(1000));
    QCOMPARE(flavor->full.vat, qint64(100));
    QCOMPARE(flavor->full.total, qint64(1100));
    QVERIFY(flavor->partial.known);
    QCOMPARE(flavor->partial.type, u"hour"_s);
    QCOMPARE(flavor->partial.price, qint64(7));
    QCOMPARE(flavor->partial.total, qint64(8));
}

void TstCatalogParsers::shouldReadAPriceGivenAsOneNumber()
{
    // Observed (§6): KRW as one number, the price without VAT; the docs' object elsewhere.
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f1",
      "price": {"full": {"type": "month", "KRW": 44000},
                "partial": {"type": "hour", "KRW": "61"}}
    })"));
    QVERIFY(flavor.has_value());
    QVERIFY(flavor->full.known);
    QCOMPARE(flavor->full.price, qint64(44000));
    QCOMPARE(flavor->full.vat, qint64(4400));
    QCOMPARE(flavor->full.total, qint64(48400));
    QVERIFY(flavor->full.vatComputed);
    QVERIFY(flavor->partial.known);
    QCOMPARE(flavor->partial.price, qint64(61));
    QCOMPARE(flavor->partial.vat, qint64(6));
    QCOMPARE(flavor->partial.total, qint64(67));
    // The docs' shape is read as given, nothing computed.
    const std::optional<Flavor> docs = parseFlavor(Fixtures::objectOf(
            R"({"flavor_id":"f2","price":{"full":{"type":"month","KRW":{"price":100,"vat":9,"total":109}}}})"));
    QVERIFY(docs.has_value());
    QCOMPARE(docs->full.vat, qint64(9));
    QVERIFY(!docs->full.vatComputed);
}

void TstCatalogParsers::shouldReadFlavorListsAsObjectsOrCommaStrings()
{
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f1",
      "supporting_images": [{"image_id": "PIMAGE-a", "name": "x"}, "PIMAGE-b", null],
      "zone": "kr1-z01, kr2-z01"
    })"));
    QVERIFY(flavor.has_value());
    QCOMPARE(flavor->supportingImages, (QStringList {u"PIMAGE-a"_s, u"PIMAGE-b"_s}));
    QCOMPARE(flavor->zones, (QStringList {u"kr1-z01"_s, u"kr2-z01"_s}));

    const std::optional<Flavor> objects = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f2", "zone": [{"zone_id": "kr2-z01"}], "spec": [{"vcpu": 8}]
    })"));
    QVERIFY(objects.has_value());
    QCOMPARE(objects->zones, QStringList {u"kr2-z01"_s});
    QCOMPARE(objects->vcpu, qint64(8));
}

void TstCatalogParsers::shouldAnswerNoFlavorForAnEmptyDetail()
{
    // Observed: an unknown flavor id answers 200 with an empty result.
    QString problem;
    QVERIFY(!FlavorsApi::parseDetail(QJsonArray(), &problem).has_value());
    QCOMPARE(problem, u"no such flavor"_s);

    QString unreadable;
    QVERIFY(!FlavorsApi::parseDetail(Fixtures::rowsOf(R"([{"name":"no id"}])"), &unreadable)
                     .has_value());
    QVERIFY2(unreadable.contains(u"flavor_id"_s), qPrintable(unreadable));

    QString notAnObject;
    QVERIFY(!FlavorsApi::parseDetail(Fixtures::rowsOf(R"([null])"), &notAnObject).has_value());
    QVERIFY(!notAnObject.isEmpty());
}

void TstCatalogParsers::shouldReturnTheFlavorOfADetail()
{
    QString problem;
    const std::optional<Flavor> flavor
            = FlavorsApi::parseDetail(QJsonArray {Fixtures::objectOf(kFlavor)}, &problem);
    QVERIFY2(flavor.has_value(), qPrintable(problem));
    QCOMPARE(flavor->id, u"std.v2.m4"_s);
    QCOMPARE(*flavor, *parseFlavor(Fixtures::objectOf(kFlavor)));

    // A bad first row does not hide a good second one.
    const std::optional<Flavor> second = FlavorsApi::parseDetail(
            QJsonArray {QJsonObject(), Fixtures::objectOf(kFlavor)}, &problem);
    QVERIFY(second.has_value());
    QCOMPARE(second->id, u"std.v2.m4"_s);
}

void TstCatalogParsers::shouldParseTheDocsImageListVerbatim()
{
    const Parsed<Image> parsed = ImagesApi::parseImages(Fixtures::result(u"image-list.json"_s));
    QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
    QCOMPARE(parsed.items.size(), 4);

    const Image &rocky = parsed.items.at(0);
    QCOMPARE(rocky.id, u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s);
    QCOMPARE(rocky.visibility, u"public"_s);
    QCOMPARE(rocky.osKind, u"OS"_s);
    QCOMPARE(rocky.osName, u"Rocky Linux release 9.0 (Blue Onyx)"_s);
    QCOMPARE(rocky.osStatus, u"available"_s);
    QCOMPARE(
            rocky.osContent,
            (QStringList {
                    u"[NEW]*EOL 2032 05.31"_s,
                    u"Kernel : 5.14.0-362.18.1.el9_3.x86_64Used Disk Size : 1.9 G IPTABLE 미적용[ 상세 정보 확인 ]"_s,
                    u"[ 주의 사항 ]iproute, dhclient, initscripts 패키지 삭제 금지"_s}));
    QCOMPARE(rocky.osType, u"ROCKYLINUX"_s);
    QCOMPARE(rocky.osVersion, u"9.X"_s);
    QCOMPARE(rocky.oid, u"0e46f055-b19b-4ae2-bcdb-ca34f79058f4"_s);
    QCOMPARE(rocky.imageType, u"os_linux"_s);
    QCOMPARE(rocky.zones, QStringList {u"kr2-z01"_s});
    // Public images carry none of the private-only fields.
    QCOMPARE(rocky.name, QString());
    QCOMPARE(rocky.description, QString());
    QCOMPARE(rocky.status, QString());
    QCOMPARE(rocky.isProtected, false);
    QCOMPARE(rocky.minDiskGb, qint64(0));
    QCOMPARE(rocky.minRamMb, qint64(0));
    QCOMPARE(rocky.fileSize, qint64(0));
    QCOMPARE(rocky.createdAt, QString());
    QCOMPARE(rocky.updatedAt, QString());
    QCOMPARE(rocky.tags, QStringList());
    QCOMPARE(rocky.displayName(), u"Rocky Linux release 9.0 (Blue Onyx)"_s);

    QStringList ids, names, versions, osTypes;
    for (const Image &image : parsed.items) {
        ids << image.id;
        names << image.osName;
        versions << image.osVersion;
        osTypes << image.osType;
        QCOMPARE(image.osContent.size(), 3);
        QCOMPARE(image.zones, QStringList {u"kr2-z01"_s});
        QCOMPARE(image.imageType, u"os_linux"_s);
    }
    QCOMPARE(
            ids,
            (QStringList {u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s, u"PIMAGE-14G0aJcbpfC2AdbUsnG8Do"_s,
                          u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s, u"PIMAGE-16OMEFf3FMbFWIHcJ23q8s"_s}));
    QCOMPARE(names,
             (QStringList {u"Rocky Linux release 9.0 (Blue Onyx)"_s,
                           u"Rocky Linux release 8.X (Green Obsidian)"_s, u"Ubuntu 24.04 LTS"_s,
                           u"Ubuntu 22.04 LTS"_s}));
    QCOMPARE(versions,
             (QStringList {u"9.X"_s, u"8.8"_s, u"Ubuntu 24.04 LTS"_s, u"Ubuntu 22.04 LTS"_s}));
    QCOMPARE(osTypes, (QStringList {u"ROCKYLINUX"_s, u"ROCKYLINUX"_s, u"UBUNTU"_s, u"UBUNTU"_s}));
    QCOMPARE(parsed.items.at(3).osContent.at(0), u"*EOL 2027 04"_s);
}

void TstCatalogParsers::shouldSkipAnImageWithoutIdAndKeepTheOthers()
{
    QJsonArray rows = Fixtures::result(u"image-list.json"_s);
    QJsonObject second = rows.at(1).toObject();
    second.remove("image_id"_L1);
    rows.replace(1, second);
    QJsonObject fourth = rows.at(3).toObject();
    fourth.insert("image_id"_L1, QString());
    rows.replace(3, fourth);

    const Parsed<Image> parsed = ImagesApi::parseImages(rows);
    QCOMPARE(parsed.items.size(), 2);
    QCOMPARE(parsed.items.at(0).id, u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s);
    QCOMPARE(parsed.items.at(1).id, u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s);
    QCOMPARE(parsed.items.at(1).osName, u"Ubuntu 24.04 LTS"_s);
    QCOMPARE(parsed.problems.size(), 2);
    QVERIFY2(parsed.problems.at(0).startsWith(u"row 2:"_s), qPrintable(parsed.problems.at(0)));
    QVERIFY(parsed.problems.at(0).contains(u"image_id"_s));
    QVERIFY2(parsed.problems.at(1).startsWith(u"row 4:"_s), qPrintable(parsed.problems.at(1)));
}

void TstCatalogParsers::shouldReadPrivateImageFieldsWrittenAsStrings()
{
    const std::optional<Image> image = parseImage(Fixtures::objectOf(R"({
      "image_id": "PIMAGE-private1", "visibility": "private", "name": "my-backup",
      "description": "nightly", "status": "active", "protected": "Y",
      "min_disk": "20", "min_ram": "1,024", "file_size": "5000000000",
      "created_at": "2024-05-01 10:00:00", "updated_at": "2024-05-02 11:00:00",
      "tags": "web, prod",
      "os": {"type": "OS", "name": "Ubuntu 22.04 LTS", "version": 22.04}
    })"));
    QVERIFY(image.has_value());
    QCOMPARE(image->visibility, u"private"_s);
    QCOMPARE(image->name, u"my-backup"_s);
    QCOMPARE(image->displayName(), u"my-backup"_s);
    QCOMPARE(image->description, u"nightly"_s);
    QCOMPARE(image->status, u"active"_s);
    QCOMPARE(image->isProtected, true);
    QCOMPARE(image->minDiskGb, qint64(20));
    QCOMPARE(image->minRamMb, qint64(1024));
    QCOMPARE(image->fileSize, qint64(5000000000));
    QCOMPARE(image->createdAt, u"2024-05-01 10:00:00"_s);
    QCOMPARE(image->updatedAt, u"2024-05-02 11:00:00"_s);
    QCOMPARE(image->tags, (QStringList {u"web"_s, u"prod"_s}));
    QCOMPARE(image->osVersion, u"22.04"_s);

    const std::optional<Image> numbers = parseImage(Fixtures::objectOf(R"({
      "image_id": 12345, "protected": 0, "min_disk": 30, "min_ram": 2048.0, "file_size": 1e10
    })"));
    QVERIFY(numbers.has_value());
    QCOMPARE(numbers->id, u"12345"_s);
    QCOMPARE(numbers->isProtected, false);
    QCOMPARE(numbers->minDiskGb, qint64(30));
    QCOMPARE(numbers->minRamMb, qint64(2048));
    QCOMPARE(numbers->fileSize, qint64(10000000000));
}

void TstCatalogParsers::shouldIgnoreUnknownFields()
{
    const QJsonArray fixture = Fixtures::result(u"image-list.json"_s);
    QJsonObject row = fixture.at(0).toObject();
    const std::optional<Image> plain = parseImage(row);
    QVERIFY(plain.has_value());

    row.insert("future_field"_L1, QJsonObject {{u"nested"_s, QJsonArray {1, 2, 3}}});
    row.insert("price"_L1, 99);
    QJsonObject os = row.value("os"_L1).toObject();
    os.insert("kernel"_L1, u"6.8"_s);
    os.insert("architecture"_L1, QJsonArray {u"x86_64"_s});
    row.insert("os"_L1, os);

    const std::optional<Image> extended = parseImage(row);
    QVERIFY(extended.has_value());
    QVERIFY(*extended == *plain);
    QCOMPARE(extended->osName, u"Rocky Linux release 9.0 (Blue Onyx)"_s);
}

void TstCatalogParsers::shouldSurviveNullsEverywhere()
{
    const std::optional<Image> image = parseImage(Fixtures::objectOf(R"({
      "image_id": "PIMAGE-nulls", "visibility": null, "image_type": null, "zone": null,
      "os": {"type": null, "name": null, "status": null, "content": null, "os_type": null,
             "version": null, "oid": null},
      "name": null, "description": null, "status": null, "protected": null, "min_disk": null,
      "min_ram": null, "file_size": null, "created_at": null, "updated_at": null, "tags": null
    })"));
    QVERIFY(image.has_value());
    Image expected;
    expected.id = u"PIMAGE-nulls"_s;
    QVERIFY(*image == expected);
    QCOMPARE(image->displayName(), u"PIMAGE-nulls"_s);

    const std::optional<Image> osNull
            = parseImage(Fixtures::objectOf(R"({"image_id":"P","os":null})"));
    QVERIFY(osNull.has_value());
    QCOMPARE(osNull->osName, QString());

    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f-null", "name": null, "spec": null, "supporting_images": null,
      "zone": null, "price": {"full": {"type": null, "KRW": null}, "partial": null}
    })"));
    QVERIFY(flavor.has_value());
    QCOMPARE(flavor->vcpu, qint64(0));
    QVERIFY(flavor->zones.isEmpty());
    QVERIFY(!flavor->full.known);

    QString problem;
    QVERIFY(!ImagesApi::parseImage(Fixtures::objectOf(R"({"image_id":null})"), &problem)
                     .has_value());
    QVERIFY(problem.contains(u"image_id"_s));
    QVERIFY(!ZonesApi::parseZone(Fixtures::objectOf(R"({"zone_id":null})"), &problem).has_value());
}

void TstCatalogParsers::shouldSurviveWrongTypes()
{
    // os as a plain string, zone as a comma string, content as one string, tags as a number.
    const std::optional<Image> image = parseImage(Fixtures::objectOf(R"({
      "image_id": "PIMAGE-wrong", "visibility": ["public"], "os": "Ubuntu",
      "zone": "kr1-z01,kr2-z01", "tags": 5, "protected": "perhaps", "min_disk": {"gb": 20},
      "image_type": true
    })"));
    QVERIFY(image.has_value());
    QCOMPARE(image->visibility, QString());
    QCOMPARE(image->osName, QString());
    QCOMPARE(image->zones, (QStringList {u"kr1-z01"_s, u"kr2-z01"_s}));
    QCOMPARE(image->tags, QStringList());
    QCOMPARE(image->isProtected, false);
    QCOMPARE(image->minDiskGb, qint64(0));
    QCOMPARE(image->imageType, u"true"_s);

    // os as a one-element array, zone as an object, content as one string.
    const std::optional<Image> wrapped = parseImage(Fixtures::objectOf(R"({
      "image_id": "PIMAGE-wrapped",
      "os": [{"name": "Rocky", "content": "only note", "version": 9}],
      "zone": {"zone_id": "kr2-z01"}
    })"));
    QVERIFY(wrapped.has_value());
    QCOMPARE(wrapped->osName, u"Rocky"_s);
    QCOMPARE(wrapped->osContent, QStringList {u"only note"_s});
    QCOMPARE(wrapped->osVersion, u"9"_s);
    QCOMPARE(wrapped->zones, QStringList {u"kr2-z01"_s});

    // An id that is an object is no id.
    QString problem;
    QVERIFY(!ImagesApi::parseImage(Fixtures::objectOf(R"({"image_id":{"id":"P"}})"), &problem)
                     .has_value());
    QVERIFY(!problem.isEmpty());

    // A flavor whose spec is a string and whose price is an array of junk.
    const std::optional<Flavor> flavor = parseFlavor(Fixtures::objectOf(R"({
      "flavor_id": "f-wrong", "spec": "2 vCPU", "price": [1, 2], "zone": 7
    })"));
    QVERIFY(flavor.has_value());
    QCOMPARE(flavor->vcpu, qint64(0));
    QCOMPARE(flavor->type, QString());
    QVERIFY(!flavor->full.known);
}

void TstCatalogParsers::shouldNoteEveryRowThatIsNotAnObject()
{
    const Parsed<Image> images
            = ImagesApi::parseImages(Fixtures::rowsOf(R"([null, 1, "PIMAGE-x", [], true])"));
    QVERIFY(images.items.isEmpty());
    QCOMPARE(images.problems.size(), 5);
    for (qsizetype i = 0; i < images.problems.size(); ++i)
        QVERIFY(images.problems.at(i).startsWith(u"row %1:"_s.arg(i + 1)));

    const Parsed<Flavor> flavors
            = FlavorsApi::parseFlavors(Fixtures::rowsOf(R"([{"flavor_id":"a"}, 3])"));
    QCOMPARE(flavors.items.size(), 1);
    QCOMPARE(flavors.problems.size(), 1);
    QVERIFY(ZonesApi::parseZones(QJsonArray()).items.isEmpty());
    QVERIFY(ZonesApi::parseZones(QJsonArray()).problems.isEmpty());
}

void TstCatalogParsers::shouldKeepHostileCharactersAsPlainText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("emoji") << u"💾 백업 🚀"_s;
    QTest::newRow("RTL override") << u"invoice\u202Egpj.exe"_s;
    QTest::newRow("zero-width") << u"web\u200B-1\u200D\uFEFF"_s;
    QTest::newRow("control characters") << u"a\u0007b\u001Bc[31m\td\r\ne"_s;
    QTest::newRow("markup") << u"<b>bold</b> <img src=x onerror=alert(1)> &amp;"_s;
    QTest::newRow("combining marks") << u"Z\u0351\u0352\u0353a\u0300\u0301"_s;
    QTest::newRow("very long") << QString(5000, u'가');
}

void TstCatalogParsers::shouldKeepHostileCharactersAsPlainText()
{
    QFETCH(QString, text);

    QJsonObject row = Fixtures::result(u"image-list.json"_s).at(0).toObject();
    row.insert("name"_L1, text);
    row.insert("description"_L1, text);
    QJsonObject os = row.value("os"_L1).toObject();
    os.insert("name"_L1, text);
    os.insert("content"_L1, QJsonArray {text});
    row.insert("os"_L1, os);

    // Through a real JSON round trip, as it would arrive.
    const QByteArray wire = QJsonDocument(QJsonArray {row}).toJson(QJsonDocument::Compact);
    const Parsed<Image> parsed = ImagesApi::parseImages(QJsonDocument::fromJson(wire).array());
    QCOMPARE(parsed.items.size(), 1);
    const Image &image = parsed.items.at(0);
    QCOMPARE(image.name, text);
    QCOMPARE(image.description, text);
    QCOMPARE(image.osName, text);
    QCOMPARE(image.osContent, QStringList {text});
    QCOMPARE(image.displayName(), text);

    QJsonObject zone {{u"zone_id"_s, u"kr1-z01"_s}, {u"zone_name"_s, text}};
    QString problem;
    const std::optional<Zone> parsedZone = ZonesApi::parseZone(zone, &problem);
    QVERIFY(parsedZone.has_value());
    QCOMPARE(parsedZone->name, text);
}

QTEST_GUILESS_MAIN(TstCatalogParsers)
#include "tst_catalogparsers.moc"
