// Client policy, status fault cases: 5xx on reads, creates and power actions; 429 with every
// kind of Retry-After and a long run of them; 401; timestamp rejection with the server's clock
// off, with and without Date; 403; 404 on GET and on a repeated DELETE; 400 with odd bodies; an
// error inside a 200; an empty 200.
#include "api/instancesapi.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "errortext.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "support/simfixture.h"
#include "util/translations.h"
#include "widgets/connectionstatus.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SimFault statusFault(const QString &method, const QString &path, int status, int times = -1)
{
    SimFault f;
    f.kind = SimFault::Kind::Status;
    f.method = method;
    f.path = path;
    f.status = status;
    f.times = times;
    return f;
}

QString describe(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return ErrorText::describe(e);
}

QList<qint64> arrivals(const Simulator &sim, const QString &method, const QString &path)
{
    QList<qint64> out;
    for (const Simulator::Record &r : sim.log()) {
        if (r.method == method && r.path == path)
            out.append(r.atMs);
    }
    return out;
}

QString firstWithStatus(Simulator &sim, const QString &status)
{
    for (const SimInstance &si : sim.state().instances) {
        if (si.data.status == status)
            return si.data.id;
    }
    return {};
}

InstancesApi::CreateSpec createSpec()
{
    InstancesApi::CreateSpec spec;
    spec.zoneId = u"kr1-z01"_s;
    spec.flavorId = u"std.c2m4"_s;
    spec.imageId = u"PLACEHOLDER"_s;
    spec.name = u"결제-서버"_s;
    return spec;
}
} // namespace

class TstFaultsStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(qApp, u"en"_s)); }
    void serverErrorOnGet_data();
    void serverErrorOnGet();
    void serverErrorOnCreate_data();
    void serverErrorOnCreate();
    void serverErrorOnStartStop();
    void rateLimitedWithRetryAfter_data();
    void rateLimitedWithRetryAfter();
    void rateLimitedGivesUpAPersonsReadAndSaysSo();
    void limitExceededOnAReadIsTheRateLimit();
    void longRunOf429s();
    void unauthorizedForAWrongKey();
    void timestampRejected_data();
    void timestampRejected();
    void oldTimestampAnsweredAsABadSignature();
    void forbidden();
    void notFoundOnGet();
    void notFoundOnARepeatedDelete();
    void badRequestWithOddBodies_data();
    void badRequestWithOddBodies();
    void okCarryingAnErrorCode();
    void emptyOk();

private:
    QString imageFor(Simulator &sim, const InstancesApi::CreateSpec &spec);
};

QString TstFaultsStatus::imageFor(Simulator &sim, const InstancesApi::CreateSpec &spec)
{
    for (const Image &i : sim.state().images) {
        if (i.zones.contains(spec.zoneId)
            && sim.state().flavor(spec.flavorId)->supportingImages.contains(i.id))
            return i.id;
    }
    return {};
}

void TstFaultsStatus::serverErrorOnGet_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("504") << 504;
}

void TstFaultsStatus::serverErrorOnGet()
{
    QFETCH(int, status);
    SimFixture f;
    f.sim->addFault(statusFault(u"GET"_s, u"/v1/zones"_s, status, 2));
    const ApiResult r = f.call(ZonesApi::list());
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 3);
    const QList<qint64> at = arrivals(*f.sim, u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(at.size(), 3);
    // Jittered backoff: at most 2 s, then at most 4 s.
    QVERIFY(at.at(1) - at.at(0) <= 2000);
    QVERIFY(at.at(2) - at.at(1) <= 4000);

    f.sim->addFault(statusFault(u"GET"_s, u"/v1/zones"_s, status));
    const ApiResult failed = f.call(ZonesApi::list());
    QCOMPARE(failed.error.kind, ApiError::Kind::Server);
    QCOMPARE(failed.attempts, 3);
    QVERIFY(ErrorText::describe(failed.error).startsWith(describe(ApiError::Kind::Server)));
}

void TstFaultsStatus::serverErrorOnCreate_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("carriedOut");
    QTest::newRow("500, nothing created") << 500 << false;
    QTest::newRow("502 after creating") << 502 << true;
    QTest::newRow("504 after creating") << 504 << true;
}

void TstFaultsStatus::serverErrorOnCreate()
{
    QFETCH(int, status);
    QFETCH(bool, carriedOut);
    SimFixture f;
    SimFault fault = statusFault(u"POST"_s, u"/v1/instances"_s, status, 1);
    fault.process = carriedOut;
    f.sim->addFault(fault);
    InstancesApi::CreateSpec spec = createSpec();
    spec.imageId = imageFor(*f.sim, spec);
    OperationTracker tracker(f.client.get());
    // The servers were listed (the page is open): a new one can be told from the others.
    tracker.observe(InstancesApi::parseInstances(f.fetchAll(InstancesApi::list()).rows()).items);
    const quint64 id = tracker.submit(Operation::Kind::Create, InstancesApi::create(spec),
                                      QString(), spec.name);
    QVERIFY(f.drive([&] { return tracker.operation(id)->state != Operation::State::Sending; }));
    // Never re-sent: the answer says nothing about whether the server exists.
    QCOMPARE(tracker.operation(id)->state, Operation::State::Checking);
    QVERIFY(OperationText::describe(*tracker.operation(id)).contains(u"result is unknown"_s));
    QVERIFY(f.drive([&] { return tracker.operation(id)->state != Operation::State::Checking; }));
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances"_s), 1);
    if (carriedOut) {
        QCOMPARE(tracker.operation(id)->state, Operation::State::Waiting);
        QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
        QCOMPARE(tracker.operation(id)->state, Operation::State::Done);
    } else {
        QCOMPARE(tracker.operation(id)->state, Operation::State::NotCarriedOut);
        QVERIFY(OperationText::describe(*tracker.operation(id)).contains(u"not carried out"_s));
    }
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances"_s), 1);
}

void TstFaultsStatus::serverErrorOnStartStop()
{
    SimFixture f;
    const QString offId = firstWithStatus(*f.sim, u"off"_s);
    const QString path = u"/v1/instances/"_s + offId + u"/start"_s;
    f.sim->addFault(statusFault(u"POST"_s, path, 503, 1));
    OperationTracker tracker(f.client.get());
    const quint64 id = tracker.submit(Operation::Kind::Start, InstancesApi::start(offId), offId,
                                      u"srv"_s, u"off"_s);
    QVERIFY(f.drive([&] { return tracker.operation(id)->isFinished(); }, 60000));
    // A POST that reached the server is not sent again (policy: 5xx after sending, only GET
    // and idempotent PUT/DELETE): the next listing shows the server still off.
    QCOMPARE(tracker.operation(id)->state, Operation::State::NotCarriedOut);
    QCOMPARE(f.sim->count(u"POST"_s, path), 1);

    const QString activeId = firstWithStatus(*f.sim, u"active"_s);
    const QString stopPath = u"/v1/instances/"_s + activeId + u"/shutdown"_s;
    f.sim->addFault(statusFault(u"POST"_s, stopPath, 500));
    const ApiResult r = f.call(InstancesApi::shutdown(activeId));
    QCOMPARE(r.error.kind, ApiError::Kind::Server);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(f.sim->count(u"POST"_s, stopPath), 1);
}

void TstFaultsStatus::rateLimitedWithRetryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("present");
    QTest::addColumn<qint64>("waitMs");
    QTest::newRow("5 seconds") << QByteArray("5") << true << qint64(5000);
    // The fixture's clock is 2026-09-21 14:13:20 UTC.
    QTest::newRow("an HTTP date 10 s ahead")
            << QByteArray("Mon, 21 Sep 2026 14:13:30 GMT") << true << qint64(10000);
    // The server's clock 4 minutes ahead: its date 10 s after its own Date is a 10 s wait.
    QTest::newRow("an HTTP date 10 s ahead of a server 4 min ahead")
            << QByteArray("Mon, 21 Sep 2026 14:17:30 GMT") << true << qint64(10000);
    QTest::newRow("3600 clamped to 60") << QByteArray("3600") << true << qint64(60000);
    QTest::newRow("garbage: 60") << QByteArray("soon") << true << qint64(60000);
    QTest::newRow("none: 60") << QByteArray() << false << qint64(60000);
}

void TstFaultsStatus::rateLimitedWithRetryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, present);
    QFETCH(qint64, waitMs);
    SimFixture f;
    if (QByteArray(QTest::currentDataTag()).contains("server 4 min ahead"))
        f.sim->setServerClockOffsetSecs(240);
    SimFault fault = statusFault(u"GET"_s, u"/v1/zones"_s, 429, 1);
    fault.errorCode = u"LIMIT_EXCEEDED"_s;
    if (present)
        fault.retryAfter = retryAfter;
    f.sim->addFault(fault);
    // Background work, so no person's 30-second budget cuts the wait short.
    const ApiResult r = f.call(ZonesApi::list(), Priority::Background);
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 2);
    const QList<qint64> at = arrivals(*f.sim, u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(at.size(), 2);
    QCOMPARE(at.at(1) - at.at(0), waitMs);
}

void TstFaultsStatus::limitExceededOnAReadIsTheRateLimit()
{
    // The reference: LIMIT_EXCEEDED is "429 for rate, 400 for quota". A read has no quota, so a
    // LIMIT_EXCEEDED on a read is the rate limit even with another status: waited out, not
    // reported as a quota.
    SimFixture f;
    SimFault fault = statusFault(u"GET"_s, u"/v1/zones"_s, 400, 1);
    fault.errorCode = u"LIMIT_EXCEEDED"_s;
    fault.retryAfter = "5";
    f.sim->addFault(fault);
    const ApiResult r = f.call(ZonesApi::list(), Priority::Background);
    QVERIFY(r.ok());
    QCOMPARE(r.attempts, 2);
    const QList<qint64> at = arrivals(*f.sim, u"GET"_s, u"/v1/zones"_s);
    QCOMPARE(at.at(1) - at.at(0), 5000);

    // A create past the account's quota is a quota.
    SimFault quota = statusFault(u"POST"_s, u"/v1/instances"_s, 400, 1);
    quota.errorCode = u"LIMIT_EXCEEDED"_s;
    f.sim->addFault(quota);
    InstancesApi::CreateSpec spec;
    spec.zoneId = u"kr1-z01"_s;
    spec.flavorId = f.sim->state().flavors.first().id;
    spec.imageId = f.sim->state().images.first().id;
    const ApiResult c = f.call(InstancesApi::create(spec));
    QCOMPARE(c.error.kind, ApiError::Kind::QuotaExceeded);
    QCOMPARE(c.attempts, 1);
}

void TstFaultsStatus::rateLimitedGivesUpAPersonsReadAndSaysSo()
{
    SimFixture f;
    ConnectionStatus status(f.client.get());
    SimFault fault = statusFault(u"GET"_s, u"/v1/zones"_s, 429, 1);
    fault.errorCode = u"LIMIT_EXCEEDED"_s;
    fault.retryAfter = "45";
    f.sim->addFault(fault);
    const ApiResult r = f.call(ZonesApi::list());
    // Waiting 45 s would pass the person's 30 s: said at once instead.
    QCOMPARE(r.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(r.attempts, 1);
    QVERIFY(ErrorText::describe(r.error).startsWith(describe(ApiError::Kind::RateLimited)));
    QVERIFY2(status.rateLimitText().contains(u"45"_s), qPrintable(status.rateLimitText()));
    QCOMPARE(f.client->scheduler()->pausedUntilMs(), f.clock.nowMs() + 45'000);
}

void TstFaultsStatus::longRunOf429s()
{
    SimFixture f;
    SimFault fault = statusFault(u"GET"_s, u"/v1/zones"_s, 429);
    fault.errorCode = u"LIMIT_EXCEEDED"_s;
    fault.retryAfter = "5";
    f.sim->addFault(fault);
    const qint64 start = f.clock.nowMs();
    const ApiResult r = f.call(ZonesApi::list(), Priority::Background);
    QCOMPARE(r.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(f.clock.nowMs() - start, 10'000);
    // Background work waits out the pause: nothing else goes out before it ends.
    const qint64 pausedUntil = f.client->scheduler()->pausedUntilMs();
    QVERIFY(pausedUntil > f.clock.nowMs());
    f.sim->clearFaults();
    f.sim->clearLog();
    const ApiResult later = f.call(ZonesApi::list(), Priority::Background);
    QVERIFY(later.ok());
    QCOMPARE(f.sim->log().size(), 1);
    QVERIFY(f.sim->log().first().atMs >= pausedUntil);
}

void TstFaultsStatus::unauthorizedForAWrongKey()
{
    SimFixture f;
    f.client->setCredentials(Credentials {f.sim->accessKey(), "a wrong secret"});
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(r.attempts, 1);
    QVERIFY(ErrorText::describe(r.error).startsWith(describe(ApiError::Kind::Unauthorized)));
}

void TstFaultsStatus::timestampRejected_data()
{
    QTest::addColumn<qint64>("serverOffsetSecs");
    QTest::addColumn<bool>("sendDate");
    QTest::addColumn<QString>("clockWarning");
    for (const bool date : {true, false}) {
        const char *suffix = date ? "with Date" : "without Date";
        QTest::addRow("server +10 min, %s", suffix)
                << qint64(600) << date << u"10 minutes behind"_s;
        QTest::addRow("server -10 min, %s", suffix)
                << qint64(-600) << date << u"10 minutes ahead"_s;
        QTest::addRow("server +1 h, %s", suffix) << qint64(3600) << date << u"60 minutes behind"_s;
        QTest::addRow("server -1 h, %s", suffix) << qint64(-3600) << date << u"60 minutes ahead"_s;
    }
}

void TstFaultsStatus::timestampRejected()
{
    QFETCH(qint64, serverOffsetSecs);
    QFETCH(bool, sendDate);
    QFETCH(QString, clockWarning);
    SimFixture f;
    ConnectionStatus status(f.client.get());
    f.sim->setServerClockOffsetSecs(serverOffsetSecs);
    f.sim->options().sendDate = sendDate;
    const ApiResult r = f.call(ZonesApi::list());
    const QList<qint64> at = arrivals(*f.sim, u"GET"_s, u"/v1/zones"_s);
    if (sendDate) {
        // Measured from Date, re-signed with the offset and sent again once, at once.
        QVERIFY2(r.ok(), qPrintable(r.error.errorCode));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(at.size(), 2);
        QCOMPARE(at.at(1), at.at(0));
        QCOMPARE(f.client->clockSkew().offsetSecs(), serverOffsetSecs);
        QVERIFY2(status.clockText().contains(clockWarning), qPrintable(status.clockText()));
        // Later requests are signed right the first time.
        f.sim->clearLog();
        QCOMPARE(f.call(ZonesApi::list()).attempts, 1);
    } else {
        // Nothing to measure with: the policy's attempts, then the person is told to check.
        QCOMPARE(r.error.kind, ApiError::Kind::TimestampRejected);
        QCOMPARE(r.attempts, 3);
        QVERIFY(ErrorText::describe(r.error).startsWith(
                describe(ApiError::Kind::TimestampRejected)));
        QVERIFY(status.clockText().isEmpty());
    }
}

void TstFaultsStatus::oldTimestampAnsweredAsABadSignature()
{
    // The reference observed only "401" for a timestamp 10 minutes old. If the real server says
    // INVALID_SIGNATURE instead of CHECK_SIGNATURE, a clock measured this far off still gets the
    // one re-signed attempt, and the keys are not called wrong.
    SimFixture f;
    f.sim->setServerClockOffsetSecs(600);
    SimFault bad = statusFault(u"GET"_s, u"/v1/zones"_s, 401, 1);
    bad.errorCode = u"INVALID_SIGNATURE"_s;
    f.sim->addFault(bad);
    const ApiResult r = f.call(ZonesApi::list());
    QVERIFY2(r.ok(), qPrintable(r.error.errorCode));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(f.client->clockSkew().offsetSecs(), 600);

    // An unknown key is never taken for the clock: one attempt, called what it is.
    f.sim->clearLog();
    SimFault unknown = statusFault(u"GET"_s, u"/v1/zones"_s, 401, 1);
    unknown.errorCode = u"CHECK_CREDENTIAL"_s;
    f.sim->addFault(unknown);
    const ApiResult k = f.call(ZonesApi::list());
    QCOMPARE(k.error.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(k.attempts, 1);
}

void TstFaultsStatus::forbidden()
{
    SimFixture f;
    f.sim->auth().setAllowedIps(f.sim->accessKey(), {QHostAddress(u"203.0.113.9"_s)});
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.error.errorCode, u"CHECK_IP"_s);
    QCOMPARE(r.attempts, 1);
    QVERIFY(ErrorText::describe(r.error).startsWith(describe(ApiError::Kind::Forbidden)));
}

void TstFaultsStatus::notFoundOnGet()
{
    SimFixture f;
    const ApiResult r = f.call(InstancesApi::detail(u"INSTANCE-gone0000000000000000"_s));
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.attempts, 1);
    QVERIFY(ErrorText::describe(r.error).startsWith(describe(ApiError::Kind::NotFound)));
}

void TstFaultsStatus::notFoundOnARepeatedDelete()
{
    SimFixture f;
    const QString id = firstWithStatus(*f.sim, u"off"_s);
    OperationTracker tracker(f.client.get());
    const quint64 first = tracker.submit(Operation::Kind::Delete, InstancesApi::remove(id), id,
                                         u"srv"_s, u"off"_s);
    QVERIFY(f.drive([&] { return tracker.operation(first)->isFinished(); }, 60000));
    QCOMPARE(tracker.operation(first)->state, Operation::State::Done);
    // Deleting again: the server answers 404, which means it is gone, as wanted.
    const quint64 again
            = tracker.submit(Operation::Kind::Delete, InstancesApi::remove(id), id, u"srv"_s);
    QVERIFY(f.drive([&] { return tracker.operation(again)->isFinished(); }));
    QCOMPARE(tracker.operation(again)->state, Operation::State::Done);
    QCOMPARE(tracker.operation(again)->error.httpStatus, 404);
    QCOMPARE(f.sim->count(u"DELETE"_s, u"/v1/instances/"_s + id), 2);
}

void TstFaultsStatus::badRequestWithOddBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("HTML") << QByteArray(
            "<html><body><h1>400 Bad Request</h1><script>x</script></body></html>");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("Bad Request: name");
}

void TstFaultsStatus::badRequestWithOddBodies()
{
    QFETCH(QByteArray, body);
    SimFixture f;
    SimFault fault = statusFault(u"GET"_s, u"/v1/zones"_s, 400, 1);
    fault.body = body;
    f.sim->addFault(fault);
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(r.error.kind, ApiError::Kind::Rejected);
    QCOMPARE(r.attempts, 1);
    const QString shown = ErrorText::describe(r.error);
    QCOMPARE(shown, describe(ApiError::Kind::Rejected));
    QVERIFY(!shown.contains(u'<'));
}

void TstFaultsStatus::okCarryingAnErrorCode()
{
    SimFixture f;
    SimFault fault;
    fault.kind = SimFault::Kind::Body;
    fault.method = u"POST"_s;
    fault.path = u"/v1/instances/"_s;
    fault.body
            = R"({"code":"0x13","error_code":"DELETED_OR_WORKING_INSTANCE","message":"working","result":[]})";
    f.sim->addFault(fault);
    const QString id = firstWithStatus(*f.sim, u"active"_s);
    const ApiResult r = f.call(InstancesApi::reboot(id));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.error.kind, ApiError::Kind::Busy);
    QCOMPARE(r.attempts, 1);
    QVERIFY(ErrorText::describe(r.error).contains(u"working"_s)); // the server's own words
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + id + u"/reboot"_s), 1);
}

void TstFaultsStatus::emptyOk()
{
    SimFixture f;
    SimFault fault;
    fault.kind = SimFault::Kind::Body;
    fault.method = u"GET"_s;
    fault.path = u"/v1/zones"_s;
    f.sim->addFault(fault);
    const ApiResult r = f.call(ZonesApi::list());
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(r.attempts, 3);
    QVERIFY(ErrorText::describe(r.error).startsWith(describe(ApiError::Kind::InvalidResponse)));
}

QTEST_MAIN(TstFaultsStatus)
#include "tst_faultsstatus.moc"
