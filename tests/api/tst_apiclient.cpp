// The transport rules of the client, against a raw loopback server: what is sent and signed,
// redirects never followed, size caps, cut-off bodies, refused connections, cancel, receivers.
#include "api/apiclient.h"
#include "api/firewallsapi.h"
#include "api/formencoding.h"
#include "api/httpdate.h"
#include "api/httptransport.h"
#include "api/instancesapi.h"
#include "api/signer.h"
#include "api/zonesapi.h"
#include "support/clockdriver.h"
#include "support/rawhttpserver.h"
#include "util/manualclock.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiRequest)

namespace {
QByteArray jsonReply(int status, const QByteArray &body, const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
            + extra + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
const QByteArray kOk
        = R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[],"count":0})";
} // namespace

class TstApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void shouldAllowOnlyHttpsOrLoopback_data();
    void shouldAllowOnlyHttpsOrLoopback();
    void shouldSendNothingToAPlainHttpRemoteHost();
    void shouldSendNothingWithoutCredentials();
    void shouldSendTheThreeSignedHeaders();
    void shouldSendMultipartAndJsonBodies();
    void shouldWriteNamesSoThatTheyReadRightDecodedOrNot();
    void shouldRefuseAPathWithAnEmptyId_data();
    void shouldRefuseAPathWithAnEmptyId();
    void shouldNeverPageOnAListingWhoseResultIsNotAList_data();
    void shouldNeverPageOnAListingWhoseResultIsNotAList();
    void shouldNotFollowRedirects();
    void shouldReportARefusedConnectionAsNeverSent();
    void shouldAbortRepliesOverTheSizeCap();
    void shouldRejectABodyCutShort();
    void shouldDeliverCancelledExactlyOnce();
    void shouldSkipTheCallbackOfADestroyedReceiver();
    void shouldReadRetryAfter_data();
    void shouldReadRetryAfter();
    void shouldReadTheDateHeader();

private:
    ApiResult run(ApiClient &client, const ApiRequest &request);
    ManualClock m_clock {1'790'000'000'000};
    std::unique_ptr<RawHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TstApiClient::init()
{
    m_clock.setNowMs(1'790'000'000'000); // 2026-09-21 14:13:20 UTC
    m_server = std::make_unique<RawHttpServer>();
    m_client = std::make_unique<ApiClient>(&m_clock);
    m_client->setEndpoint(QUrl(m_server->endpoint()));
    m_client->setCredentials(Credentials {u"AK-TEST"_s, "sk-test"});
}

ApiResult TstApiClient::run(ApiClient &client, const ApiRequest &request)
{
    ApiResult out;
    int calls = 0;
    client.send(request, nullptr, [&](const ApiResult &r) {
        out = r;
        ++calls;
    });
    if (!driveUntil(
                m_clock, client, [&calls] { return calls > 0; }, 20000))
        qFatal("no result");
    return out;
}

void TstApiClient::shouldAllowOnlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("production") << u"https://api-kr.iwinv.kr"_s << true;
    QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << true;
    QTest::newRow("loopback range") << u"http://127.3.2.1:8080"_s << true;
    QTest::newRow("loopback v6") << u"http://[::1]:8080"_s << true;
    QTest::newRow("localhost") << u"http://localhost:8080"_s << true;
    QTest::newRow("plain http remote") << u"http://api-kr.iwinv.kr"_s << false;
    QTest::newRow("plain http lan") << u"http://192.168.0.10"_s << false;
    QTest::newRow("ftp") << u"ftp://api-kr.iwinv.kr"_s << false;
    QTest::newRow("credentials in url") << u"https://user:pw@api-kr.iwinv.kr"_s << false;
    QTest::newRow("no host") << u"https://"_s << false;
}

void TstApiClient::shouldAllowOnlyHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString why;
    QCOMPARE(ApiClient::isAllowedEndpoint(QUrl(url), &why), allowed);
    QCOMPARE(why.isEmpty(), allowed);
}

void TstApiClient::shouldSendNothingToAPlainHttpRemoteHost()
{
    m_client->setEndpoint(QUrl(u"http://api-kr.iwinv.kr"_s));
    QSignalSpy sent(m_client.get(), &ApiClient::requestSent);
    const ApiResult r = run(*m_client, ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::InsecureEndpoint);
    QVERIFY(!r.error.mayHaveReachedServer);
    QCOMPARE(sent.count(), 0);
}

void TstApiClient::shouldSendNothingWithoutCredentials()
{
    m_client->clearCredentials();
    const ApiResult r = run(*m_client, ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::NotSignedIn);
    QVERIFY(m_server->requests.isEmpty());
}

void TstApiClient::shouldSendTheThreeSignedHeaders()
{
    m_server->reply = jsonReply(200, kOk);
    ApiRequest request = InstancesApi::list({.statuses = {u"active"_s, u"off"_s}});
    const ApiResult r = run(*m_client, request);
    QVERIFY2(r.ok(), qPrintable(r.error.detail));
    QCOMPARE(m_server->requests.size(), 1);
    const QByteArray requestLine
            = m_server->requests.first().left(m_server->requests.first().indexOf('\r'));
    QVERIFY2(requestLine.startsWith("GET /v1/instances?status=active,off&fields=245631 "),
             requestLine.constData());
    QCOMPARE(m_server->header(0, "X-iwinv-Timestamp"), QByteArray::number(m_clock.nowSecs()));
    QCOMPARE(m_server->header(0, "X-iwinv-Credential"), QByteArray("AK-TEST"));
    // Signed over the path only: the query is sent but not signed.
    QCOMPARE(m_server->header(0, "X-iwinv-Signature"),
             Signer::signature("sk-test", m_clock.nowSecs(), u"/v1/instances"_s));
    QVERIFY(m_server->body(0).isEmpty());

    // Every attempt is signed afresh with the clock (and offset) of that moment.
    m_clock.advanceSecs(42);
    m_client->setClockOffsetSecs(-7);
    QVERIFY(run(*m_client, ZonesApi::list()).ok());
    QCOMPARE(m_server->header(1, "X-iwinv-Timestamp"), QByteArray::number(m_clock.nowSecs() - 7));
}

void TstApiClient::shouldSendMultipartAndJsonBodies()
{
    m_server->reply = jsonReply(202, kOk);
    QVERIFY(run(*m_client, InstancesApi::rebuild(u"INSTANCE-x"_s, u"PIMAGE-y"_s)).ok());
    QVERIFY(m_server->header(0, "Content-Type").startsWith("multipart/form-data; boundary="));
    QVERIFY(m_server->body(0).contains("name=\"image_id\"\r\n\r\nPIMAGE-y\r\n"));

    FirewallsApi::Spec spec;
    spec.title = u"웹"_s;
    QVERIFY(run(*m_client, FirewallsApi::create(spec)).ok());
    QCOMPARE(m_server->header(1, "Content-Type"), QByteArray("application/json"));
    QVERIFY(m_server->body(1).startsWith("{"));
    QVERIFY(QString::fromUtf8(m_server->body(1)).contains(u"\"title\":\"웹\""_s));
}

void TstApiClient::shouldWriteNamesSoThatTheyReadRightDecodedOrNot()
{
    // The docs ask for URL-encoded names (and a server that decodes them); the client sends
    // UTF-8 as it is, with only % and + encoded: right whether the server decodes or not.
    m_server->reply = jsonReply(200, kOk);
    const QString name = u"결제 서버 1+1 = 100% \"A\""_s;
    QVERIFY(run(*m_client, InstancesApi::edit(u"INSTANCE-x"_s, name, u"a+b%c"_s)).ok());
    const QString body = QString::fromUtf8(m_server->body(0));
    QVERIFY2(body.contains(u"name=\"name\"\r\n\r\n결제 서버 1%2B1 = 100%25 \"A\"\r\n"_s),
             qPrintable(body));
    QVERIFY2(body.contains(u"name=\"description\"\r\n\r\na%2Bb%25c\r\n"_s), qPrintable(body));
    // Ids and numbers are never touched.
    QCOMPARE(FormEncoding::value({u"image_id"_s, u"PIMAGE-a+b"_s}), u"PIMAGE-a+b"_s);
    QCOMPARE(FormEncoding::value({u"block_storage.0.name"_s, u"50%"_s}), u"50%25"_s);
    QCOMPARE(FormEncoding::value({u"block_storage.0.size"_s, u"50+"_s}), u"50+"_s);
}

void TstApiClient::shouldRefuseAPathWithAnEmptyId_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::newRow("security group rules") << FirewallsApi::groupRules(QString());
    QTest::newRow("instance detail") << InstancesApi::detail(QString());
    QTest::newRow("reboot") << InstancesApi::reboot(QString());
    QTest::newRow("firewall delete") << FirewallsApi::remove(QString());
}

void TstApiClient::shouldRefuseAPathWithAnEmptyId()
{
    QFETCH(ApiRequest, request);
    QSignalSpy sent(m_client.get(), &ApiClient::requestSent);
    const ApiResult r = run(*m_client, request);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY(!r.error.mayHaveReachedServer);
    QCOMPARE(sent.count(), 0);
    QVERIFY(m_server->requests.isEmpty());
}

void TstApiClient::shouldNeverPageOnAListingWhoseResultIsNotAList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("object") << QByteArray(
            R"({"code":"0x00","error_code":"SUCCESS","result":{"instance_id":"INSTANCE-a"}})");
    QTest::newRow("string") << QByteArray(
            R"({"code":"0x00","error_code":"SUCCESS","result":"ok"})");
    QTest::newRow("number") << QByteArray(R"({"code":"0x00","error_code":"SUCCESS","result":3})");
}

void TstApiClient::shouldNeverPageOnAListingWhoseResultIsNotAList()
{
    QFETCH(QByteArray, body);
    m_server->reply = jsonReply(200, body);
    ApiResult out;
    bool done = false;
    m_client->fetchAll(InstancesApi::list(), nullptr, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    QVERIFY(driveUntil(
            m_clock, *m_client, [&] { return done; }, 20000));
    QCOMPARE(out.error.kind, ApiError::Kind::InvalidResponse);
    QVERIFY(out.rows().isEmpty());
    // A read that came back unreadable may be asked again, but never the next page.
    QVERIFY(!m_server->requests.isEmpty());
    for (const QByteArray &request : std::as_const(m_server->requests))
        QVERIFY2(request.left(request.indexOf('\r')).contains("page_no=1&"), request.constData());
}

void TstApiClient::shouldNotFollowRedirects()
{
    m_server->reply = "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:1/steal\r\nContent-Length: "
                      "0\r\n\r\n";
    const ApiResult r = run(*m_client, ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::Redirected);
    QCOMPARE(r.httpStatus, 302);
    QCOMPARE(m_server->requests.size(), 1);
}

void TstApiClient::shouldReportARefusedConnectionAsNeverSent()
{
    const quint16 port = m_server->serverPort();
    m_server->close();
    m_client->setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const qint64 start = m_clock.nowMs();
    const ApiResult r = run(*m_client, InstancesApi::reboot(u"INSTANCE-x"_s));
    QCOMPARE(r.error.kind, ApiError::Kind::Network);
    QVERIFY(!r.error.mayHaveReachedServer);
    QVERIFY(!r.error.outcomeUnknown);
    // It never reached the server, so even a reboot is tried again: 3 attempts, backing off
    // at most 2 s and then 4 s.
    QCOMPARE(r.attempts, 3);
    QVERIFY(m_clock.nowMs() - start <= 6000);
}

void TstApiClient::shouldAbortRepliesOverTheSizeCap()
{
    const qint64 size = HttpTransport::kMaxReplyBytes + 1024 * 1024;
    m_server->reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(size) + "\r\n\r\n";
    m_server->streamBytes = size;
    const ApiResult r = run(*m_client, ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::TooLarge);
}

void TstApiClient::shouldRejectABodyCutShort()
{
    m_server->reply = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
                      "Connection: close\r\n\r\n{\"code\":\"0x00\",\"resu";
    m_server->closeAfterReply = true;
    const ApiResult r = run(*m_client, ZonesApi::list());
    QVERIFY(r.error.isError());
    QVERIFY2(r.error.kind == ApiError::Kind::InvalidResponse
                     || r.error.kind == ApiError::Kind::Network,
             qPrintable(ApiError::kindName(r.error.kind)));
}

void TstApiClient::shouldDeliverCancelledExactlyOnce()
{
    m_server->mode = RawHttpServer::Mode::Stall;
    int calls = 0;
    ApiResult out;
    QPointer<ApiCall> call = m_client->send(ZonesApi::list(), nullptr, [&](const ApiResult &r) {
        out = r;
        ++calls;
    });
    QTRY_COMPARE(m_server->requests.size(), 1);
    call->cancel();
    call->cancel(); // a second cancel changes nothing
    QCOMPARE(calls, 1);
    QCOMPARE(out.error.kind, ApiError::Kind::Cancelled);
    QTRY_VERIFY(call.isNull()); // it deletes itself
    QCOMPARE(calls, 1);
}

void TstApiClient::shouldSkipTheCallbackOfADestroyedReceiver()
{
    m_server->mode = RawHttpServer::Mode::Stall;
    auto *receiver = new QObject;
    int calls = 0;
    QPointer<ApiCall> call
            = m_client->send(ZonesApi::list(), receiver, [&](const ApiResult &) { ++calls; });
    QSignalSpy finished(call.data(), &ApiCall::finished);
    QTRY_COMPARE(m_server->requests.size(), 1);
    delete receiver;
    call->cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(calls, 0);
}

void TstApiClient::shouldReadRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("secs");
    QTest::newRow("seconds") << QByteArray("5") << 5;
    QTest::newRow("spaces") << QByteArray(" 12 ") << 12;
    QTest::newRow("an hour") << QByteArray("3600") << 3600;
    QTest::newRow("http date") << QByteArray("Mon, 21 Sep 2026 14:13:40 GMT") << 20;
    QTest::newRow("date in the past") << QByteArray("Mon, 21 Sep 2026 14:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TstApiClient::shouldReadRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, secs);
    // m_clock is 2026-09-21 14:13:20 UTC.
    QCOMPARE(HttpDate::retryAfterSecs(value, m_clock.now()), secs);
}

void TstApiClient::shouldReadTheDateHeader()
{
    m_server->reply = jsonReply(200, kOk, "Date: Mon, 21 Sep 2026 14:23:20 GMT\r\nAge: 3\r\n");
    const ApiResult r = run(*m_client, ZonesApi::list());
    QVERIFY(r.ok());
    QCOMPARE(r.serverDate, QDateTime(QDate(2026, 9, 21), QTime(14, 23, 20), Qt::UTC));
    QVERIFY(r.hasAge);
    QCOMPARE(HttpDate::parse("Sunday, 06-Nov-94 08:49:37 GMT"),
             QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QCOMPARE(HttpDate::parse("Sun Nov  6 08:49:37 1994"),
             QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QVERIFY(!HttpDate::parse("yesterday").isValid());
}

QTEST_GUILESS_MAIN(TstApiClient)
#include "tst_apiclient.moc"
