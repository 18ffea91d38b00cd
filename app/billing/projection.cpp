#include "projection.h"

#include "util/kst.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

constexpr int kFewSamples = 3; //!< fewer readings than this: the last bill weighs in
constexpr qint64 kEarlyMs = 2 * kDayMs; //!< readings cover less than this: too early to trust
constexpr qint64 kRecentMs = kDayMs; //!< the window of the recent rate
constexpr qint64 kGapMs = 3 * kDayMs; //!< readings further apart than this: a gap
constexpr double kRateChange = 0.20; //!< recent and month rate further apart: a change

//! The range around the expected amount, as a share of what is still to come.
double marginOf(Projection::Certainty certainty)
{
    switch (certainty) {
    case Projection::Certainty::Low:
        return 0.25;
    case Projection::Certainty::Medium:
        return 0.10;
    case Projection::Certainty::High:
        return 0.05;
    }
    return 0.25;
}

qint64 amount(double value)
{
    return std::llround(value);
}

//! Least-squares slope of price over time, KRW per day.
double slopePerDay(const QList<LiveSample> &samples)
{
    const double n = double(samples.size());
    const qint64 t0 = samples.constFirst().readAtMs;
    const qint64 p0 = samples.constFirst().price;
    double sumT = 0, sumP = 0;
    for (const LiveSample &s : samples) {
        sumT += double(s.readAtMs - t0) / kDayMs;
        sumP += double(s.price - p0);
    }
    const double meanT = sumT / n, meanP = sumP / n;
    double sxy = 0, sxx = 0;
    for (const LiveSample &s : samples) {
        const double dt = double(s.readAtMs - t0) / kDayMs - meanT;
        sxy += dt * (double(s.price - p0) - meanP);
        sxx += dt * dt;
    }
    return sxx > 0 ? sxy / sxx : 0.0;
}

} // namespace

QDate BillProjection::monthOf(qint64 ms)
{
    const QDate day = Kst::date(ms);
    return QDate(day.year(), day.month(), 1);
}

double BillProjection::elapsedFraction(qint64 ms)
{
    const QDate month = monthOf(ms);
    const qint64 start = Kst::midnightMs(month);
    const qint64 end = Kst::midnightMs(month.addMonths(1));
    return std::clamp(double(ms - start) / double(end - start), 0.0, 1.0);
}

Projection BillProjection::project(const QList<LiveSample> &samples, qint64 nowMs,
                                   std::optional<qint64> lastBill)
{
    const QDate month = monthOf(nowMs);
    const qint64 startMs = Kst::midnightMs(month);
    const qint64 endMs = Kst::midnightMs(month.addMonths(1));

    // This month's readings up to now. Right after midnight the live bill may still describe
    // the month before: a reading whose period is another month does not count either.
    QList<LiveSample> own;
    for (const LiveSample &s : samples) {
        if (s.readAtMs >= startMs && s.readAtMs < endMs && s.readAtMs <= nowMs
            && (!s.periodStart.isValid() || s.periodStart == month))
            own.append(s);
    }
    std::stable_sort(own.begin(), own.end(), [](const LiveSample &a, const LiveSample &b) {
        return a.readAtMs < b.readAtMs;
    });

    Projection p;
    if (own.isEmpty()) {
        if (!lastBill) {
            p.reasons << tr("There is no reading of the live bill this month yet, and no earlier "
                            "bill to go by.");
            return p;
        }
        p.basis = Projection::Basis::LastBill;
        p.certainty = Projection::Certainty::Low;
        p.expected = qMax<qint64>(0, *lastBill);
        const qint64 margin = amount(marginOf(p.certainty) * double(p.expected));
        p.low = qMax<qint64>(0, p.expected - margin);
        p.high = p.expected + margin;
        p.reasons << tr("There is no reading of the live bill this month yet: the last bill "
                        "stands in for it.");
        return p;
    }

    const LiveSample &latest = own.constLast();
    const qsizetype n = own.size();
    p.monthToDate = latest.price;
    const qint64 mtd = latest.price;
    const double leftDays = double(qMax<qint64>(0, endMs - latest.readAtMs)) / kDayMs;
    const qint64 coveredMs = latest.readAtMs - startMs; // the live bill counts from the 1st

    // The month's rate: a least-squares line through the readings when there are enough of
    // them over a day at least; otherwise the average since the first of the month (the live
    // bill is 0 there).
    std::optional<double> monthRate;
    if (n >= kFewSamples && latest.readAtMs - own.constFirst().readAtMs >= kDayMs)
        monthRate = qMax(0.0, slopePerDay(own));
    else if (coveredMs >= kHourMs)
        monthRate = qMax(0.0, double(mtd) * kDayMs / double(coveredMs));

    // The recent rate: from the last reading a day or more before the latest one.
    std::optional<double> recentRate;
    for (qsizetype i = n - 2; i >= 0; --i) {
        const LiveSample &anchor = own.at(i);
        if (anchor.readAtMs <= latest.readAtMs - kRecentMs) {
            recentRate = qMax(0.0,
                              double(latest.price - anchor.price) * kDayMs
                                      / double(latest.readAtMs - anchor.readAtMs));
            break;
        }
    }
    const bool rateChanged = monthRate && recentRate
            && (*monthRate > 0 ? std::abs(*recentRate - *monthRate) / *monthRate > kRateChange
                               : *recentRate > 0);

    // The longest stretch without a reading while the amount changed (an unchanged amount is
    // not stored twice, so a flat stretch is no gap).
    qint64 gapMs = 0;
    qsizetype gapAt = -1;
    for (qsizetype i = 1; i < n; ++i) {
        const qint64 dt = own.at(i).readAtMs - own.at(i - 1).readAtMs;
        if (dt > kGapMs && dt > gapMs && own.at(i).price != own.at(i - 1).price) {
            gapMs = dt;
            gapAt = i;
        }
    }

    // From the samples alone: what runs now keeps running (the recent rate when it changed),
    // the range spanning both rates.
    std::optional<double> fromSamples;
    double lowSamples = 0, highSamples = 0;
    if (monthRate) {
        const double rate = rateChanged ? *recentRate : *monthRate;
        fromSamples = double(mtd) + rate * leftDays;
        const double slow = rateChanged ? qMin(*recentRate, *monthRate) : rate;
        const double fast = rateChanged ? qMax(*recentRate, *monthRate) : rate;
        lowSamples = double(mtd) + slow * leftDays;
        highSamples = double(mtd) + fast * leftDays;
    }

    const bool few = n < kFewSamples;
    const bool early = coveredMs < kEarlyMs;
    double expected = 0, low = 0, high = 0;
    if ((few || early) && lastBill) {
        // Weigh the samples by how much of the first two days and of three readings they give.
        const double weight = fromSamples
                ? qMin(1.0, qMin(double(coveredMs) / kEarlyMs, double(n) / kFewSamples))
                : 0.0;
        const double bill = double(qMax<qint64>(0, *lastBill));
        p.certainty = Projection::Certainty::Low;
        if (weight <= 0) {
            p.basis = Projection::Basis::LastBill;
            expected = low = high = bill;
        } else {
            p.basis = Projection::Basis::Blend;
            expected = weight * *fromSamples + (1 - weight) * bill;
            low = qMin(lowSamples, bill);
            high = qMax(highSamples, bill);
        }
    } else if (!fromSamples) {
        p.reasons << tr("It is too early in the month to project, and there is no earlier bill "
                        "to go by.");
        return p; // Basis::None; monthToDate is set
    } else {
        p.basis = Projection::Basis::Samples;
        expected = *fromSamples;
        low = lowSamples;
        high = highSamples;
        if (few || early)
            p.certainty = Projection::Certainty::Low;
        else if (rateChanged || gapAt > 0)
            p.certainty = Projection::Certainty::Medium;
        else
            p.certainty = Projection::Certainty::High;
    }

    if (few)
        p.reasons << tr("There are only %n reading(s) of the live bill this month.", nullptr,
                        int(n));
    if (early)
        p.reasons << tr("The month has only just begun.");
    if (p.basis == Projection::Basis::Blend || p.basis == Projection::Basis::LastBill)
        p.reasons << tr("The last bill is weighed in until there are more readings.");
    if (rateChanged)
        p.reasons << tr("The spending rate changed during the month (servers added, removed or "
                        "changed): the range spans the month's rate and the last day's.");
    if (gapAt > 0) {
        const QLocale locale;
        const QDate from = Kst::date(own.at(gapAt - 1).readAtMs);
        const QDate to = Kst::date(own.at(gapAt).readAtMs);
        //: %n is a number of days; %1 and %2 are the dates of the readings around the gap
        p.reasons << tr("There was no reading for %n day(s), from %1 to %2: the spending in "
                        "between is taken as even.",
                        nullptr, int(gapMs / kDayMs))
                             .arg(locale.toString(from, QLocale::ShortFormat),
                                  locale.toString(to, QLocale::ShortFormat));
    }

    // The range: what the rates span plus a margin on what is still to come; never below what
    // is already spent.
    p.expected = qMax(mtd, amount(expected));
    const double margin = marginOf(p.certainty) * double(p.expected - mtd);
    p.low = std::clamp(amount(low - margin), mtd, p.expected);
    p.high = qMax(p.expected, amount(high + margin));
    return p;
}
