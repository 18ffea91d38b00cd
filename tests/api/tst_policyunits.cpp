// The client policy's pure pieces, without a network: token bucket, retry decisions, clock
// skew, online/offline.
#include "api/clockskew.h"
#include "api/connectivity.h"
#include "api/instancesapi.h"
#include "api/retrypolicy.h"
#include "api/tokenbucket.h"
#include "api/zonesapi.h"
#include "util/manualclock.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {
ApiError error(ApiError::Kind kind, bool reached = true)
{
    ApiError e;
    e.kind = kind;
    e.mayHaveReachedServer = reached;
    return e;
}
} // namespace

class TstPolicyUnits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bucketAllowsTenAtOnceThenFiftyAMinute();
    void bucketNeverLetsAMinutePassSixty();
    void bucketDrainsOnRateLimit();
    void retryDecisions_data();
    void retryDecisions();
    void retryBackoffStaysWithinItsCap();
    void retryGivesAPersonUpAfterThirtySeconds();
    void rateLimitWaitIsClamped_data();
    void rateLimitWaitIsClamped();
    void outcomeIsUnknownOnlyForChangesThatMayHaveHappened();
    void skewIsMeasuredFromTheMidpoint();
    void skewOffsetAppliesFromSixtyAndDropsUnderThirty();
    void skewIgnoresCachedAndSlowAnswers();
    void connectivityGoesOfflineAfterFiveFailures();
    void connectivityProbesOnSchedule();
};

void TstPolicyUnits::bucketAllowsTenAtOnceThenFiftyAMinute()
{
    ManualClock clock;
    TokenBucket bucket(&clock);
    for (int i = 0; i < 10; ++i)
        QVERIFY(bucket.tryTake());
    QVERIFY(!bucket.tryTake());
    QCOMPARE(bucket.msUntilToken(), 1200);
    clock.advanceMs(1199);
    QVERIFY(!bucket.tryTake());
    clock.advanceMs(1);
    QVERIFY(bucket.tryTake());
    clock.advanceMs(60'000);
    QCOMPARE(bucket.available(), 10); // never more than its capacity
}

void TstPolicyUnits::bucketNeverLetsAMinutePassSixty()
{
    ManualClock clock;
    TokenBucket bucket(&clock);
    QList<qint64> sent;
    const qint64 start = clock.nowMs();
    while (clock.nowMs() - start < 5 * 60'000) {
        while (bucket.tryTake())
            sent.append(clock.nowMs());
        clock.advanceMs(100);
    }
    for (qsizetype i = 0; i < sent.size(); ++i) {
        qsizetype inWindow = 0;
        for (qsizetype j = i; j < sent.size() && sent.at(j) < sent.at(i) + 60'000; ++j)
            ++inWindow;
        QVERIFY2(inWindow <= 60, qPrintable(QString::number(inWindow)));
    }
    QVERIFY(sent.size() >= 10 + 5 * 50 - 1);
}

void TstPolicyUnits::bucketDrainsOnRateLimit()
{
    ManualClock clock;
    TokenBucket bucket(&clock);
    bucket.drain();
    QCOMPARE(bucket.available(), 0);
    QCOMPARE(bucket.msUntilToken(), 1200);
}

void TstPolicyUnits::retryDecisions_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("reached");
    QTest::addColumn<bool>("retry");
    const ApiRequest get = ZonesApi::list();
    const ApiRequest create = InstancesApi::create({});
    const ApiRequest reboot = InstancesApi::reboot(u"i"_s);
    const ApiRequest start = InstancesApi::start(u"i"_s);
    const ApiRequest remove = InstancesApi::remove(u"i"_s);
    using K = ApiError::Kind;
    QTest::newRow("GET refused") << get << K::Network << false << true;
    QTest::newRow("GET reset after sending") << get << K::Network << true << true;
    QTest::newRow("GET timeout") << get << K::Timeout << true << true;
    QTest::newRow("GET 5xx") << get << K::Server << true << true;
    QTest::newRow("GET cut-off body") << get << K::InvalidResponse << true << true;
    QTest::newRow("GET 429") << get << K::RateLimited << false << true;
    QTest::newRow("GET 401") << get << K::Unauthorized << false << false;
    QTest::newRow("GET 404") << get << K::NotFound << true << false;
    QTest::newRow("GET 403") << get << K::Forbidden << true << false;
    QTest::newRow("GET 400") << get << K::Rejected << true << false;
    QTest::newRow("create refused") << create << K::Network << false << true;
    QTest::newRow("create 429") << create << K::RateLimited << false << true;
    QTest::newRow("create timestamp") << create << K::TimestampRejected << false << true;
    QTest::newRow("create 5xx") << create << K::Server << true << false;
    QTest::newRow("create timeout") << create << K::Timeout << true << false;
    QTest::newRow("create reset") << create << K::Network << true << false;
    QTest::newRow("reboot 5xx") << reboot << K::Server << true << false;
    QTest::newRow("reboot timeout") << reboot << K::Timeout << true << false;
    // A POST after it was sent is never repeated, even one that ends the same (policy: only
    // GET and idempotent PUT/DELETE): a second start meets the first one's work.
    QTest::newRow("start 5xx") << start << K::Server << true << false;
    QTest::newRow("start timeout") << start << K::Timeout << true << false;
    QTest::newRow("delete timeout") << remove << K::Timeout << true << true;
    QTest::newRow("start busy") << start << K::Busy << true << false;
}

void TstPolicyUnits::retryDecisions()
{
    QFETCH(ApiRequest, request);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, reached);
    QFETCH(bool, retry);
    QRandomGenerator random(1);
    QCOMPARE(RetryPolicy::decide(request, error(kind, reached), 1, 0, false, random).retry, retry);
    // Never more than three attempts.
    QVERIFY(!RetryPolicy::decide(request, error(kind, reached), 3, 0, false, random).retry);
}

void TstPolicyUnits::retryBackoffStaysWithinItsCap()
{
    QRandomGenerator random(42);
    const ApiRequest get = ZonesApi::list();
    qint64 maxFirst = 0;
    qint64 maxSecond = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto first
                = RetryPolicy::decide(get, error(ApiError::Kind::Server), 1, 0, false, random);
        const auto second
                = RetryPolicy::decide(get, error(ApiError::Kind::Server), 2, 0, false, random);
        QVERIFY(first.retry && second.retry);
        QVERIFY(first.delayMs >= 0 && first.delayMs <= 2000);
        QVERIFY(second.delayMs >= 0 && second.delayMs <= 4000);
        maxFirst = qMax(maxFirst, first.delayMs);
        maxSecond = qMax(maxSecond, second.delayMs);
    }
    // Jittered over the whole range, not a constant.
    QVERIFY(maxFirst > 1500);
    QVERIFY(maxSecond > 3000);
}

void TstPolicyUnits::retryGivesAPersonUpAfterThirtySeconds()
{
    QRandomGenerator random(1);
    ApiError limited = error(ApiError::Kind::RateLimited, false);
    limited.retryAfterSecs = 20;
    QVERIFY(RetryPolicy::decide(ZonesApi::list(), limited, 1, 5'000, true, random).retry);
    QVERIFY(!RetryPolicy::decide(ZonesApi::list(), limited, 1, 15'000, true, random).retry);
    // Background work has no such budget.
    QVERIFY(RetryPolicy::decide(ZonesApi::list(), limited, 1, 15'000, false, random).retry);
}

void TstPolicyUnits::rateLimitWaitIsClamped_data()
{
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<qint64>("waitMs");
    QTest::newRow("absent") << -1 << qint64(60'000);
    QTest::newRow("0") << 0 << qint64(1'000);
    QTest::newRow("5") << 5 << qint64(5'000);
    QTest::newRow("3600") << 3600 << qint64(60'000);
}

void TstPolicyUnits::rateLimitWaitIsClamped()
{
    QFETCH(int, retryAfter);
    QFETCH(qint64, waitMs);
    ApiError e = error(ApiError::Kind::RateLimited, false);
    e.retryAfterSecs = retryAfter;
    QCOMPARE(RetryPolicy::rateLimitWaitMs(e), waitMs);
}

void TstPolicyUnits::outcomeIsUnknownOnlyForChangesThatMayHaveHappened()
{
    QVERIFY(RetryPolicy::outcomeUnknown(InstancesApi::create({}), error(ApiError::Kind::Timeout)));
    QVERIFY(RetryPolicy::outcomeUnknown(InstancesApi::reboot(u"i"_s),
                                        error(ApiError::Kind::Server)));
    QVERIFY(!RetryPolicy::outcomeUnknown(InstancesApi::create({}),
                                         error(ApiError::Kind::Network, false)));
    QVERIFY(!RetryPolicy::outcomeUnknown(InstancesApi::create({}),
                                         error(ApiError::Kind::Rejected)));
    QVERIFY(!RetryPolicy::outcomeUnknown(ZonesApi::list(), error(ApiError::Kind::Timeout)));
    // The backend's own refusal of a create (observed: HTTP 500 DEV_CHECK_RETURN, nothing made).
    ApiError refused = error(ApiError::Kind::Server);
    refused.code = 0xc;
    refused.errorCode = u"DEV_CHECK_RETURN"_s;
    QVERIFY(!RetryPolicy::outcomeUnknown(InstancesApi::create({}), refused));
}

void TstPolicyUnits::skewIsMeasuredFromTheMidpoint()
{
    ClockSkew skew;
    const qint64 sent = 1'790'000'000'000;
    // Sent at t, answered 2 s later; the server's Date says t + 1 s + 7 min.
    const QDateTime date = QDateTime::fromMSecsSinceEpoch(sent + 1000 + 420'000, Qt::UTC);
    QVERIFY(skew.addSample(sent, sent + 2000, date, false));
    QCOMPARE(skew.measuredSecs(), 420);
    QCOMPARE(skew.offsetSecs(), 420);
    QVERIFY(skew.warrantsResign());
}

void TstPolicyUnits::skewOffsetAppliesFromSixtyAndDropsUnderThirty()
{
    ClockSkew skew;
    const qint64 t = 1'790'000'000'000;
    auto at = [t](qint64 secs) { return QDateTime::fromMSecsSinceEpoch(t + secs * 1000, Qt::UTC); };
    QVERIFY(!skew.addSample(t, t, at(59), false));
    QCOMPARE(skew.offsetSecs(), 0);
    QVERIFY(skew.addSample(t, t, at(60), false));
    QCOMPARE(skew.offsetSecs(), 60);
    QVERIFY(!skew.addSample(t, t, at(45), false)); // between 30 and 60: kept
    QCOMPARE(skew.offsetSecs(), 60);
    QVERIFY(skew.addSample(t, t, at(29), false));
    QCOMPARE(skew.offsetSecs(), 0);
    QVERIFY(skew.addSample(t, t, at(-300), false));
    QCOMPARE(skew.offsetSecs(), -300);
    QVERIFY(skew.warrantsResign());
}

void TstPolicyUnits::skewIgnoresCachedAndSlowAnswers()
{
    ClockSkew skew;
    const qint64 t = 1'790'000'000'000;
    const QDateTime far = QDateTime::fromMSecsSinceEpoch(t + 600'000, Qt::UTC);
    QVERIFY(!skew.addSample(t, t + 10, far, true)); // Age: a cache answered
    QVERIFY(!skew.addSample(t, t + 61'000, far, false)); // slower than 60 s
    QVERIFY(!skew.addSample(t, t + 10, QDateTime(), false)); // no Date
    QVERIFY(!skew.hasMeasurement());
    QCOMPARE(skew.offsetSecs(), 0);
}

void TstPolicyUnits::connectivityGoesOfflineAfterFiveFailures()
{
    Connectivity c;
    for (int i = 0; i < 4; ++i)
        QVERIFY(!c.record(error(ApiError::Kind::Network, false), 1000));
    QVERIFY(c.isOnline());
    QVERIFY(!c.record(error(ApiError::Kind::Server), 1000)); // an answer resets the run
    for (int i = 0; i < 4; ++i)
        QVERIFY(!c.record(error(ApiError::Kind::Timeout), 2000));
    QVERIFY(c.record(error(ApiError::Kind::Network, false), 3000));
    QVERIFY(!c.isOnline());
    QCOMPARE(c.offlineSinceMs(), 3000);
    QVERIFY(!c.record(error(ApiError::Kind::Cancelled), 4000)); // says nothing
    QVERIFY(c.record(error(ApiError::Kind::NotFound), 5000)); // any answer: back
    QVERIFY(c.isOnline());
}

void TstPolicyUnits::connectivityProbesOnSchedule()
{
    QCOMPARE(Connectivity::probeDelayMs(0), 5'000);
    QCOMPARE(Connectivity::probeDelayMs(1), 15'000);
    QCOMPARE(Connectivity::probeDelayMs(2), 30'000);
    QCOMPARE(Connectivity::probeDelayMs(3), 60'000);
    QCOMPARE(Connectivity::probeDelayMs(50), 60'000);
}

QTEST_GUILESS_MAIN(TstPolicyUnits)
#include "tst_policyunits.moc"
