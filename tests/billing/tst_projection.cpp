// The month-end projection on fixed samples: start, middle and end of a KST month, a gap in the
// readings, leap February, a change of the spending rate, the last bill early in the month;
// other months' samples ignored, any order accepted, and its range always holds the expected
// amount and never dips below what is already spent.
#include "billing/projection.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

qint64 kst(const QDate &date, int hour = 0, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
}

LiveSample sample(qint64 readAtMs, qint64 price, const QDate &periodStart)
{
    return LiveSample {readAtMs, periodStart, periodStart.addMonths(1).addDays(-1), price};
}

//! Readings every \a stepMs from \a fromMs to \a toMs (inclusive) of a bill growing by
//! \a perDay won a day since the first of \a month, starting at \a base.
QList<LiveSample> linear(const QDate &month, qint64 fromMs, qint64 toMs, qint64 stepMs,
                         double perDay, qint64 base = 0)
{
    QList<LiveSample> out;
    const qint64 start = kst(month);
    for (qint64 t = fromMs; t <= toMs; t += stepMs)
        out.append(sample(t, base + std::llround(perDay * double(t - start) / kDayMs), month));
    return out;
}

const QDate kSeptember(2026, 9, 1); // 30 days

//! The middle of September: 1,000 won a day, read every 6 hours up to the 15th.
QList<LiveSample> middleOfSeptember()
{
    return linear(kSeptember, kst(kSeptember, 6), kst(QDate(2026, 9, 15)), 6 * kHourMs, 1000);
}

bool holdsInvariants(const Projection &p)
{
    return p.low <= p.expected && p.expected <= p.high && p.expected >= p.monthToDate
            && p.low >= p.monthToDate;
}

QString why(const Projection &p)
{
    return u"basis %1 certainty %2 expected %3 [%4, %5] mtd %6: %7"_s.arg(int(p.basis))
            .arg(int(p.certainty))
            .arg(p.expected)
            .arg(p.low)
            .arg(p.high)
            .arg(p.monthToDate)
            .arg(p.reasons.join(u" | "_s));
}

} // namespace

class TstProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUseKstMonths()
    {
        // 2026-08-31 15:00 UTC is 2026-09-01 00:00 KST.
        const qint64 midnight
                = QDateTime(QDate(2026, 8, 31), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(BillProjection::monthOf(midnight), kSeptember);
        QCOMPARE(BillProjection::monthOf(midnight - 1), QDate(2026, 8, 1));
        QCOMPARE(BillProjection::elapsedFraction(midnight), 0.0);
        QCOMPARE(BillProjection::elapsedFraction(kst(QDate(2026, 9, 16))), 0.5);
        QCOMPARE(BillProjection::elapsedFraction(kst(QDate(2026, 10, 1)) - 1) < 1.0, true);
        QCOMPARE(BillProjection::monthOf(kst(QDate(1969, 12, 31), 23)), QDate(1969, 12, 1));
    }

    void shouldFallBackToTheLastBillWithoutSamples()
    {
        const Projection p = BillProjection::project({}, kst(kSeptember, 3), 50'000);
        QCOMPARE(p.basis, Projection::Basis::LastBill);
        QCOMPARE(p.certainty, Projection::Certainty::Low);
        QCOMPARE(p.expected, 50'000);
        QCOMPARE(p.monthToDate, 0);
        QCOMPARE(p.low, 37'500);
        QCOMPARE(p.high, 62'500);
        QVERIFY(!p.reasons.isEmpty());
        QVERIFY(p.isValid());
    }

    void shouldProjectNothingFromNothing()
    {
        const Projection p = BillProjection::project({}, kst(kSeptember.addDays(10)), {});
        QCOMPARE(p.basis, Projection::Basis::None);
        QVERIFY(!p.isValid());
        QVERIFY(!p.reasons.isEmpty());

        // One reading in the first minutes, no earlier bill: too early to say anything.
        const Projection early = BillProjection::project(
                {sample(kst(kSeptember, 0, 10), 20, kSeptember)}, kst(kSeptember, 0, 10), {});
        QVERIFY(!early.isValid());
        QCOMPARE(early.monthToDate, 20);
    }

    void shouldBlendTheFirstReadingsWithTheLastBill()
    {
        const QList<LiveSample> samples {sample(kst(kSeptember, 6), 300, kSeptember),
                                         sample(kst(kSeptember, 12), 600, kSeptember)};
        const Projection p = BillProjection::project(samples, kst(kSeptember, 12), 30'000);
        // From the samples: 1,200 a day, 36,000 at the end; a quarter of the weight (12 of 48
        // hours), three quarters the last bill's 30,000.
        QCOMPARE(p.basis, Projection::Basis::Blend);
        QCOMPARE(p.certainty, Projection::Certainty::Low);
        QCOMPARE(p.monthToDate, 600);
        QCOMPARE(p.expected, 31'500);
        QVERIFY2(p.low <= 30'000 && p.high >= 36'000, qPrintable(why(p)));
        QVERIFY(holdsInvariants(p));
        QVERIFY(p.reasons.size() >= 2); // few readings, early in the month
    }

    void shouldProjectFewSamplesWithoutALastBill()
    {
        const Projection p = BillProjection::project(
                {sample(kst(QDate(2026, 9, 11)), 10'000, kSeptember)}, kst(QDate(2026, 9, 11)), {});
        QCOMPARE(p.basis, Projection::Basis::Samples);
        QCOMPARE(p.certainty, Projection::Certainty::Low);
        QCOMPARE(p.expected, 30'000);
        QVERIFY(holdsInvariants(p));
    }

    void shouldProjectTheMiddleOfTheMonth()
    {
        const Projection p
                = BillProjection::project(middleOfSeptember(), kst(QDate(2026, 9, 15)), 90'000);
        QCOMPARE(p.basis, Projection::Basis::Samples); // enough readings: the bill is not used
        QCOMPARE(p.certainty, Projection::Certainty::High);
        QCOMPARE(p.monthToDate, 14'000);
        QCOMPARE(p.expected, 30'000);
        QCOMPARE(p.low, 29'200); // 5 % of the 16,000 still to come
        QCOMPARE(p.high, 30'800);
        QVERIFY2(p.reasons.isEmpty(), qPrintable(why(p)));
    }

    void shouldProjectTheEndOfTheMonth()
    {
        const QList<LiveSample> samples = linear(kSeptember, kst(kSeptember, 6),
                                                 kst(QDate(2026, 9, 30), 18), 6 * kHourMs, 1000);
        const Projection p = BillProjection::project(samples, kst(QDate(2026, 9, 30), 23, 59), {});
        QCOMPARE(p.certainty, Projection::Certainty::High);
        QCOMPARE(p.monthToDate, 29'750);
        QCOMPARE(p.expected, 30'000);
        QVERIFY2(p.high - p.low <= 30, qPrintable(why(p)));
        QVERIFY(holdsInvariants(p));

        // The last reading of the month: nothing left to come.
        QList<LiveSample> last = samples;
        last.append(sample(kst(QDate(2026, 10, 1)) - 1, 30'000, kSeptember));
        const Projection end = BillProjection::project(last, kst(QDate(2026, 10, 1)) - 1, {});
        QCOMPARE(end.expected, 30'000);
        QCOMPARE(end.low, 30'000);
        QCOMPARE(end.high, 30'000);
    }

    void shouldNameAGapInTheReadings()
    {
        QList<LiveSample> samples
                = linear(kSeptember, kst(QDate(2026, 9, 2)), kst(QDate(2026, 9, 6)), kDayMs, 1000);
        samples += linear(kSeptember, kst(QDate(2026, 9, 13)), kst(QDate(2026, 9, 21)), kDayMs,
                          1000);
        const Projection p = BillProjection::project(samples, kst(QDate(2026, 9, 21)), {});
        QCOMPARE(p.basis, Projection::Basis::Samples);
        QCOMPARE(p.certainty, Projection::Certainty::Medium);
        QCOMPARE(p.expected, 30'000);
        QCOMPARE(p.reasons.size(), 1);
        QVERIFY2(p.reasons.first().contains(u"7 day"_s), qPrintable(why(p)));
        QVERIFY(holdsInvariants(p));

        // An amount that did not move is stored once: a flat stretch is no gap.
        const QList<LiveSample> flat {sample(kst(QDate(2026, 9, 2)), 1000, kSeptember),
                                      sample(kst(QDate(2026, 9, 3)), 2000, kSeptember),
                                      sample(kst(QDate(2026, 9, 4)), 3000, kSeptember),
                                      sample(kst(QDate(2026, 9, 12)), 3000, kSeptember),
                                      sample(kst(QDate(2026, 9, 13)), 4000, kSeptember)};
        const Projection f = BillProjection::project(flat, kst(QDate(2026, 9, 13)), {});
        for (const QString &reason : f.reasons)
            QVERIFY2(!reason.contains(u"no reading for"_s), qPrintable(reason));
    }

    void shouldCountLeapFebruaryAs29Days()
    {
        const QDate leap(2028, 2, 1);
        const Projection p = BillProjection::project(
                linear(leap, kst(leap, 12), kst(QDate(2028, 2, 15)), 12 * kHourMs, 1000),
                kst(QDate(2028, 2, 15)), {});
        QCOMPARE(p.monthToDate, 14'000);
        QCOMPARE(p.expected, 29'000);
        QCOMPARE(BillProjection::elapsedFraction(kst(QDate(2028, 2, 15))), 14.0 / 29.0);
        QCOMPARE(BillProjection::monthOf(kst(QDate(2028, 2, 29), 23, 59)), leap);
        QCOMPARE(BillProjection::monthOf(kst(QDate(2028, 3, 1))), QDate(2028, 3, 1));

        const QDate common(2027, 2, 1);
        const Projection c = BillProjection::project(
                linear(common, kst(common, 12), kst(QDate(2027, 2, 15)), 12 * kHourMs, 1000),
                kst(QDate(2027, 2, 15)), {});
        QCOMPARE(c.expected, 28'000);
    }

    void shouldWidenTheRangeWhenTheRateChanges()
    {
        // 1,000 won a day for ten days, then 3,000 (servers added on the 11th).
        QList<LiveSample> samples = linear(kSeptember, kst(kSeptember, 12), kst(QDate(2026, 9, 11)),
                                           12 * kHourMs, 1000);
        samples += linear(kSeptember, kst(QDate(2026, 9, 11), 12), kst(QDate(2026, 9, 21)),
                          12 * kHourMs, 3000, -20'000);
        const Projection p = BillProjection::project(samples, kst(QDate(2026, 9, 21)), {});
        QCOMPARE(p.monthToDate, 40'000);
        QCOMPARE(p.certainty, Projection::Certainty::Medium);
        QCOMPARE(p.expected, 70'000); // what runs now keeps running: 3,000 a day for 10 days
        QVERIFY2(p.reasons.join(u' ').contains(u"spending rate changed during the month"_s,
                                               Qt::CaseInsensitive),
                 qPrintable(why(p)));
        QVERIFY2(p.low < 40'000 + 2'500 * 10, qPrintable(why(p))); // reaches the month's rate

        // The same expected amount at a steady rate has a far narrower range.
        const Projection steady = BillProjection::project(linear(kSeptember, kst(kSeptember, 12),
                                                                 kst(QDate(2026, 9, 21)),
                                                                 12 * kHourMs, 3000, -20'000),
                                                          kst(QDate(2026, 9, 21)), {});
        QCOMPARE(steady.expected, 70'000);
        QCOMPARE(steady.certainty, Projection::Certainty::High);
        QVERIFY2(p.high - p.low > 3 * (steady.high - steady.low), qPrintable(why(p)));
        QVERIFY(holdsInvariants(p));
    }

    void shouldIgnoreOtherMonths()
    {
        const QDate august(2026, 8, 1);
        QList<LiveSample> samples = middleOfSeptember();
        samples += linear(august, kst(august, 6), kst(QDate(2026, 8, 31), 18), 6 * kHourMs, 9000);
        // Right after midnight the live bill may still describe August.
        samples.append(sample(kst(kSeptember, 0, 5), 279'000, august));
        // A reading of October (a clock that ran ahead) is not now's either.
        samples.append(sample(kst(QDate(2026, 10, 2)), 1, QDate(2026, 10, 1)));
        const Projection p = BillProjection::project(samples, kst(QDate(2026, 9, 15)), {});
        QCOMPARE(p.expected, 30'000);
        QCOMPARE(p.monthToDate, 14'000);
        QCOMPARE(p.certainty, Projection::Certainty::High);

        // Only August's readings: nothing of September yet, so the last bill.
        const Projection none = BillProjection::project(
                linear(august, kst(august, 6), kst(QDate(2026, 8, 31), 18), 6 * kHourMs, 9000),
                kst(kSeptember, 1), 279'000);
        QCOMPARE(none.basis, Projection::Basis::LastBill);
        QCOMPARE(none.monthToDate, 0);
    }

    void shouldAcceptSamplesInAnyOrder()
    {
        const QList<LiveSample> sorted = middleOfSeptember();
        QList<LiveSample> shuffled = sorted;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 17, shuffled.end());
        const Projection a = BillProjection::project(sorted, kst(QDate(2026, 9, 15)), {});
        const Projection b = BillProjection::project(shuffled, kst(QDate(2026, 9, 15)), {});
        QCOMPARE(b.expected, a.expected);
        QCOMPARE(b.low, a.low);
        QCOMPARE(b.high, a.high);
        QCOMPARE(b.monthToDate, a.monthToDate);
    }

    void shouldNeverProjectBelowWhatIsSpent()
    {
        // A credit lowered the estimate; the last bill was far smaller than this month.
        const QList<LiveSample> samples {sample(kst(kSeptember, 6), 90'000, kSeptember),
                                         sample(kst(kSeptember, 18), 80'000, kSeptember)};
        const Projection p = BillProjection::project(samples, kst(kSeptember, 18), 1'000);
        QCOMPARE(p.monthToDate, 80'000);
        QVERIFY2(holdsInvariants(p), qPrintable(why(p)));
    }

    void shouldHoldItsInvariantsOnRandomReadings()
    {
        QRandomGenerator random(20260915);
        for (int round = 0; round < 2000; ++round) {
            const QDate month = QDate(2025, 1, 1).addMonths(random.bounded(40));
            const qint64 start = kst(month);
            const qint64 length = kst(month.addMonths(1)) - start;
            const qint64 now = start + random.bounded(length);
            QList<LiveSample> samples;
            const int count = random.bounded(12);
            qint64 price = 0;
            for (int i = 0; i < count; ++i) {
                price = qMax<qint64>(0, price + random.bounded(-500, 5000));
                const qint64 t = start - kDayMs + random.bounded(length + 2 * kDayMs);
                samples.append(sample(t, price * 1'000'000, BillProjection::monthOf(t)));
            }
            std::optional<qint64> lastBill;
            if (random.bounded(2))
                lastBill = qint64(random.bounded(100'000)) * 1'000'000;
            const Projection p = BillProjection::project(samples, now, lastBill);
            if (p.isValid())
                QVERIFY2(holdsInvariants(p), qPrintable(why(p)));
            else
                QVERIFY(!p.reasons.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstProjection)
#include "tst_projection.moc"
