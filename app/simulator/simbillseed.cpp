#include "simbillseed.h"

#include "simstate.h"
#include "util/kst.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace SimBillSeed {

namespace {
constexpr qint64 kVolumePricePerGb = 150; // per month
constexpr int kMaxItemsPerGroup = 300;

qint64 monthlyPrice(const SimState &state, const Instance &in)
{
    const Flavor *flavor = state.flavor(in.flavor.id);
    return flavor ? flavor->full.price : 0;
}

BillGroup serverGroup(const SimState &state, const QDate &first, const QDate &last)
{
    BillGroup group {u"서버"_s, 0, 0, {}};
    for (const SimInstance &si : state.instances) {
        const QDate created = QDate::fromString(si.data.startDate.left(10), Qt::ISODate);
        if (!created.isValid() || created > last)
            continue;
        const QDate from = qMax(created, first);
        const qint64 days = from.daysTo(last) + 1;
        const qint64 price = monthlyPrice(state, si.data) * days / first.daysInMonth();
        if (price <= 0)
            continue;
        ++group.count;
        group.subTotal += price;
        if (group.items.size() < kMaxItemsPerGroup)
            group.items.append(BillItem {si.data.id, si.data.name, price, price / 10,
                                         from.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    }
    return group;
}

BillGroup volumeGroup(const SimState &state, const QDate &first, const QDate &last)
{
    BillGroup group {u"블록 스토리지"_s, 0, 0, {}};
    for (const SimVolume &v : state.volumes) {
        const QDate created = QDate::fromString(v.data.createdAt.left(10), Qt::ISODate);
        if (!created.isValid() || created > last)
            continue;
        const qint64 price = v.data.sizeGb * kVolumePricePerGb;
        ++group.count;
        group.subTotal += price;
        if (group.items.size() < kMaxItemsPerGroup)
            group.items.append(BillItem {v.data.id, v.data.name, price, price / 10,
                                         qMax(created, first).toString(Qt::ISODate),
                                         last.toString(Qt::ISODate)});
    }
    return group;
}
} // namespace

void seed(SimState &state, qint64 nowMs, qint64 scale)
{
    const QDate today = Kst::date(nowMs);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 1; back <= 13; ++back) {
        const QDate first = thisMonth.addMonths(-back);
        const QDate last = first.addDays(first.daysInMonth() - 1);
        Bill bill;
        bill.id = state.newId(u"BILL-"_s);
        bill.type = u"regular"_s;
        bill.name = u"%1년 %2월 정기 청구"_s.arg(first.year()).arg(first.month());
        bill.usageStart = first.toString(Qt::ISODate);
        bill.usageEnd = last.toString(Qt::ISODate);
        bill.billDate = last.toString(Qt::ISODate);
        bill.currency = u"KRW"_s;
        bill.groups = {serverGroup(state, first, last), volumeGroup(state, first, last)};
        const qint64 traffic = 1000 * (5 + state.rng.bounded(40));
        bill.groups.append(
                BillGroup {u"트래픽"_s,
                           1,
                           traffic,
                           {BillItem {u"TRAFFIC-"_s + first.toString(u"yyyyMM"_s), u"초과 트래픽"_s,
                                      traffic, traffic / 10, bill.usageStart, bill.usageEnd}}});
        for (const BillGroup &g : std::as_const(bill.groups))
            bill.price += g.subTotal;
        bill.vat = bill.price / 10;
        bill.paymentPrice = bill.price + bill.vat;
        if (back == 1) {
            bill.paymentStatus = u"unpaid"_s;
        } else {
            bill.paymentStatus = u"paid"_s;
            bill.datePaid = last.addDays(1).toString(Qt::ISODate);
            bill.taxUrls = {u"https://www.iwinv.kr/account/tax/"_s + bill.id};
        }
        bill.invoiceUrls = {u"https://www.iwinv.kr/account/invoice/"_s + bill.id};
        state.bills.append(bill);
    }
    // One prepaid bill, five months back.
    const QDate paid = thisMonth.addMonths(-5).addDays(9);
    Bill prepaid;
    prepaid.id = state.newId(u"BILL-"_s);
    prepaid.type = u"prepaid"_s;
    prepaid.name = u"GPU 서버 3개월 선납"_s;
    prepaid.usageStart = paid.toString(Qt::ISODate);
    prepaid.usageEnd = paid.addMonths(3).addDays(-1).toString(Qt::ISODate);
    prepaid.billDate = paid.toString(Qt::ISODate);
    prepaid.paymentStatus = u"paid"_s;
    prepaid.price = 1'368'000;
    prepaid.vat = 136'800;
    prepaid.paymentPrice = 1'504'800;
    prepaid.currency = u"KRW"_s;
    prepaid.datePaid = prepaid.billDate;
    prepaid.groups = {
            BillGroup {u"서버"_s,
                       1,
                       prepaid.price,
                       {BillItem {u"PREPAID-GPU"_s, u"GPU T4 8vCore 32GB x 3개월"_s, prepaid.price,
                                  prepaid.vat, prepaid.usageStart, prepaid.usageEnd}}}};
    state.bills.insert(5, prepaid);
    if (scale > 1) {
        for (Bill &b : state.bills) {
            b.price *= scale;
            b.vat *= scale;
            b.paymentPrice *= scale;
            for (BillGroup &g : b.groups) {
                g.subTotal *= scale;
                for (BillItem &i : g.items) {
                    i.price *= scale;
                    i.vat *= scale;
                }
            }
        }
    }
}

qint64 liveEstimate(const SimState &state, qint64 nowMs, qint64 scale)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Kst::zone());
    const QDate first(now.date().year(), now.date().month(), 1);
    const QDateTime start(first, QTime(0, 0), Kst::zone());
    const double fraction
            = double(start.msecsTo(now)) / (double(first.daysInMonth()) * 86'400'000.0);
    qint64 monthly = 0;
    for (const SimInstance &si : state.instances)
        monthly += monthlyPrice(state, si.data);
    for (const SimVolume &v : state.volumes)
        monthly += v.data.sizeGb * kVolumePricePerGb;
    return qint64(double(monthly) * fraction) * qMax<qint64>(1, scale);
}

} // namespace SimBillSeed
