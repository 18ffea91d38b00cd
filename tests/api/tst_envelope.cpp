// Envelope::decode and ApiError: every answer the reference describes, and the ones it warns of.
#include "api/apierror.h"
#include "api/envelope.h"
#include "support/fixtures.h"

#include <QByteArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

struct Decoded
{
    Envelope envelope;
    ApiError error;
};

Decoded decode(int httpStatus, const QByteArray &body)
{
    Decoded d;
    // Poison the error first: decode must overwrite every field it is responsible for.
    d.error.kind = ApiError::Kind::Cancelled;
    d.error.detail = u"poison"_s;
    d.envelope = Envelope::decode(httpStatus, body, &d.error);
    return d;
}

QString kindText(ApiError::Kind k)
{
    return ApiError::kindName(k);
}

QByteArray errorBody(const QByteArray &code, const QByteArray &errorCode)
{
    return "{\"code\":\"" + code + "\",\"error_code\":\"" + errorCode
            + "\",\"message\":\"\",\"result\":[]}";
}

} // namespace

class TstEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDecodeTheDocsImageListAsSuccess();
    void shouldDecodeWithoutAnErrorPointer();
    void shouldReadTheCodeByValue_data();
    void shouldReadTheCodeByValue();
    void shouldParseCodeTexts_data();
    void shouldParseCodeTexts();
    void shouldAcceptEveryShapeOfResult_data();
    void shouldAcceptEveryShapeOfResult();
    void shouldRefuseASuccessWhoseResultIsANumber();
    void shouldTakeTheMessageFromAResultObject();
    void shouldTakeTheMessageFromAResultString();
    void shouldPreferTheEnvelopeMessage();
    void shouldReportHtmlBodiesByHttpStatus_data();
    void shouldReportHtmlBodiesByHttpStatus();
    void shouldReportEmptyBodies_data();
    void shouldReportEmptyBodies();
    void shouldRejectJsonThatIsNotAnObject_data();
    void shouldRejectJsonThatIsNotAnObject();
    void shouldRejectTruncatedJson();
    void shouldTreatAnErrorCodeOn200AsAnError_data();
    void shouldTreatAnErrorCodeOn200AsAnError();
    void shouldTrustHttpWhenTheEnvelopeSaysSuccess_data();
    void shouldTrustHttpWhenTheEnvelopeSaysSuccess();
    void shouldTolerateA2xxWithResultButNoCode();
    void shouldRejectA2xxWithNeitherCodeNorResult();
    void shouldReadPagingFieldsWrittenAsStrings();
    void shouldReadTotalWhenGiven();
    void shouldReportEmptySetOn400WithItsName();
    void shouldMapEveryErrorCodeToItsKind_data();
    void shouldMapEveryErrorCodeToItsKind();
    void shouldPreferTheErrorCodeNameOverTheNumber();
    void shouldFallBackToHttpStatusForUnknownCodes_data();
    void shouldFallBackToHttpStatusForUnknownCodes();
    void shouldNameOnlyDocumentedCodes();
    void shouldSurviveDeepNesting_data();
    void shouldSurviveDeepNesting();
};

void TstEnvelope::shouldDecodeTheDocsImageListAsSuccess()
{
    const Decoded d = decode(200, Fixtures::read(u"image-list.json"_s));
    QVERIFY2(!d.error.isError(), qPrintable(d.error.detail));
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::None));
    QCOMPARE(d.envelope.code, 0);
    QCOMPARE(d.envelope.errorCode, u"SUCCESS"_s);
    QCOMPARE(d.envelope.message, QString());
    QCOMPARE(d.envelope.result.size(), 4);
    QCOMPARE(d.envelope.result.at(0).toObject().value("image_id"_L1).toString(),
             u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s);
    QCOMPARE(d.envelope.count, std::optional<qint64>(4));
    QCOMPARE(d.envelope.pageNo, std::optional<qint64>(1));
    QCOMPARE(d.envelope.pageSize, std::optional<qint64>(10));
    QVERIFY(!d.envelope.total.has_value());
}

void TstEnvelope::shouldDecodeWithoutAnErrorPointer()
{
    const Envelope ok = Envelope::decode(200, R"({"code":"0x00","result":[1,2]})", nullptr);
    QCOMPARE(ok.result.size(), 2);
    const Envelope bad = Envelope::decode(502, "<html>Bad Gateway</html>", nullptr);
    QVERIFY(bad.result.isEmpty());
    QCOMPARE(bad.code, -1);
}

void TstEnvelope::shouldReadTheCodeByValue_data()
{
    QTest::addColumn<QByteArray>("codeJson");
    QTest::addColumn<int>("expected");
    QTest::addColumn<ApiError::Kind>("kind");

    // No error_code: the kind comes from the code's value.
    QTest::newRow("\"0x1\"") << QByteArray("\"0x1\"") << 1 << ApiError::Kind::NotFound;
    QTest::newRow("\"0x01\"") << QByteArray("\"0x01\"") << 1 << ApiError::Kind::NotFound;
    QTest::newRow("\"0X01\"") << QByteArray("\"0X01\"") << 1 << ApiError::Kind::NotFound;
    QTest::newRow("number 1") << QByteArray("1") << 1 << ApiError::Kind::NotFound;
    QTest::newRow("\"1\"") << QByteArray("\"1\"") << 1 << ApiError::Kind::NotFound;
    QTest::newRow("\"0x15\"") << QByteArray("\"0x15\"") << 0x15 << ApiError::Kind::InUse;
    QTest::newRow("\"0x015\"") << QByteArray("\"0x015\"") << 0x15 << ApiError::Kind::InUse;
    QTest::newRow("number 21") << QByteArray("21") << 0x15 << ApiError::Kind::InUse;
    QTest::newRow("\"0xa\"") << QByteArray("\"0xa\"") << 10 << ApiError::Kind::Rejected;
    QTest::newRow("\"0x0A\"") << QByteArray("\"0x0A\"") << 10 << ApiError::Kind::Rejected;
    QTest::newRow("\"0x18\"") << QByteArray("\"0x18\"") << 0x18 << ApiError::Kind::WebConsoleOnly;
    QTest::newRow("unreadable") << QByteArray("\"oops\"") << -1 << ApiError::Kind::NotFound;
    QTest::newRow("null") << QByteArray("null") << -1 << ApiError::Kind::NotFound;
}

void TstEnvelope::shouldReadTheCodeByValue()
{
    QFETCH(QByteArray, codeJson);
    QFETCH(int, expected);
    QFETCH(ApiError::Kind, kind);

    // HTTP 404, so an unreadable code still ends as NotFound by status.
    const Decoded d = decode(404, "{\"code\":" + codeJson + ",\"message\":\"m\",\"result\":[]}");
    QCOMPARE(d.envelope.code, expected);
    QCOMPARE(d.error.code, expected);
    QCOMPARE(d.error.httpStatus, 404);
    QCOMPARE(d.error.message, u"m"_s);
    QCOMPARE(kindText(d.error.kind), kindText(kind));
}

void TstEnvelope::shouldParseCodeTexts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");

    QTest::newRow("0x00") << u"0x00"_s << 0;
    QTest::newRow("0x0") << u"0x0"_s << 0;
    QTest::newRow("0x1") << u"0x1"_s << 1;
    QTest::newRow("0x01") << u"0x01"_s << 1;
    QTest::newRow("0x001") << u"0x001"_s << 1;
    QTest::newRow("0x17") << u"0x17"_s << 23;
    QTest::newRow("0xf") << u"0xf"_s << 15;
    QTest::newRow("0X0F") << u"0X0F"_s << 15;
    QTest::newRow("padded") << u" 0x18 "_s << 24;
    QTest::newRow("decimal") << u"17"_s << 17;
    QTest::newRow("decimal zero") << u"0"_s << 0;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("bare 0x") << u"0x"_s << -1;
    QTest::newRow("bad hex") << u"0xzz"_s << -1;
    QTest::newRow("word") << u"SUCCESS"_s << -1;
    QTest::newRow("negative") << u"-3"_s << -1;
}

void TstEnvelope::shouldParseCodeTexts()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    QCOMPARE(ApiError::parseCode(text), expected);
}

void TstEnvelope::shouldAcceptEveryShapeOfResult_data()
{
    QTest::addColumn<QByteArray>("resultJson");
    QTest::addColumn<int>("rows");

    QTest::newRow("array") << QByteArray(R"([{"zone_id":"kr1-z01"},{"zone_id":"kr2-z01"}])") << 2;
    QTest::newRow("empty array") << QByteArray("[]") << 0;
    QTest::newRow("object") << QByteArray(R"({"zone_id":"kr1-z01"})") << 1;
    // A bare string is kept as one value (e.g. a console URL); parsers skip what is not a row.
    QTest::newRow("string") << QByteArray(R"("https://console.iwinv.kr/vnc")") << 1;
    QTest::newRow("null") << QByteArray("null") << 0;
    QTest::newRow("missing") << QByteArray() << 0;
}

void TstEnvelope::shouldAcceptEveryShapeOfResult()
{
    QFETCH(QByteArray, resultJson);
    QFETCH(int, rows);

    QByteArray body = R"({"code":"0x00","error_code":"SUCCESS","message":"")";
    if (!resultJson.isEmpty())
        body += ",\"result\":" + resultJson;
    body += '}';
    const Decoded d = decode(200, body);
    QVERIFY2(!d.error.isError(),
             qPrintable(QString(kindText(d.error.kind) + u' ' + d.error.detail)));
    QCOMPARE(d.envelope.result.size(), rows);
    if (rows > 0 && d.envelope.result.at(0).isObject())
        QCOMPARE(d.envelope.result.at(0).toObject().value("zone_id"_L1).toString(), u"kr1-z01"_s);
    else if (rows > 0)
        QCOMPARE(d.envelope.result.at(0).toString(), u"https://console.iwinv.kr/vnc"_s);
}

void TstEnvelope::shouldRefuseASuccessWhoseResultIsANumber()
{
    // Never read as "no rows": that would empty a table on a broken answer.
    const Decoded d
            = decode(200, R"({"code":"0x00","error_code":"SUCCESS","message":"","result":3})");
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InvalidResponse));
}

void TstEnvelope::shouldTakeTheMessageFromAResultObject()
{
    // The observed create failure: HTTP 500, DEV_CHECK_RETURN, a Korean message inside result.
    const QByteArray body
            = R"({"code":"0xc","error_code":"DEV_CHECK_RETURN","message":"",)"
              R"("result":{"code":500,"message":"선택하신 존의 자원이 제한되어 생성할 수 없습니다."}})";
    const Decoded d = decode(500, body);
    QVERIFY(d.error.isError());
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::Server));
    QCOMPARE(d.error.httpStatus, 500);
    QCOMPARE(d.error.code, 0xc);
    QCOMPARE(d.error.errorCode, u"DEV_CHECK_RETURN"_s);
    QCOMPARE(d.error.message, u"선택하신 존의 자원이 제한되어 생성할 수 없습니다."_s);
    // The object is still readable as the one row of the result.
    QCOMPARE(d.envelope.result.size(), 1);
    QCOMPARE(d.envelope.result.at(0).toObject().value("code"_L1).toInt(), 500);
}

void TstEnvelope::shouldTakeTheMessageFromAResultString()
{
    const Decoded d = decode(400,
                             R"({"code":"0xe","error_code":"CHECK_PARAM","message":"",)"
                             R"("result":"잘못된 값입니다"})");
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::Rejected));
    QCOMPARE(d.error.message, u"잘못된 값입니다"_s);
    QCOMPARE(d.envelope.result, QJsonArray {u"잘못된 값입니다"_s});
}

void TstEnvelope::shouldPreferTheEnvelopeMessage()
{
    const Decoded d = decode(400,
                             R"({"code":"0xe","error_code":"CHECK_PARAM",)"
                             R"("message":"name is too long","result":{"message":"다른 말"}})");
    QCOMPARE(d.error.message, u"name is too long"_s);
    QCOMPARE(d.envelope.message, u"name is too long"_s);
}

void TstEnvelope::shouldReportHtmlBodiesByHttpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("400") << 400 << ApiError::Kind::Rejected;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("502") << 502 << ApiError::Kind::Server;
    QTest::newRow("503") << 503 << ApiError::Kind::Server;
    QTest::newRow("200") << 200 << ApiError::Kind::InvalidResponse;
}

void TstEnvelope::shouldReportHtmlBodiesByHttpStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const QByteArray html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
                            "<body><center><h1>502 Bad Gateway</h1></center><hr>"
                            "<center>nginx</center></body></html>\n";
    const Decoded d = decode(status, html);
    QVERIFY(d.error.isError());
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.error.httpStatus, status);
    QCOMPARE(d.error.code, -1);
    QVERIFY2(d.error.detail.contains(u"not JSON"_s), qPrintable(d.error.detail));
    // A readable hint of what came back, without the markup's line breaks.
    QVERIFY2(d.error.detail.contains(u"502 Bad Gateway"_s), qPrintable(d.error.detail));
    QVERIFY(!d.error.detail.contains(u'\n'));
    QVERIFY(d.envelope.result.isEmpty());
}

void TstEnvelope::shouldReportEmptyBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("200 empty") << 200 << QByteArray() << ApiError::Kind::InvalidResponse;
    QTest::newRow("200 whitespace")
            << 200 << QByteArray(" \r\n\t") << ApiError::Kind::InvalidResponse;
    QTest::newRow("202 empty") << 202 << QByteArray() << ApiError::Kind::InvalidResponse;
    QTest::newRow("500 empty") << 500 << QByteArray() << ApiError::Kind::Server;
    QTest::newRow("429 empty") << 429 << QByteArray() << ApiError::Kind::RateLimited;
    QTest::newRow("401 empty") << 401 << QByteArray("\n") << ApiError::Kind::Unauthorized;
}

void TstEnvelope::shouldReportEmptyBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);

    const Decoded d = decode(status, body);
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.error.httpStatus, status);
    QCOMPARE(d.error.detail, u"empty body"_s);
    QVERIFY(d.envelope.result.isEmpty());
}

void TstEnvelope::shouldRejectJsonThatIsNotAnObject_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("array of envelopes") << QByteArray(R"([{"code":"0x00","result":[]}])");
    QTest::newRow("string") << QByteArray(R"("0x00")");
    QTest::newRow("number") << QByteArray("0");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true");
}

void TstEnvelope::shouldRejectJsonThatIsNotAnObject()
{
    QFETCH(QByteArray, body);

    const Decoded d = decode(200, body);
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InvalidResponse));
    QCOMPARE(d.error.httpStatus, 200);
    QVERIFY(!d.error.detail.isEmpty());
    QVERIFY(d.error.detail != u"poison"_s);
    QVERIFY(d.envelope.result.isEmpty());
    QCOMPARE(d.envelope.code, -1);
}

void TstEnvelope::shouldRejectTruncatedJson()
{
    const QByteArray full = Fixtures::read(u"image-list.json"_s);
    for (const qsizetype cut : {qsizetype(1), qsizetype(40), full.size() / 2, full.size() - 3}) {
        const Decoded d = decode(200, full.left(cut));
        QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InvalidResponse));
        QVERIFY2(d.error.detail.startsWith(u"not JSON"_s), qPrintable(d.error.detail));
        QVERIFY(d.envelope.result.isEmpty());
    }
}

void TstEnvelope::shouldTreatAnErrorCodeOn200AsAnError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("code");

    QTest::newRow("CHECK_PARAM") << errorBody("0xe", "CHECK_PARAM") << ApiError::Kind::Rejected
                                 << 0xe;
    QTest::newRow("NOT_FOUND") << errorBody("0x1", "NOT_FOUND") << ApiError::Kind::NotFound << 1;
    QTest::newRow("IN_USE, code only")
            << QByteArray(R"({"code":"0x15","result":[]})") << ApiError::Kind::InUse << 0x15;
    QTest::newRow("unknown code") << errorBody("0x63", "SOMETHING_NEW") << ApiError::Kind::Rejected
                                  << 0x63;
    QTest::newRow("name only") << QByteArray(R"({"error_code":"CHECK_LENGTH","result":[]})")
                               << ApiError::Kind::Rejected << -1;
}

void TstEnvelope::shouldTreatAnErrorCodeOn200AsAnError()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, code);

    const Decoded d = decode(200, body);
    QVERIFY(d.error.isError());
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.error.httpStatus, 200);
    QCOMPARE(d.error.code, code);
}

void TstEnvelope::shouldTrustHttpWhenTheEnvelopeSaysSuccess_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("400") << 400 << ApiError::Kind::Rejected;
    QTest::newRow("301") << 301 << ApiError::Kind::Redirected;
}

void TstEnvelope::shouldTrustHttpWhenTheEnvelopeSaysSuccess()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const Decoded d = decode(status, errorBody("0x00", "SUCCESS"));
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.error.httpStatus, status);
}

void TstEnvelope::shouldTolerateA2xxWithResultButNoCode()
{
    const Decoded d = decode(200, R"({"result":[{"zone_id":"kr1-z01"}],"count":1})");
    QVERIFY2(!d.error.isError(), qPrintable(kindText(d.error.kind)));
    QCOMPARE(d.envelope.code, -1);
    QCOMPARE(d.envelope.result.size(), 1);
    QCOMPARE(d.envelope.count, std::optional<qint64>(1));
}

void TstEnvelope::shouldRejectA2xxWithNeitherCodeNorResult()
{
    const Decoded d = decode(200, "{}");
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InvalidResponse));
    QCOMPARE(d.error.httpStatus, 200);

    // Success written as a name only still counts as success.
    const Decoded named = decode(200, R"({"error_code":"SUCCESS","result":[]})");
    QVERIFY(!named.error.isError());
}

void TstEnvelope::shouldReadPagingFieldsWrittenAsStrings()
{
    // Bill lists write page_no/page_size as strings (observed).
    const Decoded d = decode(200,
                             R"({"code":"0x00","error_code":"SUCCESS","message":"",)"
                             R"("result":[{"bill_id":"BILL-a"},{"bill_id":"BILL-b"}],)"
                             R"("count":"2","page_no":"3","page_size":"50"})");
    QVERIFY(!d.error.isError());
    QCOMPARE(d.envelope.pageNo, std::optional<qint64>(3));
    QCOMPARE(d.envelope.pageSize, std::optional<qint64>(50));
    QCOMPARE(d.envelope.count, std::optional<qint64>(2));
    QCOMPARE(d.envelope.result.size(), 2);

    const Decoded junk = decode(200,
                                R"({"code":"0x00","result":[],"page_no":"first",)"
                                R"("page_size":null})");
    QVERIFY(!junk.error.isError());
    QVERIFY(!junk.envelope.pageNo.has_value());
    QVERIFY(!junk.envelope.pageSize.has_value());
    QVERIFY(!junk.envelope.count.has_value());
}

void TstEnvelope::shouldReadTotalWhenGiven()
{
    const Decoded withTotal = decode(200,
                                     R"({"code":"0x00","result":[],"count":0,)"
                                     R"("page_no":5,"page_size":100,"total":437})");
    QCOMPARE(withTotal.envelope.total, std::optional<qint64>(437));
    QCOMPARE(withTotal.envelope.count, std::optional<qint64>(0));
    const Decoded asString = decode(200, R"({"code":"0x00","result":[],"total":"5000000000"})");
    QCOMPARE(asString.envelope.total, std::optional<qint64>(5000000000));
    const Decoded without = decode(200, R"({"code":"0x00","result":[]})");
    QVERIFY(!without.envelope.total.has_value());
}

void TstEnvelope::shouldReportEmptySetOn400WithItsName()
{
    // A filtered bill list that matched nothing. The envelope reports it faithfully; the
    // request (emptySetIsEmpty) decides that it means "no rows".
    const Decoded d = decode(400,
                             R"({"code":"0x14","error_code":"EMPTY_SET","message":"",)"
                             R"("result":[],"count":0,"page_no":"1","page_size":"10"})");
    QVERIFY(d.error.isError());
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::Rejected));
    QCOMPARE(d.error.errorCode, u"EMPTY_SET"_s);
    QCOMPARE(d.error.code, 0x14);
    QCOMPARE(d.error.httpStatus, 400);
    QCOMPARE(d.envelope.errorCode, u"EMPTY_SET"_s);
    QVERIFY(d.envelope.result.isEmpty());
}

void TstEnvelope::shouldMapEveryErrorCodeToItsKind_data()
{
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    using K = ApiError::Kind;
    // The reference's table, in order; HTTP status as observed or the simulator's default.
    QTest::newRow("0x00 SUCCESS") << QByteArray("0x00") << u"SUCCESS"_s << 200 << K::None;
    QTest::newRow("0x1 NOT_FOUND") << QByteArray("0x1") << u"NOT_FOUND"_s << 404 << K::NotFound;
    QTest::newRow("0x2 CIDR_NOT_VALID")
            << QByteArray("0x2") << u"CIDR_NOT_VALID"_s << 400 << K::Rejected;
    QTest::newRow("0x3 CIDR_NOT_REGISTERED")
            << QByteArray("0x3") << u"CIDR_NOT_REGISTERED"_s << 400 << K::Rejected;
    QTest::newRow("0x4 IPV6_NOT_SUPPORTED")
            << QByteArray("0x4") << u"IPV6_NOT_SUPPORTED"_s << 400 << K::Rejected;
    QTest::newRow("0x5 CHECK_REQUEST_IP")
            << QByteArray("0x5") << u"CHECK_REQUEST_IP"_s << 403 << K::Forbidden;
    QTest::newRow("0x6 CHECK_CREDENTIAL")
            << QByteArray("0x6") << u"CHECK_CREDENTIAL"_s << 401 << K::Unauthorized;
    QTest::newRow("0x7 CHECK_SIGNATURE")
            << QByteArray("0x7") << u"CHECK_SIGNATURE"_s << 401 << K::TimestampRejected;
    QTest::newRow("0x8 INVALID_SIGNATURE")
            << QByteArray("0x8") << u"INVALID_SIGNATURE"_s << 401 << K::Unauthorized;
    QTest::newRow("0x9 CHECK_IP") << QByteArray("0x9") << u"CHECK_IP"_s << 403 << K::Forbidden;
    QTest::newRow("0xa REQUIRED_GET_PARAM_MISSING")
            << QByteArray("0xa") << u"REQUIRED_GET_PARAM_MISSING"_s << 400 << K::Rejected;
    QTest::newRow("0xb REQUIRED_POST_PARAM_MISSING")
            << QByteArray("0xb") << u"REQUIRED_POST_PARAM_MISSING"_s << 400 << K::Rejected;
    QTest::newRow("0xc DEV_CHECK_RETURN")
            << QByteArray("0xc") << u"DEV_CHECK_RETURN"_s << 500 << K::Server;
    QTest::newRow("0xd UNAVAILABLE_FLAVOR")
            << QByteArray("0xd") << u"UNAVAILABLE_FLAVOR"_s << 400 << K::Rejected;
    QTest::newRow("0xe CHECK_PARAM") << QByteArray("0xe") << u"CHECK_PARAM"_s << 400 << K::Rejected;
    QTest::newRow("0xf CHECK_PARAM_ENUM")
            << QByteArray("0xf") << u"CHECK_PARAM_ENUM"_s << 400 << K::Rejected;
    QTest::newRow("0x10 UNAVAILABLE_COMBINATION")
            << QByteArray("0x10") << u"UNAVAILABLE_COMBINATION"_s << 400 << K::Rejected;
    QTest::newRow("0x11 CHECK_LENGTH")
            << QByteArray("0x11") << u"CHECK_LENGTH"_s << 400 << K::Rejected;
    QTest::newRow("0x12 UNAVAILABLE_SSH_KEY")
            << QByteArray("0x12") << u"UNAVAILABLE_SSH_KEY"_s << 400 << K::Rejected;
    QTest::newRow("0x13 DELETED_OR_WORKING_INSTANCE (400)")
            << QByteArray("0x13") << u"DELETED_OR_WORKING_INSTANCE"_s << 400 << K::Busy;
    QTest::newRow("0x13 DELETED_OR_WORKING_INSTANCE (409)")
            << QByteArray("0x13") << u"DELETED_OR_WORKING_INSTANCE"_s << 409 << K::Busy;
    QTest::newRow("0x14 EMPTY_SET") << QByteArray("0x14") << u"EMPTY_SET"_s << 400 << K::Rejected;
    QTest::newRow("0x15 IN_USE") << QByteArray("0x15") << u"IN_USE"_s << 400 << K::InUse;
    QTest::newRow("0x16 ID_INVALID") << QByteArray("0x16") << u"ID_INVALID"_s << 400 << K::NotFound;
    QTest::newRow("0x17 LIMIT_EXCEEDED (429, rate)")
            << QByteArray("0x17") << u"LIMIT_EXCEEDED"_s << 429 << K::RateLimited;
    QTest::newRow("0x17 LIMIT_EXCEEDED (400, quota)")
            << QByteArray("0x17") << u"LIMIT_EXCEEDED"_s << 400 << K::QuotaExceeded;
    QTest::newRow("0x18 CHECK_CONSOLE")
            << QByteArray("0x18") << u"CHECK_CONSOLE"_s << 400 << K::WebConsoleOnly;
}

void TstEnvelope::shouldMapEveryErrorCodeToItsKind()
{
    QFETCH(QByteArray, code);
    QFETCH(QString, name);
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const int value = ApiError::parseCode(QString::fromLatin1(code));
    QVERIFY(value >= 0);
    QCOMPARE(ApiError::codeName(value), name);

    // Short form, as the simulator writes it.
    const Decoded d = decode(status, errorBody(code, name.toLatin1()));
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.envelope.code, value);
    QCOMPARE(d.envelope.errorCode, name);
    if (kind != ApiError::Kind::None) {
        QCOMPARE(d.error.code, value);
        QCOMPARE(d.error.errorCode, name);
        QCOMPARE(d.error.httpStatus, status);

        // Two-digit form, and each of name and number alone.
        const QByteArray padded = "0x" + QByteArray::number(value, 16).rightJustified(2, '0');
        QCOMPARE(kindText(decode(status, errorBody(padded, name.toLatin1())).error.kind),
                 kindText(kind));
        QCOMPARE(kindText(ApiError::kindFor(status, -1, name)), kindText(kind));
        QCOMPARE(kindText(ApiError::kindFor(status, value, QString())), kindText(kind));
    }
}

void TstEnvelope::shouldPreferTheErrorCodeNameOverTheNumber()
{
    // Name and number disagree: the name wins (it is what the docs list).
    const Decoded d = decode(400, errorBody("0x1", "IN_USE"));
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InUse));
    QCOMPARE(d.error.code, 1);
    // An unknown name falls back to the number.
    const Decoded byNumber = decode(400, errorBody("0x15", "RENAMED_IN_USE"));
    QCOMPARE(kindText(byNumber.error.kind), kindText(ApiError::Kind::InUse));
    QCOMPARE(byNumber.error.errorCode, u"RENAMED_IN_USE"_s);
}

void TstEnvelope::shouldFallBackToHttpStatusForUnknownCodes_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");

    QTest::newRow("200") << 200 << ApiError::Kind::Rejected;
    QTest::newRow("302") << 302 << ApiError::Kind::Redirected;
    QTest::newRow("400") << 400 << ApiError::Kind::Rejected;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("409") << 409 << ApiError::Kind::Busy;
    QTest::newRow("418") << 418 << ApiError::Kind::Rejected;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::Server;
    QTest::newRow("504") << 504 << ApiError::Kind::Server;
}

void TstEnvelope::shouldFallBackToHttpStatusForUnknownCodes()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);

    const Decoded d = decode(status, errorBody("0x63", "BRAND_NEW_ERROR"));
    QVERIFY(d.error.isError());
    QCOMPARE(kindText(d.error.kind), kindText(kind));
    QCOMPARE(d.error.code, 0x63);
    QCOMPARE(d.error.errorCode, u"BRAND_NEW_ERROR"_s);
    QCOMPARE(d.error.httpStatus, status);
}

void TstEnvelope::shouldNameOnlyDocumentedCodes()
{
    QCOMPARE(ApiError::codeName(0), u"SUCCESS"_s);
    QCOMPARE(ApiError::codeName(0x18), u"CHECK_CONSOLE"_s);
    QCOMPARE(ApiError::codeName(0x19), QString());
    QCOMPARE(ApiError::codeName(-1), QString());
    QCOMPARE(ApiError::codeName(1000), QString());
}

void TstEnvelope::shouldSurviveDeepNesting_data()
{
    QTest::addColumn<QByteArray>("body");

    const int depth = 10000;
    QTest::newRow("10000 arrays in result") << QByteArray(R"({"code":"0x00","result":)")
                    + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
    QTest::newRow("10000 arrays at the top") << QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArray objects;
    for (int i = 0; i < depth; ++i)
        objects += R"({"a":)";
    objects += "1";
    objects += QByteArray(depth, '}');
    QTest::newRow("10000 objects at the top") << objects;
    QTest::newRow("10000 unclosed arrays in result")
            << QByteArray(R"({"code":"0x00","result":)") + QByteArray(depth, '[');
}

void TstEnvelope::shouldSurviveDeepNesting()
{
    QFETCH(QByteArray, body);

    // Must return (no stack overflow) and call the answer unreadable.
    const Decoded d = decode(200, body);
    QCOMPARE(kindText(d.error.kind), kindText(ApiError::Kind::InvalidResponse));
    QVERIFY(d.envelope.result.isEmpty());
}

QTEST_GUILESS_MAIN(TstEnvelope)
#include "tst_envelope.moc"
