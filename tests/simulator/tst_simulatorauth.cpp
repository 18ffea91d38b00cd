// The simulator's door, over real HTTP through the client: signature, the 5-minute window,
// unknown keys, source IPs and 60 requests a minute.
#include "api/signer.h"
#include "api/zonesapi.h"
#include "support/simfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TstSimulatorAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldAcceptACorrectlySignedRequest();
    void shouldRejectAWrongSignature();
    void shouldRejectAnUnknownKey();
    void shouldRejectTimestampsOutsideFiveMinutes_data();
    void shouldRejectTimestampsOutsideFiveMinutes();
    void shouldRejectRequestsWithoutSignatureHeaders();
    void shouldRejectTheSixtyFirstRequestInAMinute();
    void shouldRejectAKeyFromAnotherIp();
    void shouldIgnoreTrailingSlashWhenChecking();

private:
    static SimOptions limited()
    {
        SimOptions options = SimFixture::testOptions();
        options.requestsPerMinute = 60;
        return options;
    }
};

void TstSimulatorAuth::shouldAcceptACorrectlySignedRequest()
{
    SimFixture f;
    const ApiResult r = f.call(ZonesApi::list());
    QVERIFY2(r.ok(), qPrintable(r.error.errorCode));
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(r.rows().size() >= 3);
}

void TstSimulatorAuth::shouldRejectAWrongSignature()
{
    SimFixture f;
    f.client->setCredentials(Credentials {f.sim->accessKey(), "not-the-secret"});
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error.errorCode, u"INVALID_SIGNATURE"_s);
    QCOMPARE(r.error.code, 0x8);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
}

void TstSimulatorAuth::shouldRejectAnUnknownKey()
{
    SimFixture f;
    f.client->setCredentials(Credentials {u"NOSUCHKEY"_s, f.sim->secretKey()});
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error.errorCode, u"CHECK_CREDENTIAL"_s);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
}

void TstSimulatorAuth::shouldRejectTimestampsOutsideFiveMinutes_data()
{
    QTest::addColumn<qint64>("offsetSecs");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("now") << qint64(0) << true;
    QTest::newRow("exactly 5 minutes old") << qint64(-300) << true;
    QTest::newRow("exactly 5 minutes ahead") << qint64(300) << true;
    QTest::newRow("5 minutes 1 second old") << qint64(-301) << false;
    QTest::newRow("6 minutes old") << qint64(-360) << false;
    QTest::newRow("10 minutes ahead") << qint64(600) << false;
    QTest::newRow("1 hour old") << qint64(-3600) << false;
}

void TstSimulatorAuth::shouldRejectTimestampsOutsideFiveMinutes()
{
    QFETCH(qint64, offsetSecs);
    QFETCH(bool, accepted);
    SimFixture f;
    f.client->setClockOffsetSecs(offsetSecs); // the client's idea of "now" is off
    const ApiResult r = f.call(ZonesApi::list());
    if (accepted) {
        QVERIFY2(r.ok(), qPrintable(r.error.errorCode));
        QCOMPARE(r.attempts, 1);
    } else {
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(r.error.errorCode, u"CHECK_SIGNATURE"_s);
        QCOMPARE(r.error.kind, ApiError::Kind::TimestampRejected);
        QVERIFY(!r.error.mayHaveReachedServer);
        // The server's clock agrees with this computer's (Date), so nothing to correct: the
        // policy's three attempts, then the rejection is shown.
        QCOMPARE(r.attempts, 3);
    }
}

void TstSimulatorAuth::shouldRejectRequestsWithoutSignatureHeaders()
{
    SimFixture f;
    SimRequest req;
    req.method = u"GET"_s;
    req.path = u"/v1/zones"_s;
    req.headers.insert("x-iwinv-credential", f.sim->accessKey().toUtf8());
    const SimResponse r = f.sim->handle(req);
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("\"CHECK_SIGNATURE\""));
}

void TstSimulatorAuth::shouldRejectTheSixtyFirstRequestInAMinute()
{
    // Straight into the server's pipeline: the client's own scheduler would never send 61.
    SimFixture f(limited());
    for (int i = 1; i <= 60; ++i) {
        const SimFixture::Answer a = f.direct(u"GET"_s, u"/v1/zones"_s);
        QVERIFY2(a.status == 200, qPrintable(u"request %1: %2"_s.arg(i).arg(a.errorCode())));
        f.clock.advanceMs(500); // 60 requests spread over 30 s
    }
    const SimFixture::Answer refused = f.direct(u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"LIMIT_EXCEEDED"_s);
    QCOMPARE(refused.body.value(u"code"_s).toString(), u"0x17"_s);
    // The first request leaves the window 60 s after it was made: 30 s from now.
    QCOMPARE(refused.header("Retry-After"), QByteArray("30"));

    f.clock.advanceSecs(30);
    QCOMPARE(f.direct(u"GET"_s, u"/v1/zones"_s).status, 200);
}

void TstSimulatorAuth::shouldRejectAKeyFromAnotherIp()
{
    SimFixture f;
    f.sim->auth().setAllowedIps(f.sim->accessKey(), {QHostAddress(u"203.0.113.7"_s)});
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.error.errorCode, u"CHECK_IP"_s);
    QCOMPARE(r.error.kind, ApiError::Kind::Forbidden);

    f.sim->auth().setAllowedIps(f.sim->accessKey(), {QHostAddress::LocalHost});
    QVERIFY(f.call(ZonesApi::list()).ok());
}

void TstSimulatorAuth::shouldIgnoreTrailingSlashWhenChecking()
{
    // The documented rule signs the path without a trailing slash, even if one is sent.
    SimFixture f;
    SimRequest req;
    req.method = u"GET"_s;
    req.path = u"/v1/zones/"_s;
    const qint64 ts = f.clock.nowSecs();
    req.headers.insert("x-iwinv-timestamp", QByteArray::number(ts));
    req.headers.insert("x-iwinv-credential", f.sim->accessKey().toUtf8());
    req.headers.insert("x-iwinv-signature",
                       Signer::signature(f.sim->secretKey(), ts, u"/v1/zones"_s));
    QCOMPARE(f.sim->handle(req).status, 200);
}

QTEST_GUILESS_MAIN(TstSimulatorAuth)
#include "tst_simulatorauth.moc"
