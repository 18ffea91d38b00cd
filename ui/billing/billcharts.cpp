#include "billcharts.h"

#include "billing/projection.h"
#include "models/format.h"
#include "util/kst.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QColor kPrice(0x3d, 0x7a, 0xd6);
const QColor kVat(0x9c, 0xb9, 0xe8);
const QColor kUnpaid(0xd9, 0x73, 0x1a);
const QColor kProjection(0x8e, 0x44, 0xad);
const QColor kBudget(0xc6, 0x28, 0x28);

QChart *newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(palette.color(QPalette::Mid));
}

//! An axis in KRW from 0 to a round maximum above \a top, its ticks labelled with thousands
//! separators (a plain value axis would write 3000000).
QValueAxis *moneyAxis(qint64 top, const QPalette &palette)
{
    auto *axis = new QCategoryAxis;
    double max = std::max<double>(1000.0, double(top) * 1.1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    max = std::ceil(max / magnitude) * magnitude;
    axis->setRange(0, max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    constexpr int kTicks = 4;
    for (int i = 0; i <= kTicks; ++i) {
        const qint64 value = qint64(max * i / kTicks);
        axis->append(locale.toString(value), double(value));
    }
    axis->setStartValue(0);
    styleAxis(axis, palette);
    return axis;
}

QDate monthStart(const QString &date)
{
    const QDate d = QDate::fromString(date.left(10), Qt::ISODate);
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}
} // namespace

void BillCharts::install(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

qint64 BillCharts::shown(qint64 amount, bool withVat)
{
    return withVat ? amount + amount / 10 : amount;
}

QString BillCharts::label(const Month &month)
{
    const QString text = month.month.toString(u"yy-MM"_s);
    return month.unpaid ? text + u" •"_s : text;
}

QList<BillCharts::Month> BillCharts::months(const QList<Bill> &bills)
{
    QList<Month> out;
    for (const Bill &b : bills) {
        if (b.type == u"prepaid"_s)
            continue;
        const QDate month = monthStart(b.usageStart.isEmpty() ? b.billDate : b.usageStart);
        if (!month.isValid())
            continue;
        // Two regular bills of one month (a correction): one bar, the amounts added.
        auto same = std::find_if(out.begin(), out.end(),
                                 [&](const Month &m) { return m.month == month; });
        if (same != out.end()) {
            same->price += b.price;
            same->vat += b.vat;
            same->unpaid = same->unpaid || b.paymentStatus != u"paid"_s;
            continue;
        }
        out.append({b.id, month, b.price, b.vat, b.paymentStatus != u"paid"_s});
    }
    std::sort(out.begin(), out.end(),
              [](const Month &a, const Month &b) { return a.month < b.month; });
    if (out.size() > kMaxMonths)
        out = out.mid(out.size() - kMaxMonths);
    return out;
}

QList<BillCharts::Part> BillCharts::groups(const Bill &bill)
{
    QList<Part> out;
    for (const BillGroup &g : bill.groups) {
        qint64 amount = g.subTotal;
        if (amount <= 0) {
            for (const BillItem &i : g.items)
                amount += i.price;
        }
        out.append({g.type.isEmpty() ? tr("Other") : g.type, amount, QString()});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Part &a, const Part &b) { return a.amount > b.amount; });
    return out;
}

QList<BillCharts::Part> BillCharts::topItems(const Bill &bill)
{
    QList<Part> all;
    for (const BillGroup &g : bill.groups) {
        for (const BillItem &i : g.items)
            all.append({i.name.isEmpty() ? i.serviceId : i.name, i.price, i.serviceId});
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Part &a, const Part &b) { return a.amount > b.amount; });
    if (all.size() <= kTopItems + 1)
        return all;
    QList<Part> out = all.mid(0, kTopItems);
    qint64 rest = 0;
    for (qsizetype i = kTopItems; i < all.size(); ++i)
        rest += all.at(i).amount;
    //: the bill's smaller items together; %n is how many
    out.append({tr("Other (%n item(s))", nullptr, int(all.size() - kTopItems)), rest, QString()});
    return out;
}

QChart *BillCharts::monthly(const QList<Month> &months, bool withVat, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    auto *series = new QStackedBarSeries(chart);
    auto *price = new QBarSet(withVat ? tr("Amount") : tr("Amount (VAT excluded)"));
    price->setColor(kPrice);
    price->setBorderColor(kPrice);
    auto *unpaid = new QBarSet(tr("Not paid yet"));
    unpaid->setColor(kUnpaid);
    unpaid->setBorderColor(kUnpaid);
    auto *vat = new QBarSet(tr("VAT"));
    vat->setColor(kVat);
    vat->setBorderColor(kVat);
    QStringList categories;
    qint64 top = 0;
    for (const Month &m : months) {
        *price << double(m.unpaid ? 0 : m.price);
        *unpaid << double(m.unpaid ? m.price : 0);
        *vat << double(withVat ? m.vat : 0);
        categories << label(m);
        top = std::max(top, m.price + (withVat ? m.vat : 0));
    }
    const bool anyUnpaid
            = std::any_of(months.begin(), months.end(), [](const Month &m) { return m.unpaid; });
    series->append(price);
    if (anyUnpaid)
        series->append(unpaid);
    else
        delete unpaid;
    if (withVat)
        series->append(vat);
    else
        delete vat;
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    styleAxis(axisX, palette);
    axisX->setLabelsAngle(categories.size() > 8 ? -90 : 0);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = moneyAxis(top, palette);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->setTitle(tr("Bills by month"));
    return chart;
}

QChart *BillCharts::donut(const QList<Part> &parts, const QString &title, const QPalette &palette)
{
    QChart *chart = newChart(palette);
    auto *series = new QPieSeries(chart);
    series->setHoleSize(0.45);
    qint64 total = 0;
    for (const Part &p : parts)
        total += p.amount;
    for (const Part &p : parts) {
        if (p.amount <= 0)
            continue;
        QPieSlice *slice = series->append(p.label, double(p.amount));
        //: a part of the bill in the legend: its name and its share
        slice->setLabel(tr("%1 (%2%)").arg(p.label).arg(total > 0 ? 100 * p.amount / total : 0));
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setTitle(title);
    return chart;
}

QChart *BillCharts::groupDonut(const QList<Part> &parts, const QPalette &palette)
{
    return donut(parts, tr("By kind of service"), palette);
}

QChart *BillCharts::itemDonut(const QList<Part> &parts, const QPalette &palette)
{
    return donut(parts, tr("Largest items"), palette);
}

QChart *BillCharts::burn(const QList<LiveSample> &samples, const Projection &projection,
                         qint64 nowMs, std::optional<qint64> budget, bool withVat,
                         const QPalette &palette)
{
    QChart *chart = newChart(palette);
    const QDate month = BillProjection::monthOf(nowMs);
    const int days = month.daysInMonth();
    const qint64 monthStartMs = Kst::midnightMs(month);
    // x is the day of the month: the 15th at 00:00 KST is 15, its noon 15.5; the month ends at
    // days + 1 (the next month's first midnight).
    const auto dayOf
            = [monthStartMs](qint64 ms) { return 1.0 + double(ms - monthStartMs) / 86'400'000.0; };
    auto *soFar = new QLineSeries(chart);
    soFar->setName(tr("This month so far"));
    soFar->setColor(kPrice);
    soFar->append(1, 0);
    qint64 top = 0;
    for (const LiveSample &s : samples) {
        soFar->append(dayOf(s.readAtMs), double(shown(s.price, withVat)));
        top = std::max(top, shown(s.price, withVat));
    }
    chart->addSeries(soFar);
    QList<QAbstractSeries *> all {soFar};
    if (projection.isValid()) {
        const double now = samples.isEmpty() ? dayOf(nowMs) : dayOf(samples.last().readAtMs);
        const double from = double(shown(projection.monthToDate, withVat));
        auto *ahead = new QLineSeries(chart);
        ahead->setName(tr("Projection"));
        QPen pen(kProjection);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        ahead->setPen(pen);
        ahead->append(now, from);
        ahead->append(days + 1, double(shown(projection.expected, withVat)));
        auto *low = new QLineSeries(chart);
        low->append(now, from);
        low->append(days + 1, double(shown(projection.low, withVat)));
        auto *high = new QLineSeries(chart);
        high->append(now, from);
        high->append(days + 1, double(shown(projection.high, withVat)));
        auto *range = new QAreaSeries(high, low);
        range->setName(tr("Likely range"));
        QColor fill = kProjection;
        fill.setAlpha(50);
        range->setBrush(fill);
        range->setPen(Qt::NoPen);
        chart->addSeries(range);
        chart->addSeries(ahead);
        all << range << ahead;
        top = std::max(top, shown(projection.high, withVat));
    }
    if (budget) {
        auto *line = new QLineSeries(chart);
        line->setName(tr("Budget"));
        QPen pen(kBudget);
        pen.setStyle(Qt::DotLine);
        pen.setWidth(2);
        line->setPen(pen);
        line->append(1, double(shown(*budget, withVat)));
        line->append(days + 1, double(shown(*budget, withVat)));
        chart->addSeries(line);
        all << line;
        top = std::max(top, shown(*budget, withVat));
    }
    auto *axisX = new QValueAxis;
    axisX->setRange(1, days + 1);
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(1);
    axisX->setTickInterval(5);
    axisX->setLabelFormat(u"%.0f"_s);
    //: the x axis of the burn line
    axisX->setTitleText(tr("Day of the month"));
    axisX->setTitleBrush(palette.brush(QPalette::Text));
    styleAxis(axisX, palette);
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisY = moneyAxis(top, palette);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *s : all) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    chart->setTitle(tr("This month (%1)").arg(month.toString(u"yyyy-MM"_s)));
    return chart;
}
