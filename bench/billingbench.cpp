// A year of live-bill samples (one every 10 minutes, every one a change: 52,560) written to the
// sample store, then the store reopened (a restart) and the year loaded with since(), and this
// month's projection made from it. Prints the counts and the times; the issue asks for the
// load in under 50 ms.
#include "billing/projection.h"
#include "billing/samplestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr qint64 kStepMs = 10 * kMinuteMs;
constexpr int kSamples = 365 * 24 * 6;

double msOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"billing/bench.sqlite"_s);

    // 2026-09-20 00:00 KST; the year before it, a large account's bill rising every reading.
    const qint64 end
            = QDateTime(QDate(2026, 9, 20), QTime(0, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
    const qint64 begin = end - qint64(kSamples - 1) * kStepMs;
    QList<LiveSample> year;
    year.reserve(kSamples);
    QDate month;
    qint64 price = 0;
    for (int i = 0; i < kSamples; ++i) {
        const qint64 t = begin + qint64(i) * kStepMs;
        const QDate m = BillProjection::monthOf(t);
        if (m != month) {
            month = m;
            price = 0;
        }
        price += 95'000 + (i * 7919) % 10'000; // ~500 million won a month
        year.append(LiveSample {t, m, m.addMonths(1).addDays(-1), price});
    }

    int written = 0;
    QElapsedTimer timer;
    timer.start();
    {
        SampleStore store(path);
        if (!store.isPersistent()) {
            out << "store not persistent: " << store.problem() << Qt::endl;
            return 1;
        }
        for (const LiveSample &s : std::as_const(year))
            written += store.add(s) ? 1 : 0;
    }
    const double writeMs = msOf(timer);

    timer.restart();
    SampleStore store(path);
    const double openMs = msOf(timer);
    timer.restart();
    const QList<LiveSample> loaded = store.since(begin);
    const double loadMs = msOf(timer);

    timer.restart();
    const QList<LiveSample> thisMonth = store.period(BillProjection::monthOf(end));
    const double periodMs = msOf(timer);

    constexpr int kRounds = 100;
    timer.restart();
    Projection p;
    for (int i = 0; i < kRounds; ++i)
        p = BillProjection::project(loaded, end, 480'000'000);
    const double projectMs = msOf(timer) / kRounds;
    timer.restart();
    Projection fromMonth;
    for (int i = 0; i < kRounds; ++i)
        fromMonth = BillProjection::project(thisMonth, end, 480'000'000);
    const double projectMonthMs = msOf(timer) / kRounds;

    out << "samples generated:        " << year.size() << Qt::endl;
    out << "samples written:          " << written << " in " << writeMs << " ms ("
        << writeMs * 1000.0 / qMax(1, written) << " us each)" << Qt::endl;
    out << "reopen (restart):         " << openMs << " ms" << Qt::endl;
    out << "since(): loaded           " << loaded.size() << " in " << loadMs << " ms" << Qt::endl;
    out << "period(): this month      " << thisMonth.size() << " in " << periodMs << " ms"
        << Qt::endl;
    out << "projection, the year:     " << projectMs << " ms (mean of " << kRounds << ")"
        << Qt::endl;
    out << "projection, the month:    " << projectMonthMs << " ms (mean of " << kRounds << ")"
        << Qt::endl;
    out << "projected:                " << p.expected << " [" << p.low << ", " << p.high
        << "], month to date " << p.monthToDate << ", certainty " << int(p.certainty) << Qt::endl;
    out << "load under 50 ms:         " << (loadMs < 50 ? "yes" : "NO") << Qt::endl;
    return fromMonth.expected == p.expected && loaded.size() == written ? 0 : 1;
}
