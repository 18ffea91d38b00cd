// TLS: certificate checks always on and never ignored; the problem is named for the person; an
// extra CA certificate (a company proxy's) is trusted when configured, on both transports.
#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "api/zonesapi.h"
#include "errortext.h"
#include "simulator/simulator.h"
#include "support/clockdriver.h"
#include "support/fixtures.h"
#include "support/simfixture.h"
#include "util/manualclock.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TstTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void shouldRefuseACertificateForAnotherHostAndNameTheProblem();
    void shouldRefuseAnUntrustedCertificateOnTheSendOnceTransportToo();
    void shouldTrustAnExtraCaCertificate();

private:
    struct Setup
    {
        ManualClock clock {1'790'000'000'000};
        std::unique_ptr<Simulator> sim;
        std::unique_ptr<ApiClient> client;
    };
    std::unique_ptr<Setup> start(const QString &certFile, const QString &keyFile);
    ApiResult run(Setup &s, const ApiRequest &request);
};

void TstTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
}

std::unique_ptr<TstTls::Setup> TstTls::start(const QString &certFile, const QString &keyFile)
{
    auto s = std::make_unique<Setup>();
    s->sim = std::make_unique<Simulator>(SimFixture::testOptions(), &s->clock);
    s->sim->useTls(QSslCertificate(Fixtures::read(certFile)),
                   QSslKey(Fixtures::read(keyFile), QSsl::Rsa));
    if (!s->sim->listen(0))
        qFatal("no port");
    s->client = std::make_unique<ApiClient>(&s->clock);
    s->client->setEndpoint(s->sim->endpoint());
    s->client->setCredentials(Credentials {s->sim->accessKey(), s->sim->secretKey()});
    return s;
}

ApiResult TstTls::run(Setup &s, const ApiRequest &request)
{
    ApiResult out;
    bool done = false;
    s.client->send(request, nullptr, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!driveUntil(s.clock, *s.client, [&] { return done; }))
        qFatal("no result");
    return out;
}

void TstTls::shouldRefuseACertificateForAnotherHostAndNameTheProblem()
{
    auto s = start(u"tls-other-cert.pem"_s, u"tls-other-key.pem"_s);
    QCOMPARE(s->sim->endpoint().scheme(), u"https"_s);
    const ApiResult r = run(*s, ZonesApi::list());
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY(!r.error.mayHaveReachedServer);
    QVERIFY(!r.error.tlsProblems.isEmpty());
    // A certificate that fails verification fails again: not retried.
    QCOMPARE(r.attempts, 1);
    QVERIFY(s->sim->log().isEmpty());
    const QString shown = ErrorText::describe(r.error);
    QVERIFY2(shown.contains(r.error.tlsProblems.first()), qPrintable(shown));
    QVERIFY2(shown.contains(u"host name"_s, Qt::CaseInsensitive)
                     || shown.contains(u"self signed"_s, Qt::CaseInsensitive)
                     || shown.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(shown));
}

void TstTls::shouldRefuseAnUntrustedCertificateOnTheSendOnceTransportToo()
{
    auto s = start(u"tls-cert.pem"_s, u"tls-key.pem"_s);
    const QString id = s->sim->state().instances.first().data.id;
    const ApiResult r = run(*s, InstancesApi::reboot(id));
    QCOMPARE(r.error.kind, ApiError::Kind::Tls);
    QVERIFY(!r.error.tlsProblems.isEmpty());
    QCOMPARE(r.attempts, 1);
    QCOMPARE(s->sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s), 0);
}

void TstTls::shouldTrustAnExtraCaCertificate()
{
    auto s = start(u"tls-cert.pem"_s, u"tls-key.pem"_s);
    s->client->setExtraCaCertificates({QSslCertificate(Fixtures::read(u"tls-cert.pem"_s))});
    const ApiResult read = run(*s, ZonesApi::list());
    QVERIFY2(read.ok(), qPrintable(read.error.tlsProblems.join(u"; "_s) + read.error.detail));
    const QString id = s->sim->state().instances.first().data.id;
    const QString status = s->sim->state().instances.first().data.status;
    const ApiResult reboot = run(*s, InstancesApi::reboot(id));
    QVERIFY2(reboot.ok() || reboot.error.kind == ApiError::Kind::Busy,
             qPrintable(ApiError::kindName(reboot.error.kind) + reboot.error.detail + status));
    QCOMPARE(s->sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s), 1);
}

QTEST_MAIN(TstTls)
#include "tst_tls.moc"
