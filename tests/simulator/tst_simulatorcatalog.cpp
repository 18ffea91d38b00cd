// The simulator's catalog (zones, flavors, images), its paging and envelope, against the API
// reference (shared/iwinv-api/README.md). Every request runs through the whole pipeline.
#include "support/fixtures.h"
#include "support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using Query = QMap<QString, QString>;

namespace {

const QString kRockyDocsImage = u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s;

QStringList idsOf(const QJsonArray &rows, const QString &key)
{
    QStringList ids;
    for (const QJsonValue &row : rows)
        ids.append(row.toObject().value(key).toString());
    return ids;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

//! The first image whose name contains \a name.
QString imageNamed(SimFixture &f, const QString &name)
{
    const auto a
            = f.direct(u"GET"_s, u"/v1/images"_s, {{u"name"_s, name}, {u"page_size"_s, u"100"_s}});
    return a.result().isEmpty() ? QString()
                                : a.result().at(0).toObject().value(u"image_id"_s).toString();
}

} // namespace

class TstSimulatorCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWrapEverySuccessInTheEnvelope();
    void shouldAnswerAnUnknownRouteWithANotFoundEnvelope_data();
    void shouldAnswerAnUnknownRouteWithANotFoundEnvelope();
    void shouldListSeveralZones();

    void shouldFilterFlavors_data();
    void shouldFilterFlavors();
    void shouldRejectNonNumericFlavorRanges_data();
    void shouldRejectNonNumericFlavorRanges();
    void shouldReportTheFlavorTotalAcrossPages();
    void shouldDescribeAFlavorWithTheReferenceFields();
    void shouldServeFlavorPricesInTheConfiguredShape_data();
    void shouldServeFlavorPricesInTheConfiguredShape();
    void shouldFindAFlavorWhoseIdHasDots();
    void shouldAnswerAnUnknownFlavorWithAnEmptyResult();

    void shouldServeTheDocsExampleImagesVerbatim();
    void shouldFilterImages_data();
    void shouldFilterImages();
    void shouldRejectImageEnumsCaseSensitively_data();
    void shouldRejectImageEnumsCaseSensitively();
    void shouldDescribeAnImage();
    void shouldAnswerAnUnknownImageWithIdInvalid();

    void shouldPageWithPageNoAndPageSize();
    void shouldDefaultToTenRowsAPage();
    void shouldAnswerAPagePastTheEndWithAnEmptyResult();
    void shouldVisitEveryRowOncePageByPage();
    void shouldCapThePageSizeAtTheMaximum();
    void shouldCapSilentlyWhileEchoingTheRequestedSize();
    void shouldRejectInvalidPaging_data();
    void shouldRejectInvalidPaging();

    void shouldProduceTheSameWorldFromTheSameSeed();
    void shouldProduceAnotherWorldFromAnotherSeed();
};

void TstSimulatorCatalog::shouldWrapEverySuccessInTheEnvelope()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x00"_s);
    QCOMPARE(a.body.value(u"error_code"_s).toString(), u"SUCCESS"_s);
    QVERIFY(a.body.value(u"message"_s).isString());
    QCOMPARE(a.body.value(u"message"_s).toString(), QString());
    QVERIFY(a.body.value(u"result"_s).isArray());
    QVERIFY(a.body.value(u"count"_s).isDouble());
    QCOMPARE(a.body.value(u"count"_s).toInt(), a.result().size());
    QCOMPARE(a.header("Content-Type").left(16), QByteArray("application/json"));

    // A detail is an array of one too.
    const auto detail = f.direct(u"GET"_s, u"/v1/images/"_s + kRockyDocsImage);
    QVERIFY(detail.body.value(u"result"_s).isArray());
    QCOMPARE(detail.result().size(), 1);
    QCOMPARE(detail.body.value(u"count"_s).toInt(), 1);

    // A list adds page_no and page_size as numbers.
    const auto list = f.direct(u"GET"_s, u"/v1/images"_s);
    QVERIFY(list.body.value(u"page_no"_s).isDouble());
    QVERIFY(list.body.value(u"page_size"_s).isDouble());
    QCOMPARE(list.body.value(u"page_no"_s).toInt(), 1);
}

void TstSimulatorCatalog::shouldAnswerAnUnknownRouteWithANotFoundEnvelope_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");

    QTest::newRow("unknown path") << u"GET"_s << u"/v1/nothing-here"_s;
    QTest::newRow("unknown sub-path") << u"GET"_s << u"/v1/zones/kr1-z01/extra"_s;
    QTest::newRow("no version") << u"GET"_s << u"/zones"_s;
    QTest::newRow("DELETE on the zone list") << u"DELETE"_s << u"/v1/zones"_s;
    QTest::newRow("POST on an image") << u"POST"_s << u"/v1/images/"_s + kRockyDocsImage;
    QTest::newRow("PUT on the flavor list") << u"PUT"_s << u"/v1/flavors"_s;
    QTest::newRow("PATCH on the instance list") << u"PATCH"_s << u"/v1/instances"_s;
    QTest::newRow("GET on start") << u"GET"_s << u"/v1/instances/INSTANCE-x/start"_s;
}

void TstSimulatorCatalog::shouldAnswerAnUnknownRouteWithANotFoundEnvelope()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    SimFixture f;
    const auto a = f.direct(method, path);
    QCOMPARE(a.status, 404);
    QCOMPARE(a.errorCode(), u"NOT_FOUND"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0x1"_s);
    QVERIFY(a.body.contains(u"message"_s));
    QVERIFY(a.body.contains(u"result"_s));
}

void TstSimulatorCatalog::shouldListSeveralZones()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(a.status, 200);
    const QStringList ids = idsOf(a.result(), u"zone_id"_s);
    QVERIFY2(ids.size() >= 3, qPrintable(ids.join(u',')));
    for (const QString &id : {u"kr1-z01"_s, u"kr2-z01"_s, u"kr2-z02"_s})
        QVERIFY2(ids.contains(id), qPrintable(id));
    for (const QJsonValue &v : a.result()) {
        const QJsonObject zone = v.toObject();
        QVERIFY(!zone.value(u"zone_name"_s).toString().isEmpty());
        QVERIFY(!zone.value(u"status"_s).toString().isEmpty());
        QVERIFY(zone.value(u"content"_s).isArray());
        for (const QJsonValue &line : zone.value(u"content"_s).toArray())
            QVERIFY(line.isString());
    }
}

void TstSimulatorCatalog::shouldFilterFlavors_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<QStringList>("expected");

    const QStringList standard
            = {u"std.c1m1"_s, u"std.c1m2"_s, u"std.c2m4"_s, u"std.c4m8"_s, u"std.c8m16"_s};
    const QStringList gpu = {u"gpu.c8m32.t4"_s, u"gpu.c16m64.a100"_s};
    const QStringList nonGpu = standard
            + QStringList {u"hcpu.c4m4"_s, u"hcpu.c16m16"_s, u"hmem.c2m16"_s, u"hmem.c8m64"_s};

    QTest::newRow("no filter") << Query {} << nonGpu + gpu;
    QTest::newRow("zone_id") << Query {{u"zone_id"_s, u"kr1-z02"_s}} << standard;
    QTest::newRow("zone_id list") << Query {{u"zone_id"_s, u"kr1-z02,kr1-z01"_s}} << nonGpu + gpu;
    QTest::newRow("zone_id list with a space")
            << Query {{u"zone_id"_s, u"kr1-z02, kr2-z02"_s}} << standard;
    QTest::newRow("unknown zone_id") << Query {{u"zone_id"_s, u"kr9-z99"_s}} << QStringList();
    QTest::newRow("type") << Query {{u"type"_s, u"GPU"_s}} << gpu;
    QTest::newRow("type list") << Query {{u"type"_s, u"HighCPU,HighMemory"_s}}
                               << QStringList {u"hcpu.c4m4"_s, u"hcpu.c16m16"_s, u"hmem.c2m16"_s,
                                               u"hmem.c8m64"_s};
    QTest::newRow("image_id") << Query {{u"image_id"_s, kRockyDocsImage}} << nonGpu;
    QTest::newRow("image_id list")
            << Query {{u"image_id"_s, QString(kRockyDocsImage + u",@CUDA"_s)}} << nonGpu + gpu;
    QTest::newRow("image_id of a GPU image") << Query {{u"image_id"_s, u"@CUDA"_s}} << gpu;
    QTest::newRow("image_id of Windows (needs 2 GB)")
            << Query {{u"image_id"_s, u"@Windows Server 2022"_s}} << QStringList(nonGpu.mid(1));
    QTest::newRow("image_type of Windows")
            << Query {{u"image_type"_s, u"os_windows"_s}} << QStringList(nonGpu.mid(1));
    QTest::newRow("image_type of GPU images") << Query {{u"image_type"_s, u"gpu_linux"_s}} << gpu;
    QTest::newRow("min_vcpu") << Query {{u"min_vcpu"_s, u"8"_s}}
                              << QStringList {u"std.c8m16"_s, u"hcpu.c16m16"_s, u"hmem.c8m64"_s}
                    + gpu;
    QTest::newRow("max_vcpu") << Query {{u"max_vcpu"_s, u"2"_s}}
                              << QStringList {u"std.c1m1"_s, u"std.c1m2"_s, u"std.c2m4"_s,
                                              u"hmem.c2m16"_s};
    QTest::newRow("vcpu range inclusive")
            << Query {{u"min_vcpu"_s, u"4"_s}, {u"max_vcpu"_s, u"4"_s}}
            << QStringList {u"std.c4m8"_s, u"hcpu.c4m4"_s};
    QTest::newRow("memory range") << Query {{u"min_memory"_s, u"16"_s}, {u"max_memory"_s, u"32"_s}}
                                  << QStringList {u"std.c8m16"_s, u"hcpu.c16m16"_s, u"hmem.c2m16"_s,
                                                  u"gpu.c8m32.t4"_s};
    QTest::newRow("min_disk") << Query {{u"min_disk"_s, u"200"_s}}
                              << QStringList {u"std.c8m16"_s, u"hmem.c8m64"_s} + gpu;
    QTest::newRow("max_disk") << Query {{u"max_disk"_s, u"25"_s}} << QStringList {u"std.c1m1"_s};
    QTest::newRow("min_gpu") << Query {{u"min_gpu"_s, u"1"_s}} << gpu;
    QTest::newRow("max_gpu 0") << Query {{u"max_gpu"_s, u"0"_s}} << nonGpu;
    QTest::newRow("zone and range together")
            << Query {{u"zone_id"_s, u"kr2-z01"_s}, {u"min_vcpu"_s, u"8"_s}}
            << QStringList {u"std.c8m16"_s, u"hcpu.c16m16"_s, u"hmem.c8m64"_s};
    QTest::newRow("empty range") << Query {{u"min_vcpu"_s, u"9"_s}, {u"max_vcpu"_s, u"8"_s}}
                                 << QStringList();
}

void TstSimulatorCatalog::shouldFilterFlavors()
{
    QFETCH(Query, query);
    QFETCH(QStringList, expected);
    SimFixture f;
    // "@name" stands for the id of the first image with that name.
    QStringList resolved;
    for (const QString &id : query.value(u"image_id"_s).split(u',', Qt::SkipEmptyParts))
        resolved.append(id.startsWith(u'@') ? imageNamed(f, id.mid(1)) : id);
    if (query.contains(u"image_id"_s)) {
        QVERIFY(!resolved.contains(QString()));
        query.insert(u"image_id"_s, resolved.join(u','));
    }
    query.insert(u"page_size"_s, u"100"_s);

    const auto a = f.direct(u"GET"_s, u"/v1/flavors"_s, query);
    QCOMPARE(a.status, 200);
    QCOMPARE(sorted(idsOf(a.result(), u"flavor_id"_s)), sorted(expected));
    QCOMPARE(a.body.value(u"count"_s).toInt(), int(expected.size()));
    QCOMPARE(a.body.value(u"total"_s).toInt(), int(expected.size()));
}

void TstSimulatorCatalog::shouldRejectNonNumericFlavorRanges_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("min_vcpu word") << u"min_vcpu"_s << u"four"_s;
    QTest::newRow("max_vcpu decimal") << u"max_vcpu"_s << u"2.5"_s;
    QTest::newRow("min_memory unit") << u"min_memory"_s << u"8GB"_s;
    QTest::newRow("max_memory Korean") << u"max_memory"_s << u"팔"_s;
    QTest::newRow("min_disk list") << u"min_disk"_s << u"10,20"_s;
    QTest::newRow("max_disk sign only") << u"max_disk"_s << u"-"_s;
    QTest::newRow("min_gpu") << u"min_gpu"_s << u"x"_s;
    QTest::newRow("max_gpu") << u"max_gpu"_s << u"1x"_s;
    QTest::newRow("page_no") << u"page_no"_s << u"first"_s;
}

void TstSimulatorCatalog::shouldRejectNonNumericFlavorRanges()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/flavors"_s, {{key, value}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0xe"_s);
}

void TstSimulatorCatalog::shouldReportTheFlavorTotalAcrossPages()
{
    SimFixture f;
    const auto first = f.direct(u"GET"_s, u"/v1/flavors"_s, {{u"page_size"_s, u"4"_s}});
    QCOMPARE(first.status, 200);
    QCOMPARE(first.result().size(), 4);
    QCOMPARE(first.body.value(u"count"_s).toInt(), 4);
    QCOMPARE(first.body.value(u"total"_s).toInt(), 11);

    const auto last = f.direct(u"GET"_s, u"/v1/flavors"_s,
                               {{u"page_size"_s, u"4"_s}, {u"page_no"_s, u"3"_s}});
    QCOMPARE(last.result().size(), 3);
    QCOMPARE(last.body.value(u"count"_s).toInt(), 3);
    QCOMPARE(last.body.value(u"total"_s).toInt(), 11);
}

void TstSimulatorCatalog::shouldDescribeAFlavorWithTheReferenceFields()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/flavors/std.c2m4"_s);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject flavor = a.result().at(0).toObject();
    QCOMPARE(flavor.value(u"flavor_id"_s).toString(), u"std.c2m4"_s);
    for (const QString &key : {u"name"_s, u"provide"_s, u"status"_s, u"spec"_s,
                               u"supporting_images"_s, u"zone"_s, u"price"_s})
        QVERIFY2(flavor.contains(key), qPrintable(key));
    const QJsonObject spec = flavor.value(u"spec"_s).toObject();
    QCOMPARE(spec.value(u"vcpu"_s).toInt(), 2);
    QCOMPARE(spec.value(u"memory"_s).toInt(), 4);
    QVERIFY(spec.contains(u"type"_s));
    QVERIFY(spec.contains(u"disk"_s));
    QVERIFY(spec.contains(u"network"_s));
    QVERIFY(spec.value(u"gpu"_s).isNull());
    QVERIFY(flavor.value(u"supporting_images"_s).toArray().contains(kRockyDocsImage));
    QVERIFY(flavor.value(u"zone"_s).toArray().contains(u"kr1-z01"_s));
    const QJsonObject price = flavor.value(u"price"_s).toObject();
    for (const QString &kind : {u"full"_s, u"partial"_s}) {
        const QJsonObject krw = price.value(kind).toObject().value(u"KRW"_s).toObject();
        QVERIFY2(!price.value(kind).toObject().value(u"type"_s).toString().isEmpty(),
                 qPrintable(kind));
        QVERIFY2(krw.value(u"price"_s).toDouble() > 0, qPrintable(kind));
        QCOMPARE(krw.value(u"total"_s).toDouble(),
                 krw.value(u"price"_s).toDouble() + krw.value(u"vat"_s).toDouble());
    }

    const auto gpu = f.direct(u"GET"_s, u"/v1/flavors/gpu.c8m32.t4"_s);
    QCOMPARE(gpu.result().at(0).toObject().value(u"spec"_s).toObject().value(u"gpu"_s).toString(),
             u"NVIDIA T4 x1"_s);
}

void TstSimulatorCatalog::shouldServeFlavorPricesInTheConfiguredShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("asNumber");
    QTest::newRow("list, the docs' object (default)") << u"/v1/flavors"_s << false;
    QTest::newRow("list, one number") << u"/v1/flavors"_s << true;
    QTest::newRow("detail, the docs' object (default)") << u"/v1/flavors/std.c2m4"_s << false;
    QTest::newRow("detail, one number") << u"/v1/flavors/std.c2m4"_s << true;
}

void TstSimulatorCatalog::shouldServeFlavorPricesInTheConfiguredShape()
{
    // §6: a client read price.full.KRW as one number (the price without VAT); the docs' schema
    // says {price, vat, total}. The simulator serves either, the object by default.
    QFETCH(QString, path);
    QFETCH(bool, asNumber);
    SimFixture docs;
    QCOMPARE(docs.sim->options().flavorPrice, SimOptions::FlavorPrice::Object);
    SimOptions options = SimFixture::testOptions();
    if (asNumber)
        options.flavorPrice = SimOptions::FlavorPrice::Number;
    SimFixture f(options);

    const QJsonArray expected = docs.direct(u"GET"_s, path, {{u"page_size"_s, u"100"_s}}).result();
    const QJsonArray rows = f.direct(u"GET"_s, path, {{u"page_size"_s, u"100"_s}}).result();
    QCOMPARE(rows.size(), expected.size());
    QVERIFY(!rows.isEmpty());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject price = rows.at(i).toObject().value(u"price"_s).toObject();
        const QJsonObject docsPrice = expected.at(i).toObject().value(u"price"_s).toObject();
        for (const QString &kind : {u"full"_s, u"partial"_s}) {
            const QJsonObject part = price.value(kind).toObject();
            const QJsonObject docsKrw = docsPrice.value(kind).toObject().value(u"KRW"_s).toObject();
            QCOMPARE(part.value(u"type"_s), docsPrice.value(kind).toObject().value(u"type"_s));
            QVERIFY(docsKrw.value(u"price"_s).toDouble() > 0);
            if (asNumber) {
                QVERIFY2(part.value(u"KRW"_s).isDouble(), qPrintable(kind));
                QCOMPARE(part.value(u"KRW"_s).toDouble(), docsKrw.value(u"price"_s).toDouble());
            } else {
                QCOMPARE(part.value(u"KRW"_s).toObject(), docsKrw);
                QCOMPARE(docsKrw.keys(), (QStringList {u"price"_s, u"total"_s, u"vat"_s}));
            }
        }
    }
}

void TstSimulatorCatalog::shouldFindAFlavorWhoseIdHasDots()
{
    SimFixture f;
    const auto list = f.direct(u"GET"_s, u"/v1/flavors"_s, {{u"page_size"_s, u"100"_s}});
    const QStringList ids = idsOf(list.result(), u"flavor_id"_s);
    QVERIFY(ids.contains(u"gpu.c16m64.a100"_s));
    for (const QString &id : ids) {
        QVERIFY2(id.contains(u'.'), qPrintable(id));
        const auto a = f.direct(u"GET"_s, u"/v1/flavors/"_s + id);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.result().size(), 1);
        QCOMPARE(a.result().at(0).toObject().value(u"flavor_id"_s).toString(), id);
    }
}

void TstSimulatorCatalog::shouldAnswerAnUnknownFlavorWithAnEmptyResult()
{
    SimFixture f;
    for (const QString &id : {u"no.such.flavor"_s, u"STD.C2M4"_s, u"std"_s}) {
        const auto a = f.direct(u"GET"_s, u"/v1/flavors/"_s + id);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.errorCode(), u"SUCCESS"_s);
        QVERIFY(a.body.value(u"result"_s).isArray());
        QCOMPARE(a.result().size(), 0);
        QCOMPARE(a.body.value(u"count"_s).toInt(), 0);
    }
}

void TstSimulatorCatalog::shouldServeTheDocsExampleImagesVerbatim()
{
    SimFixture f;
    const QJsonArray docs = Fixtures::result(u"image-list.json"_s);
    QCOMPARE(docs.size(), 4);
    const auto all = f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_size"_s, u"100"_s}});
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : all.result())
        byId.insert(v.toObject().value(u"image_id"_s).toString(), v.toObject());
    for (const QJsonValue &v : docs) {
        const QJsonObject example = v.toObject();
        const QString id = example.value(u"image_id"_s).toString();
        QVERIFY2(byId.contains(id), qPrintable(id));
        QCOMPARE(byId.value(id), example);
        const auto detail = f.direct(u"GET"_s, u"/v1/images/"_s + id);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.result().at(0).toObject(), example);
    }

    // The docs' own listing: zone kr2-z01, first page, in the docs' order.
    const auto kr2 = f.direct(u"GET"_s, u"/v1/images"_s,
                              {{u"zone_id"_s, u"kr2-z01"_s}, {u"page_size"_s, u"4"_s}});
    QCOMPARE(kr2.result(), docs);
}

void TstSimulatorCatalog::shouldFilterImages_data()
{
    QTest::addColumn<Query>("query");
    QTest::addColumn<int>("count");

    // The seeded world: 4 docs images (kr2-z01), 12 more public ones, 2 private.
    QTest::newRow("no filter") << Query {} << 18;
    QTest::newRow("zone_id") << Query {{u"zone_id"_s, u"kr2-z01"_s}} << 17;
    QTest::newRow("zone_id of the small zone") << Query {{u"zone_id"_s, u"kr1-z02"_s}} << 7;
    QTest::newRow("zone_id list") << Query {{u"zone_id"_s, u"kr1-z02,kr2-z02"_s}} << 7;
    QTest::newRow("zone_id list of all") << Query {{u"zone_id"_s, u"kr1-z01,kr2-z01"_s}} << 18;
    QTest::newRow("name substring") << Query {{u"name"_s, u"Ubuntu"_s}} << 5;
    QTest::newRow("name substring inside") << Query {{u"name"_s, u"04 LTS"_s}} << 3;
    QTest::newRow("Korean name") << Query {{u"name"_s, u"골든"_s}} << 1;
    QTest::newRow("name without a match") << Query {{u"name"_s, u"Plan 9"_s}} << 0;
    QTest::newRow("os") << Query {{u"os"_s, u"rocky"_s}} << 4;
    QTest::newRow("os ubuntu") << Query {{u"os"_s, u"ubuntu"_s}} << 6;
    QTest::newRow("os list") << Query {{u"os"_s, u"rocky,debian"_s}} << 5;
    QTest::newRow("os windows") << Query {{u"os"_s, u"windows"_s}} << 3;
    QTest::newRow("os without images") << Query {{u"os"_s, u"hamonikr"_s}} << 0;
    QTest::newRow("type os") << Query {{u"type"_s, u"os"_s}} << 15;
    QTest::newRow("type gpu") << Query {{u"type"_s, u"gpu"_s}} << 1;
    QTest::newRow("type list") << Query {{u"type"_s, u"vdi,solution"_s}} << 2;
    QTest::newRow("visibility private") << Query {{u"visibility"_s, u"private"_s}} << 2;
    QTest::newRow("visibility public") << Query {{u"visibility"_s, u"public"_s}} << 16;
    QTest::newRow("zone and os") << Query {{u"zone_id"_s, u"kr1-z01"_s}, {u"os"_s, u"rocky"_s}}
                                 << 2;
}

void TstSimulatorCatalog::shouldFilterImages()
{
    QFETCH(Query, query);
    QFETCH(int, count);
    SimFixture f;
    query.insert(u"page_size"_s, u"100"_s);
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s, query);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), count);
    QCOMPARE(a.body.value(u"count"_s).toInt(), count);

    // Every row satisfies the filters it was asked for.
    const QStringList zones = query.value(u"zone_id"_s).split(u',', Qt::SkipEmptyParts);
    for (const QJsonValue &v : a.result()) {
        const QJsonObject image = v.toObject();
        if (!zones.isEmpty()) {
            bool inZone = false;
            for (const QJsonValue &z : image.value(u"zone"_s).toArray())
                inZone = inZone || zones.contains(z.toString());
            QVERIFY2(inZone, qPrintable(image.value(u"image_id"_s).toString()));
        }
        if (query.contains(u"visibility"_s))
            QCOMPARE(image.value(u"visibility"_s).toString(), query.value(u"visibility"_s));
        if (query.contains(u"type"_s))
            QVERIFY(query.value(u"type"_s).split(u',').contains(
                    image.value(u"os"_s).toObject().value(u"type"_s).toString().toLower()));
        if (query.contains(u"name"_s)) {
            const QString name = image.contains(u"name"_s)
                    ? image.value(u"name"_s).toString()
                    : image.value(u"os"_s).toObject().value(u"name"_s).toString();
            QVERIFY2(name.contains(query.value(u"name"_s), Qt::CaseInsensitive), qPrintable(name));
        }
    }
}

void TstSimulatorCatalog::shouldRejectImageEnumsCaseSensitively_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("os Ubuntu") << u"os"_s << u"Ubuntu"_s;
    QTest::newRow("os UBUNTU (the os_type, not the filter value)") << u"os"_s << u"UBUNTU"_s;
    QTest::newRow("os centos") << u"os"_s << u"centos"_s;
    QTest::newRow("os list with one bad") << u"os"_s << u"ubuntu,Rocky"_s;
    QTest::newRow("type OS") << u"type"_s << u"OS"_s;
    QTest::newRow("type Solution") << u"type"_s << u"Solution"_s;
    QTest::newRow("type os_linux") << u"type"_s << u"os_linux"_s;
    QTest::newRow("visibility Private") << u"visibility"_s << u"Private"_s;
    QTest::newRow("visibility shared") << u"visibility"_s << u"shared"_s;
}

void TstSimulatorCatalog::shouldRejectImageEnumsCaseSensitively()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s, {{key, value}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM_ENUM"_s);
    QCOMPARE(a.body.value(u"code"_s).toString(), u"0xf"_s);
}

void TstSimulatorCatalog::shouldDescribeAnImage()
{
    SimFixture f;
    const QString privateId = imageNamed(f, u"db-base-image"_s);
    QVERIFY(!privateId.isEmpty());
    const auto a = f.direct(u"GET"_s, u"/v1/images/"_s + privateId);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 1);
    const QJsonObject image = a.result().at(0).toObject();
    QCOMPARE(image.value(u"image_id"_s).toString(), privateId);
    QVERIFY(privateId.startsWith(u"PIMAGE-"_s));
    QCOMPARE(image.value(u"visibility"_s).toString(), u"private"_s);
    QCOMPARE(image.value(u"name"_s).toString(), u"db-base-image"_s);
    for (const QString &key : {u"os"_s, u"image_type"_s, u"zone"_s, u"description"_s, u"status"_s,
                               u"min_disk"_s, u"min_ram"_s, u"file_size"_s, u"created_at"_s})
        QVERIFY2(image.contains(key), qPrintable(key));
}

void TstSimulatorCatalog::shouldAnswerAnUnknownImageWithIdInvalid()
{
    SimFixture f;
    for (const QString &id :
         {u"PIMAGE-doesNotExist0000000000"_s, u"pimage-1pos3s8vajxq3wgc8c4bmi"_s}) {
        const auto a = f.direct(u"GET"_s, u"/v1/images/"_s + id);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.errorCode(), u"ID_INVALID"_s);
        QCOMPARE(a.body.value(u"code"_s).toString(), u"0x16"_s);
    }
}

void TstSimulatorCatalog::shouldPageWithPageNoAndPageSize()
{
    SimFixture f;
    const auto all = f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_size"_s, u"100"_s}});
    const QStringList ids = idsOf(all.result(), u"image_id"_s);
    QCOMPARE(ids.size(), 18);

    const auto second = f.direct(u"GET"_s, u"/v1/images"_s,
                                 {{u"page_no"_s, u"2"_s}, {u"page_size"_s, u"5"_s}});
    QCOMPARE(second.status, 200);
    QCOMPARE(idsOf(second.result(), u"image_id"_s), ids.mid(5, 5));
    QCOMPARE(second.body.value(u"count"_s).toInt(), 5);
    QCOMPARE(second.body.value(u"page_no"_s).toInt(), 2);
    QCOMPARE(second.body.value(u"page_size"_s).toInt(), 5);

    // The last, shorter page: count is the rows of this page, not of the listing.
    const auto last = f.direct(u"GET"_s, u"/v1/images"_s,
                               {{u"page_no"_s, u"4"_s}, {u"page_size"_s, u"5"_s}});
    QCOMPARE(idsOf(last.result(), u"image_id"_s), ids.mid(15));
    QCOMPARE(last.body.value(u"count"_s).toInt(), 3);
}

void TstSimulatorCatalog::shouldDefaultToTenRowsAPage()
{
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s);
    QCOMPARE(a.result().size(), 10);
    QCOMPARE(a.body.value(u"count"_s).toInt(), 10);
    QCOMPARE(a.body.value(u"page_no"_s).toInt(), 1);
    QCOMPARE(a.body.value(u"page_size"_s).toInt(), 10);

    const auto instances = f.direct(u"GET"_s, u"/v1/instances"_s);
    QCOMPARE(instances.result().size(), 10);
}

void TstSimulatorCatalog::shouldAnswerAPagePastTheEndWithAnEmptyResult()
{
    SimFixture f;
    for (const auto &[path, pageNo] : {std::pair {u"/v1/images"_s, u"3"_s},
                                       {u"/v1/images"_s, u"1000"_s},
                                       {u"/v1/flavors"_s, u"3"_s},
                                       {u"/v1/instances"_s, u"5"_s}}) {
        const auto a
                = f.direct(u"GET"_s, path, {{u"page_no"_s, pageNo}, {u"page_size"_s, u"10"_s}});
        QVERIFY2(a.status == 200, qPrintable(QString(path + u" page "_s + pageNo)));
        QCOMPARE(a.errorCode(), u"SUCCESS"_s);
        QVERIFY(a.body.value(u"result"_s).isArray());
        QCOMPARE(a.result().size(), 0);
        QCOMPARE(a.body.value(u"count"_s).toInt(), 0);
    }
}

void TstSimulatorCatalog::shouldVisitEveryRowOncePageByPage()
{
    SimFixture f;
    const auto all = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"page_size"_s, u"100"_s}});
    const QStringList expected = idsOf(all.result(), u"instance_id"_s);
    QCOMPARE(expected.size(), 40);
    QStringList seen;
    for (int page = 1; page < 20; ++page) {
        const auto a = f.direct(u"GET"_s, u"/v1/instances"_s,
                                {{u"page_no"_s, QString::number(page)}, {u"page_size"_s, u"7"_s}});
        QCOMPARE(a.status, 200);
        if (a.result().isEmpty())
            break;
        seen += idsOf(a.result(), u"instance_id"_s);
    }
    QCOMPARE(seen, expected);
}

void TstSimulatorCatalog::shouldCapThePageSizeAtTheMaximum()
{
    SimOptions options = SimFixture::testOptions();
    options.maxPageSize = 6;
    SimFixture f(options);
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_size"_s, u"100"_s}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 6);
    QCOMPARE(a.body.value(u"count"_s).toInt(), 6);
    QCOMPARE(a.body.value(u"page_size"_s).toInt(), 6);

    // Pages are cut at the capped size.
    const auto third = f.direct(u"GET"_s, u"/v1/images"_s,
                                {{u"page_size"_s, u"100"_s}, {u"page_no"_s, u"3"_s}});
    QCOMPARE(third.result().size(), 6);
    const auto fourth = f.direct(u"GET"_s, u"/v1/images"_s,
                                 {{u"page_size"_s, u"100"_s}, {u"page_no"_s, u"4"_s}});
    QCOMPARE(fourth.result().size(), 0);

    // The default maximum is 100.
    SimFixture standard;
    QCOMPARE(standard.sim->options().maxPageSize, 100);
    const auto big = standard.direct(u"GET"_s, u"/v1/instances"_s, {{u"page_size"_s, u"1000"_s}});
    QCOMPARE(big.result().size(), 40);
    QCOMPARE(big.body.value(u"page_size"_s).toInt(), 100);
}

void TstSimulatorCatalog::shouldCapSilentlyWhileEchoingTheRequestedSize()
{
    SimOptions options = SimFixture::testOptions();
    options.maxPageSize = 6;
    options.silentPageCap = true;
    SimFixture f(options);
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_size"_s, u"50"_s}});
    QCOMPARE(a.status, 200);
    QCOMPARE(a.result().size(), 6);
    QCOMPARE(a.body.value(u"count"_s).toInt(), 6);
    QCOMPARE(a.body.value(u"page_size"_s).toInt(), 50);

    // Below the cap nothing changes.
    const auto small = f.direct(u"GET"_s, u"/v1/images"_s, {{u"page_size"_s, u"4"_s}});
    QCOMPARE(small.result().size(), 4);
    QCOMPARE(small.body.value(u"page_size"_s).toInt(), 4);
}

void TstSimulatorCatalog::shouldRejectInvalidPaging_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("page_no zero") << u"page_no"_s << u"0"_s;
    QTest::newRow("page_no negative") << u"page_no"_s << u"-1"_s;
    QTest::newRow("page_size zero") << u"page_size"_s << u"0"_s;
    QTest::newRow("page_size word") << u"page_size"_s << u"ten"_s;
}

void TstSimulatorCatalog::shouldRejectInvalidPaging()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    SimFixture f;
    const auto a = f.direct(u"GET"_s, u"/v1/images"_s, {{key, value}});
    QCOMPARE(a.status, 400);
    QCOMPARE(a.errorCode(), u"CHECK_PARAM"_s);
}

void TstSimulatorCatalog::shouldProduceTheSameWorldFromTheSameSeed()
{
    SimFixture one;
    SimFixture two;
    QCOMPARE(one.sim->accessKey(), two.sim->accessKey());
    const Query all {{u"page_size"_s, u"100"_s}};
    for (const QString &path :
         {u"/v1/zones"_s, u"/v1/flavors"_s, u"/v1/images"_s, u"/v1/instances"_s,
          u"/v1/block-storages"_s, u"/v1/firewall"_s, u"/v1/auth/ssh_key"_s, u"/v1/bill"_s}) {
        const auto a = one.direct(u"GET"_s, path, all);
        const auto b = two.direct(u"GET"_s, path, all);
        QVERIFY2(a.status == 200, qPrintable(path));
        QVERIFY2(!a.result().isEmpty(), qPrintable(path));
        QVERIFY2(a.body == b.body, qPrintable(path));
    }
}

void TstSimulatorCatalog::shouldProduceAnotherWorldFromAnotherSeed()
{
    SimFixture seven;
    SimOptions options = SimFixture::testOptions();
    options.seed = 8;
    SimFixture eight(options);
    const Query all {{u"page_size"_s, u"100"_s}};
    const auto a = seven.direct(u"GET"_s, u"/v1/instances"_s, all);
    const auto b = eight.direct(u"GET"_s, u"/v1/instances"_s, all);
    QCOMPARE(a.result().size(), 40);
    QCOMPARE(b.result().size(), 40);
    const QStringList idsA = idsOf(a.result(), u"instance_id"_s);
    const QStringList idsB = idsOf(b.result(), u"instance_id"_s);
    QVERIFY(QSet<QString>(idsA.begin(), idsA.end())
                    .intersect(QSet<QString>(idsB.begin(), idsB.end()))
                    .isEmpty());
    QVERIFY(idsOf(a.result(), u"name"_s) != idsOf(b.result(), u"name"_s));
    QVERIFY(seven.sim->accessKey() != eight.sim->accessKey());

    // The catalog's fixed part (the docs' images, the zones) does not depend on the seed.
    const auto zonesA = seven.direct(u"GET"_s, u"/v1/zones"_s);
    const auto zonesB = eight.direct(u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(zonesA.body, zonesB.body);
}

QTEST_GUILESS_MAIN(TstSimulatorCatalog)
#include "tst_simulatorcatalog.moc"
