// JsonRead: the tolerant readers every parser is built on. Each row gives the value of key "v"
// as JSON text (an empty text means: the key is missing).
#include "api/jsonread.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QLatin1String kKey("v");

//! {"v": <valueJson>}, or {} when \a valueJson is empty.
QJsonObject wrap(const QByteArray &valueJson)
{
    if (valueJson.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("{\"v\":" + valueJson + '}', &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad test JSON: %s", valueJson.constData());
    return doc.object();
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TstJsonRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadIntegersWrittenAsNumbersOrStrings_data();
    void shouldReadIntegersWrittenAsNumbersOrStrings();
    void shouldUseTheFallbackWhenNoIntegerCanBeRead();
    void shouldReadTheLeadingNumberOfAnAmount_data();
    void shouldReadTheLeadingNumberOfAnAmount();
    void shouldReadFloatingPointNumbers_data();
    void shouldReadFloatingPointNumbers();
    void shouldWriteScalarsOutAsStrings_data();
    void shouldWriteScalarsOutAsStrings();
    void shouldReadFlagsInEveryDialect_data();
    void shouldReadFlagsInEveryDialect();
    void shouldReadStringListsFromArraysObjectsAndCommaStrings_data();
    void shouldReadStringListsFromArraysObjectsAndCommaStrings();
    void shouldNormaliseObjects_data();
    void shouldNormaliseObjects();
    void shouldNormaliseArrays_data();
    void shouldNormaliseArrays();
};

void TstJsonRead::shouldReadIntegersWrittenAsNumbersOrStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("number") << QByteArray("42") << true << qint64(42);
    QTest::newRow("negative number") << QByteArray("-7") << true << qint64(-7);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("string") << QByteArray("\"59100\"") << true << qint64(59100);
    QTest::newRow("string with spaces") << QByteArray("\" 42 \"") << true << qint64(42);
    QTest::newRow("negative string") << QByteArray("\"-3\"") << true << qint64(-3);
    QTest::newRow("string with a comma") << QByteArray("\"59,100\"") << true << qint64(59100);
    QTest::newRow("string with commas") << QByteArray("\"1,234,567\"") << true << qint64(1234567);
    QTest::newRow("above 32 bits") << QByteArray("5000000000") << true << qint64(5000000000);
    QTest::newRow("above 32 bits as string")
            << QByteArray("\"5000000000\"") << true << qint64(5000000000);
    QTest::newRow("above 32 bits with commas")
            << QByteArray("\"5,000,000,000\"") << true << qint64(5000000000);
    QTest::newRow("2^53 + 1 stays exact")
            << QByteArray("9007199254740993") << true << qint64(9007199254740993);
    QTest::newRow("integral float") << QByteArray("59100.0") << true << qint64(59100);
    QTest::newRow("integral float as string") << QByteArray("\"1.0\"") << true << qint64(1);
    QTest::newRow("fraction rounds to nearest") << QByteArray("2.6") << true << qint64(3);
    QTest::newRow("exponent") << QByteArray("1e3") << true << qint64(1000);

    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("missing") << QByteArray() << false << qint64(0);
    QTest::newRow("empty string") << QByteArray("\"\"") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"abc\"") << false << qint64(0);
    QTest::newRow("number with unit") << QByteArray("\"4GB\"") << false << qint64(0);
    QTest::newRow("true") << QByteArray("true") << false << qint64(0);
    QTest::newRow("array") << QByteArray("[1]") << false << qint64(0);
    QTest::newRow("object") << QByteArray("{\"v\":1}") << false << qint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray("1e300") << false << qint64(0);
    QTest::newRow("beyond 64 bits as string") << QByteArray("\"1e300\"") << false << qint64(0);
}

void TstJsonRead::shouldReadIntegersWrittenAsNumbersOrStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    QFETCH(qint64, expected);

    const QJsonObject object = wrap(json);
    const std::optional<qint64> viaKey = JsonRead::optInt(object, kKey);
    const std::optional<qint64> viaValue = JsonRead::optInt(object.value(kKey));
    QCOMPARE(viaKey.has_value(), readable);
    QCOMPARE(viaValue.has_value(), readable);
    if (readable) {
        QCOMPARE(*viaKey, expected);
        QCOMPARE(*viaValue, expected);
        QCOMPARE(JsonRead::int64(object, kKey, -99), expected);
    } else {
        QCOMPARE(JsonRead::int64(object, kKey, -99), qint64(-99));
    }
}

void TstJsonRead::shouldUseTheFallbackWhenNoIntegerCanBeRead()
{
    const QJsonObject object = parseObject(R"({"a": null, "b": "x", "c": 5})");
    QCOMPARE(JsonRead::int64(object, "a"_L1), qint64(0));
    QCOMPARE(JsonRead::int64(object, "a"_L1, -1), qint64(-1));
    QCOMPARE(JsonRead::int64(object, "b"_L1, 7), qint64(7));
    QCOMPARE(JsonRead::int64(object, "missing"_L1, 11), qint64(11));
    QCOMPARE(JsonRead::int64(object, "c"_L1, 11), qint64(5));
    QCOMPARE(JsonRead::amount(object, "missing"_L1, -1), qint64(-1));
    QCOMPARE(JsonRead::amount(object, "c"_L1, -1), qint64(5));
}

void TstJsonRead::shouldReadTheLeadingNumberOfAnAmount_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("number") << QByteArray("8") << true << qint64(8);
    QTest::newRow("string") << QByteArray("\"16\"") << true << qint64(16);
    QTest::newRow("with unit") << QByteArray("\"4GB\"") << true << qint64(4);
    QTest::newRow("with spaced unit") << QByteArray("\"1 Gbps\"") << true << qint64(1);
    QTest::newRow("padded with unit") << QByteArray("\"  50 GB \"") << true << qint64(50);
    QTest::newRow("above 32 bits") << QByteArray("\"5000000000\"") << true << qint64(5000000000);
    QTest::newRow("with comma") << QByteArray("\"1,024\"") << true << qint64(1024);
    QTest::newRow("with comma and unit") << QByteArray("\"1,024 GB\"") << true << qint64(1024);
    QTest::newRow("unit first") << QByteArray("\"GB4\"") << false << qint64(0);
    QTest::newRow("word") << QByteArray("\"none\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("missing") << QByteArray() << false << qint64(0);
    QTest::newRow("bool") << QByteArray("false") << false << qint64(0);
}

void TstJsonRead::shouldReadTheLeadingNumberOfAnAmount()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    QFETCH(qint64, expected);

    const QJsonObject object = wrap(json);
    const std::optional<qint64> value = JsonRead::optAmount(object, kKey);
    QCOMPARE(value.has_value(), readable);
    if (readable)
        QCOMPARE(*value, expected);
    QCOMPARE(JsonRead::amount(object, kKey, -5), readable ? expected : qint64(-5));
}

void TstJsonRead::shouldReadFloatingPointNumbers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<double>("expected");

    QTest::newRow("float") << QByteArray("1.5") << true << 1.5;
    QTest::newRow("integer") << QByteArray("3") << true << 3.0;
    QTest::newRow("negative") << QByteArray("-0.25") << true << -0.25;
    QTest::newRow("string") << QByteArray("\"1.5\"") << true << 1.5;
    QTest::newRow("padded string") << QByteArray("\" 2.25 \"") << true << 2.25;
    QTest::newRow("above 32 bits") << QByteArray("5000000000") << true << 5000000000.0;
    QTest::newRow("word") << QByteArray("\"abc\"") << false << 0.0;
    QTest::newRow("infinity") << QByteArray("\"inf\"") << false << 0.0;
    QTest::newRow("not a number") << QByteArray("\"nan\"") << false << 0.0;
    QTest::newRow("null") << QByteArray("null") << false << 0.0;
    QTest::newRow("missing") << QByteArray() << false << 0.0;
    QTest::newRow("bool") << QByteArray("true") << false << 0.0;
    QTest::newRow("array") << QByteArray("[1.5]") << false << 0.0;
}

void TstJsonRead::shouldReadFloatingPointNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, readable);
    QFETCH(double, expected);

    const std::optional<double> value = JsonRead::optNumber(wrap(json), kKey);
    QCOMPARE(value.has_value(), readable);
    if (readable)
        QCOMPARE(*value, expected);
}

void TstJsonRead::shouldWriteScalarsOutAsStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("string") << QByteArray("\"abc\"") << u"abc"_s;
    QTest::newRow("string kept untrimmed") << QByteArray("\" a b \"") << u" a b "_s;
    QTest::newRow("korean") << QByteArray("\"서버\"") << u"서버"_s;
    QTest::newRow("empty string") << QByteArray("\"\"") << QString();
    QTest::newRow("integer") << QByteArray("42") << u"42"_s;
    QTest::newRow("negative integer") << QByteArray("-42") << u"-42"_s;
    QTest::newRow("above 32 bits") << QByteArray("5000000000") << u"5000000000"_s;
    QTest::newRow("integral float") << QByteArray("17.0") << u"17"_s;
    QTest::newRow("float") << QByteArray("1.5") << u"1.5"_s;
    QTest::newRow("true") << QByteArray("true") << u"true"_s;
    QTest::newRow("false") << QByteArray("false") << u"false"_s;
    QTest::newRow("null") << QByteArray("null") << QString();
    QTest::newRow("missing") << QByteArray() << QString();
    QTest::newRow("object") << QByteArray("{\"a\":\"b\"}") << QString();
    QTest::newRow("array") << QByteArray("[\"a\"]") << QString();
}

void TstJsonRead::shouldWriteScalarsOutAsStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);

    const QJsonObject object = wrap(json);
    QCOMPARE(JsonRead::str(object, kKey), expected);
    QCOMPARE(JsonRead::str(object.value(kKey)), expected);
}

void TstJsonRead::shouldReadFlagsInEveryDialect_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("expected");

    // Each readable value is tried with the opposite fallback, so a fallback cannot pass for it.
    QTest::newRow("Y") << QByteArray("\"Y\"") << false << true;
    QTest::newRow("N") << QByteArray("\"N\"") << true << false;
    QTest::newRow("y") << QByteArray("\"y\"") << false << true;
    QTest::newRow("n") << QByteArray("\"n\"") << true << false;
    QTest::newRow(" Y padded") << QByteArray("\" Y \"") << false << true;
    QTest::newRow("yes") << QByteArray("\"yes\"") << false << true;
    QTest::newRow("no") << QByteArray("\"no\"") << true << false;
    QTest::newRow("true") << QByteArray("true") << false << true;
    QTest::newRow("false") << QByteArray("false") << true << false;
    QTest::newRow("\"true\"") << QByteArray("\"true\"") << false << true;
    QTest::newRow("\"TRUE\"") << QByteArray("\"TRUE\"") << false << true;
    QTest::newRow("\"false\"") << QByteArray("\"false\"") << true << false;
    QTest::newRow("1") << QByteArray("1") << false << true;
    QTest::newRow("0") << QByteArray("0") << true << false;
    QTest::newRow("\"1\"") << QByteArray("\"1\"") << false << true;
    QTest::newRow("\"0\"") << QByteArray("\"0\"") << true << false;
    // Unreadable: the fallback, whichever it is.
    QTest::newRow("null, fallback false") << QByteArray("null") << false << false;
    QTest::newRow("null, fallback true") << QByteArray("null") << true << true;
    QTest::newRow("missing, fallback false") << QByteArray() << false << false;
    QTest::newRow("missing, fallback true") << QByteArray() << true << true;
    QTest::newRow("word, fallback true") << QByteArray("\"maybe\"") << true << true;
    QTest::newRow("word, fallback false") << QByteArray("\"maybe\"") << false << false;
    QTest::newRow("empty, fallback true") << QByteArray("\"\"") << true << true;
    QTest::newRow("object, fallback true") << QByteArray("{\"v\":\"Y\"}") << true << true;
    QTest::newRow("array, fallback false") << QByteArray("[\"Y\"]") << false << false;
}

void TstJsonRead::shouldReadFlagsInEveryDialect()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, fallback);
    QFETCH(bool, expected);

    QCOMPARE(JsonRead::flag(wrap(json), kKey, fallback), expected);
}

void TstJsonRead::shouldReadStringListsFromArraysObjectsAndCommaStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("idKey");
    QTest::addColumn<QStringList>("expected");

    const QString none;
    const QString zoneId = u"zone_id"_s;

    QTest::newRow("array of strings") << QByteArray(R"(["kr1-z01","kr2-z01"])") << none
                                      << QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
    QTest::newRow("array of numbers")
            << QByteArray("[1, 5000000000]") << none << QStringList {u"1"_s, u"5000000000"_s};
    QTest::newRow("array skips nulls and empties")
            << QByteArray(R"(["a", null, "", "b"])") << none << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("array of objects with id key")
            << QByteArray(R"([{"zone_id":"kr1-z01","name":"x"},{"zone_id":"kr2-z01"}])") << zoneId
            << QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
    QTest::newRow("array of objects skips those without the key")
            << QByteArray(R"([{"name":"x"},{"zone_id":"kr2-z01"}])") << zoneId
            << QStringList {u"kr2-z01"_s};
    QTest::newRow("array of objects without id key")
            << QByteArray(R"([{"zone_id":"kr1-z01"}])") << none << QStringList();
    QTest::newRow("mixed array") << QByteArray(R"(["kr1-z01",{"zone_id":"kr2-z01"}])") << zoneId
                                 << QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
    QTest::newRow("nested arrays give nothing")
            << QByteArray(R"([["a"],["b"]])") << none << QStringList();
    QTest::newRow("one object with id key")
            << QByteArray(R"({"zone_id":"kr1-z01"})") << zoneId << QStringList {u"kr1-z01"_s};
    QTest::newRow("one object without id key")
            << QByteArray(R"({"zone_id":"kr1-z01"})") << none << QStringList();
    QTest::newRow("comma string") << QByteArray(R"("a,b,c")") << none
                                  << QStringList {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("comma string with spaces")
            << QByteArray(R"(" a , b ,c ")") << none << QStringList {u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("comma string with empty parts")
            << QByteArray(R"("a,,b, ,")") << none << QStringList {u"a"_s, u"b"_s};
    QTest::newRow("one string") << QByteArray(R"("kr1-z01")") << none << QStringList {u"kr1-z01"_s};
    QTest::newRow("only commas") << QByteArray(R"(" , ,")") << none << QStringList();
    QTest::newRow("empty string") << QByteArray(R"("")") << none << QStringList();
    QTest::newRow("empty array") << QByteArray("[]") << none << QStringList();
    QTest::newRow("null") << QByteArray("null") << zoneId << QStringList();
    QTest::newRow("missing") << QByteArray() << zoneId << QStringList();
    QTest::newRow("bool") << QByteArray("true") << none << QStringList();
}

void TstJsonRead::shouldReadStringListsFromArraysObjectsAndCommaStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, idKey);
    QFETCH(QStringList, expected);

    const QByteArray idKeyLatin1 = idKey.toLatin1();
    const QLatin1String key(idKeyLatin1.constData(), idKeyLatin1.size());
    QCOMPARE(JsonRead::strList(wrap(json), kKey, key), expected);
}

void TstJsonRead::shouldNormaliseObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("object") << QByteArray(R"({"a":1})") << QByteArray(R"({"a":1})");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("one-element array") << QByteArray(R"([{"a":1}])") << QByteArray(R"({"a":1})");
    QTest::newRow("array takes the first")
            << QByteArray(R"([{"a":1},{"b":2}])") << QByteArray(R"({"a":1})");
    QTest::newRow("array starting with a scalar")
            << QByteArray(R"([1,{"a":1}])") << QByteArray("{}");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("{}");
    QTest::newRow("string") << QByteArray(R"("{\"a\":1}")") << QByteArray("{}");
    QTest::newRow("number") << QByteArray("1") << QByteArray("{}");
    QTest::newRow("null") << QByteArray("null") << QByteArray("{}");
    QTest::newRow("missing") << QByteArray() << QByteArray("{}");
}

void TstJsonRead::shouldNormaliseObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);

    QCOMPARE(JsonRead::obj(wrap(json), kKey), parseObject(expected));
}

void TstJsonRead::shouldNormaliseArrays_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("array") << QByteArray(R"([1,"a",{"b":2}])") << QByteArray(R"([1,"a",{"b":2}])");
    QTest::newRow("empty array") << QByteArray("[]") << QByteArray("[]");
    QTest::newRow("lone object") << QByteArray(R"({"a":1})") << QByteArray(R"([{"a":1}])");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("[{}]");
    QTest::newRow("string") << QByteArray(R"("a,b")") << QByteArray("[]");
    QTest::newRow("number") << QByteArray("3") << QByteArray("[]");
    QTest::newRow("null") << QByteArray("null") << QByteArray("[]");
    QTest::newRow("missing") << QByteArray() << QByteArray("[]");
}

void TstJsonRead::shouldNormaliseArrays()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);

    QCOMPARE(JsonRead::arr(wrap(json), kKey), QJsonDocument::fromJson(expected).array());
}

QTEST_GUILESS_MAIN(TstJsonRead)
#include "tst_jsonread.moc"
