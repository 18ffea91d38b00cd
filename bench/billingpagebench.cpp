// The billing page with ten years of bills (120, each of 50 items) on the simulator: how long
// the page takes to build its cards and charts from them and to draw, and a bill's detail with
// its breakdown. Figures for the closing notes, not a test. Run:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_billingpage
#include "billing/billdetailpane.h"
#include "billing/billingpage.h"
#include "billing/billingsession.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QList<Bill> tenYears(qint64 nowMs)
{
    QList<Bill> bills;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 1; back <= 120; ++back) {
        const QDate first = thisMonth.addMonths(-back);
        const QDate last = first.addDays(first.daysInMonth() - 1);
        Bill b;
        b.id = u"BILL-bench%1"_s.arg(back, 4, 10, QLatin1Char('0'));
        b.type = u"regular"_s;
        b.name = u"%1년 %2월 정기 청구"_s.arg(first.year()).arg(first.month());
        b.usageStart = first.toString(Qt::ISODate);
        b.usageEnd = last.toString(Qt::ISODate);
        b.billDate = last.toString(Qt::ISODate);
        b.paymentStatus = back == 1 ? u"unpaid"_s : u"paid"_s;
        b.datePaid = back == 1 ? QString() : last.addDays(1).toString(Qt::ISODate);
        b.currency = u"KRW"_s;
        for (int g = 0; g < 5; ++g) {
            BillGroup group {u"그룹 %1"_s.arg(g), 10, 0, {}};
            for (int i = 0; i < 10; ++i) {
                const qint64 price = 10'000 * (1 + (back * 7 + g * 13 + i * 31) % 97);
                group.items.append(BillItem {u"INSTANCE-bench%1%2"_s.arg(g).arg(i),
                                             u"서버 %1-%2"_s.arg(g).arg(i), price, price / 10,
                                             b.usageStart, b.usageEnd});
                group.subTotal += price;
            }
            b.price += group.subTotal;
            b.groups.append(group);
        }
        b.vat = b.price / 10;
        b.paymentPrice = b.price + b.vat;
        bills.append(b);
    }
    return bills;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    SimFixture f;
    f.sim->state().bills = tenYears(f.clock.nowMs());
    AccountSession session(f.client.get(), true);
    BillingPage page(&session);
    page.resize(1400, 860);
    page.show();
    page.setShown(true);
    BillingSession *billing = session.billing();
    f.drive([&] {
        return billing->billsRead() && billing->live() && !billing->isLiveLoading()
                && session.store(Resource::Instances)->hasData();
    });
    std::printf("bills: %d, items each: 50\n", int(billing->bills().size()));
    QList<double> build;
    QList<double> draw;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        Q_EMIT billing->billsChanged(); // the cards and the charts, from all 120 bills
        Q_EMIT billing->listedChanged(); // the table of bills
        build.append(t.nsecsElapsed() / 1e6);
        t.restart();
        const QPixmap shot = page.grab();
        draw.append(t.nsecsElapsed() / 1e6);
        Q_UNUSED(shot);
    }
    std::printf("overview: build %.1f ms, draw %.1f ms, together %.1f ms (median of 15)\n",
                median(build), median(draw), median(build) + median(draw));
    page.showTab(BillingPage::Tab::Bills);
    const QString id = billing->bills().first().id;
    page.selectBill(id);
    f.drive([&] { return billing->detail(id) != nullptr; });
    QList<double> detail;
    for (int run = 0; run < 15; ++run) {
        QElapsedTimer t;
        t.start();
        page.detail()->showBill(billing->detail(id), QString());
        const QPixmap shot = page.grab();
        detail.append(t.nsecsElapsed() / 1e6);
        Q_UNUSED(shot);
    }
    std::printf("a bill of 50 items with its breakdown, built and drawn: %.1f ms (median of 15)\n",
                median(detail));
    return 0;
}
