// The billing page against the simulator's demo account: the charts hold the bills' months and
// sums, a bill's items link to the servers that still exist, the budget is said passed once a
// month, EMPTY_SET reads as "no bills match", a detail refused with CHECK_IP is "not available
// for this key", the running cost counts stopped servers, and the exports write files.
#include "billing/billcharts.h"
#include "billing/billdetailpane.h"
#include "billing/billingpage.h"
#include "billing/billingsession.h"
#include "billing/projection.h"
#include "billing/runningcost.h"
#include "billing/samplestore.h"
#include "domain/pricing.h"
#include "mainwindow.h"
#include "models/billmodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <QValueAxis>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
struct Setup
{
    SimFixture f;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    explicit Setup(const SimOptions &options = SimFixture::testOptions()) : f(options)
    {
        session = std::make_unique<AccountSession>(f.client.get(), true);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->show();
        window->showBilling();
        if (!f.drive([&] { return ready(); }))
            qFatal("the billing page did not load");
    }
    bool ready() const
    {
        BillingSession *b = session->billing();
        return b->billsRead() && b->live() && !b->isLiveLoading()
                && session->store(Resource::Instances)->hasData()
                && session->store(Resource::Flavors)->hasData()
                && !session->store(Resource::Flavors)->isLoading();
    }
    BillingPage *page() const { return window->billingPage(); }
    BillingSession *billing() const { return session->billing(); }
    QList<QBarSet *> sets(QChartView *view) const
    {
        QList<QBarSet *> out;
        for (QAbstractSeries *s : view->chart()->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                out += bars->barSets();
        }
        return out;
    }
    static double sum(const QBarSet *set)
    {
        double total = 0;
        for (int i = 0; i < set->count(); ++i)
            total += set->at(i);
        return total;
    }
};
} // namespace

class TstBilling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartsHoldTheMonthsAndTheirSums();
    void aBillsItemsLinkToItsServers();
    void theBudgetIsSaidPassedOnceAMonth();
    void anUnmatchedFilterIsNoBillsMatch();
    void aDetailRefusedToTheKeyIsNotAnError();
    void theRunningCostCountsStoppedServers();
    void exportsBillsItemsAndCharts();
    void aSavedProfileKeepsItsSamplesAndBudget();
    void aRefusedLiveBillIsNotAskedAgainAtOnce();
    void aDamagedHistorySaysSoAfterTheAccountOpens();
    void anotherAccountReadsItsBills();
    void theLatestReadingCountsWhenItsAmountRepeats();
    void aBudgetIsWatchedWhileThePageIsHiddenAndSaidAgainNextMonth();
    void theBurnLineIsDrawnByDayOfTheMonth();
    void theRunningCostPricesAsTheSpecTablesDo();
    void theCsvFollowsTheList();
    void aLargeAccountsAmountsPass32Bits();
};

void TstBilling::chartsHoldTheMonthsAndTheirSums()
{
    Setup s;
    QVERIFY(s.window->isBillingShown());
    qint64 price = 0;
    qint64 vat = 0;
    int regular = 0;
    for (const Bill &b : s.f.sim->state().bills) {
        if (b.type == u"prepaid"_s)
            continue;
        price += b.price;
        vat += b.vat;
        ++regular;
    }
    QVERIFY(regular >= 12);
    QVERIFY(price > 0 && vat > 0);
    // Paid months and the unpaid one in their own sets; together every regular bill.
    s.page()->setWithVat(false);
    QList<QBarSet *> sets = s.sets(s.page()->monthlyChart());
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.first()->count(), regular);
    QCOMPARE(qint64(Setup::sum(sets.at(0)) + Setup::sum(sets.at(1))), price);
    QVERIFY(Setup::sum(sets.at(1)) > 0); // the newest month is not paid yet
    // With VAT: the VAT stacked on top, in its own set.
    s.page()->setWithVat(true);
    sets = s.sets(s.page()->monthlyChart());
    QCOMPARE(sets.size(), 3);
    QCOMPARE(qint64(Setup::sum(sets.at(0)) + Setup::sum(sets.at(1))), price);
    QCOMPARE(qint64(Setup::sum(sets.at(2))), vat);
    // The newest month is not paid yet: marked.
    const QList<BillCharts::Month> months = BillCharts::months(s.billing()->bills());
    QVERIFY(months.last().unpaid);
    QVERIFY(BillCharts::label(months.last()).endsWith(u" •"_s));
    // A click on a month opens its bill.
    Q_EMIT sets.at(0)->clicked(int(months.size()) - 1);
    QCOMPARE(s.page()->currentBillId(), months.last().billId);
    // The burn line: this month's sample and the projection.
    QVERIFY(s.page()->burnChart()->chart()->series().size() >= 2);
    const qint64 live = s.billing()->live()->price;
    QVERIFY2(s.page()->liveText().contains(Format::money(live))
                     && s.page()->liveText().contains(Format::money(live + live / 10)),
             qPrintable(s.page()->liveText()));
}

void TstBilling::aBillsItemsLinkToItsServers()
{
    Setup s;
    const QString billId = s.billing()->bills().first().id;
    s.page()->showTab(BillingPage::Tab::Bills);
    QVERIFY(s.page()->selectBill(billId));
    QVERIFY(s.f.drive([&] { return s.billing()->detail(billId) != nullptr; }));
    QTreeWidget *items = s.page()->detail()->items();
    QVERIFY(items->topLevelItemCount() >= 2);
    // An item whose server exists links to it.
    QTreeWidgetItem *linked = nullptr;
    for (int g = 0; g < items->topLevelItemCount() && !linked; ++g) {
        QTreeWidgetItem *group = items->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->data(3, Qt::UserRole + 1).toString().isEmpty()) {
                linked = group->child(i);
                break;
            }
        }
    }
    QVERIFY(linked);
    const QString serviceId = linked->data(3, Qt::UserRole + 1).toString();
    QVERIFY(s.session->instances()->find(serviceId));
    Q_EMIT items->itemActivated(linked, 3);
    QVERIFY(!s.window->isBillingShown());
    QCOMPARE(s.window->currentPage()->currentId(), serviceId);
    // The breakdown: a donut of the groups and the largest items.
    QVERIFY(s.page()->detail()->groupChart()->chart()->series().size() == 1);
    // Read once: opening it again sends nothing.
    s.window->showBilling();
    s.page()->selectBill(s.billing()->bills().at(1).id);
    s.page()->selectBill(billId);
    QCOMPARE(s.f.sim->count(u"GET"_s, u"/v1/bill/"_s + billId), 1);
}

void TstBilling::theBudgetIsSaidPassedOnceAMonth()
{
    Setup s;
    QSignalSpy passed(s.billing(), &BillingSession::budgetPassed);
    s.billing()->setBudget(1); // one won: passed at once
    QCOMPARE(passed.size(), 1);
    QVERIFY2(s.page()->projectionText().contains(u"Over the budget"_s),
             qPrintable(s.page()->projectionText()));
    for (int i = 0; i < 3; ++i) {
        s.f.clock.advanceSecs(3600);
        s.billing()->refreshLive();
        QVERIFY(s.f.drive([&] { return !s.billing()->isLiveLoading(); }));
    }
    QCOMPARE(passed.size(), 1);
    // A budget far above: nothing said; the page shows it.
    s.billing()->setBudget(1'000'000'000'000LL);
    QCOMPARE(passed.size(), 1);
    QVERIFY(s.page()->projectionText().contains(u"Budget: "_s));
}

void TstBilling::anUnmatchedFilterIsNoBillsMatch()
{
    Setup s;
    s.page()->showTab(BillingPage::Tab::Bills);
    auto *min = s.page()->findChild<QLineEdit *>(u"minPrice"_s);
    min->setText(u"999999999999"_s);
    s.page()->findChild<QPushButton *>(u"applyFilters"_s)->click();
    QVERIFY(s.f.drive([&] { return !s.billing()->isQueryLoading(); }));
    QCOMPARE(s.page()->bills()->rowCount(), 0);
    QCOMPARE(s.page()->listMessage(), u"No bills match."_s);
    QVERIFY(!s.billing()->queryError().isError());
    // The type filter is the console's own: prepaid bills only.
    s.page()->findChild<QPushButton *>(u"clearFilters"_s)->click();
    QVERIFY(s.f.drive([&] { return !s.billing()->isQueryLoading(); }));
    auto *type = s.page()->findChild<QComboBox *>(u"typeFilter"_s);
    type->setCurrentIndex(type->findData(u"prepaid"_s));
    QCOMPARE(s.page()->bills()->rowCount(), 1);
    QCOMPARE(s.page()->bills()->billAt(0)->type, u"prepaid"_s);
}

void TstBilling::aDetailRefusedToTheKeyIsNotAnError()
{
    Setup s;
    SimFault refused;
    refused.kind = SimFault::Kind::Status;
    refused.method = u"GET"_s;
    refused.path = u"/v1/bill/BILL-"_s;
    refused.status = 403;
    refused.errorCode = u"CHECK_IP"_s;
    s.f.sim->addFault(refused);
    const QString billId = s.billing()->bills().first().id;
    s.page()->showTab(BillingPage::Tab::Bills);
    QVERIFY(s.page()->selectBill(billId));
    QVERIFY(s.f.drive([&] { return s.billing()->detailError(billId).isError(); }));
    QVERIFY2(s.page()->detail()->summary().contains(u"not available for this access key"_s),
             qPrintable(s.page()->detail()->summary()));
    // The rest of the page works: the list and the live bill are there, and the account is fine.
    QVERIFY(s.billing()->live().has_value());
    QVERIFY(s.page()->bills()->rowCount() > 0);
    QVERIFY(s.f.client->isOnline());
}

void TstBilling::theRunningCostCountsStoppedServers()
{
    Setup s;
    int off = 0;
    for (const SimInstance &si : s.f.sim->state().instances) {
        if (si.data.status == u"off"_s)
            ++off;
    }
    QVERIFY(off > 0);
    QVERIFY2(s.page()->costText().contains(u"stopped server"_s), qPrintable(s.page()->costText()));
    s.page()->findChild<QPushButton *>(u"showStoppedButton"_s)->click();
    QTableWidget *table = s.page()->serverTable();
    QCOMPARE(table->rowCount(), off);
    // A double-click opens the server.
    const QString id = table->item(0, 0)->data(Qt::UserRole).toString();
    Q_EMIT table->cellActivated(0, 0);
    QCOMPARE(s.window->currentPage()->currentId(), id);
}

void TstBilling::exportsBillsItemsAndCharts()
{
    Setup s;
    const QString billId = s.billing()->bills().first().id;
    s.page()->showTab(BillingPage::Tab::Bills);
    QVERIFY(s.page()->selectBill(billId));
    QVERIFY(s.f.drive([&] { return s.billing()->detail(billId) != nullptr; }));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(
            s.page()->exportCsv(dir.filePath(u"bills.csv"_s), dir.filePath(u"items.csv"_s), &error),
            qPrintable(error));
    QFile bills(dir.filePath(u"bills.csv"_s));
    QVERIFY(bills.open(QIODevice::ReadOnly));
    QCOMPARE(bills.readAll().count('\n'), s.billing()->bills().size() + 1);
    QFile items(dir.filePath(u"items.csv"_s));
    QVERIFY(items.open(QIODevice::ReadOnly));
    qsizetype itemCount = 0;
    for (const BillGroup &g : s.billing()->detail(billId)->groups)
        itemCount += g.items.size();
    QCOMPARE(items.readAll().count('\n'), itemCount + 1);
    s.page()->showTab(BillingPage::Tab::Overview);
    QVERIFY(s.page()->exportCharts(dir.filePath(u"m.png"_s), dir.filePath(u"b.png"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"m.png"_s)) && QFile::exists(dir.filePath(u"b.png"_s)));
}

void TstBilling::aSavedProfileKeepsItsSamplesAndBudget()
{
    Setup s;
    const QString id = u"saved-profile-under-test"_s;
    QFile::remove(SampleStore::pathFor(id));
    s.billing()->setProfile(id, true);
    QVERIFY(s.billing()->samples()->isPersistent());
    s.billing()->setBudget(123'456);
    s.billing()->refreshLive();
    QVERIFY(s.f.drive([&] { return s.billing()->live().has_value(); }));
    QCOMPARE(s.billing()->monthSamples().size(), 1);
    // A restart: another session of the same profile finds both.
    {
        BillingSession again(s.f.client.get());
        again.setProfile(id, true);
        QCOMPARE(again.monthSamples().size(), 1);
        QCOMPARE(again.budget(), std::optional<qint64>(123'456));
        again.setBudget(std::nullopt);
    }
    // This session only: nothing is kept, nothing is read from disk.
    BillingSession passing(s.f.client.get());
    passing.setProfile(id, false);
    QVERIFY(passing.monthSamples().isEmpty());
    QVERIFY(!passing.budget());
    s.billing()->setProfile(QString(), false);
    QVERIFY(QFile::remove(SampleStore::pathFor(id)));
}

void TstBilling::aRefusedLiveBillIsNotAskedAgainAtOnce()
{
    Setup s;
    SimFault refused;
    refused.kind = SimFault::Kind::Status;
    refused.method = u"GET"_s;
    refused.path = u"/v1/bill/live"_s;
    refused.status = 403;
    refused.errorCode = u"CHECK_IP"_s;
    s.f.sim->addFault(refused);
    s.window->refreshIntervalCombo()->setCurrentIndex(2); // every minute
    const int before = s.f.sim->count(u"GET"_s, u"/v1/bill/live"_s);
    s.billing()->refreshLive();
    // Five minutes: at most one attempt a minute, never a loop.
    const qint64 end = s.f.clock.nowMs() + 5 * 60'000;
    QVERIFY(s.f.drive([&] { return s.f.clock.nowMs() >= end; }, 60000));
    const int asked = s.f.sim->count(u"GET"_s, u"/v1/bill/live"_s) - before;
    QStringList times;
    for (const Simulator::Record &r : s.f.sim->log()) {
        if (r.path == u"/v1/bill/live"_s)
            times << QString::number((r.atMs - s.f.sim->log().first().atMs) / 1000);
    }
    QVERIFY2(asked >= 2 && asked <= 7, qPrintable(times.join(u' ')));
    QVERIFY(s.page()->liveText().contains(u"Not available for this access key"_s)
            || s.billing()->isLiveLoading());
}

void TstBilling::aDamagedHistorySaysSoAfterTheAccountOpens()
{
    Setup s;
    const QString id = u"damaged-history"_s;
    QDir().mkpath(QFileInfo(SampleStore::pathFor(id)).path());
    QFile garbage(SampleStore::pathFor(id));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write(QByteArray(4096, 'x'));
    garbage.close();
    // As AccountController::open does: the profile, then the account.
    s.billing()->setProfile(id, true);
    Q_EMIT s.session->accountChanged();
    auto *note = s.page()->findChild<QLabel *>(u"samplesNote"_s);
    QVERIFY(note->isVisibleTo(s.page()));
    QVERIFY(!note->text().isEmpty());
    s.billing()->setProfile(QString(), false);
    SampleStore::removeFor(id);
}

void TstBilling::anotherAccountReadsItsBills()
{
    Setup s;
    s.page()->findChild<QLineEdit *>(u"minPrice"_s)->setText(u"5"_s);
    s.billing()->setProfile(u"another"_s, false);
    QVERIFY(!s.billing()->billsRead());
    Q_EMIT s.session->accountChanged();
    QVERIFY(s.f.drive([&] { return s.billing()->billsRead() && s.billing()->live(); }));
    QVERIFY(s.page()->bills()->rowCount() > 0);
    QVERIFY(s.page()->findChild<QLineEdit *>(u"minPrice"_s)->text().isEmpty());
}

void TstBilling::theLatestReadingCountsWhenItsAmountRepeats()
{
    Setup s;
    const QDate month = BillProjection::monthOf(s.f.clock.nowMs());
    SimFault same;
    same.kind = SimFault::Kind::Body;
    same.method = u"GET"_s;
    same.path = u"/v1/bill/live"_s;
    same.status = 200;
    same.times = 2;
    same.body
            = QByteArray(
                      R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[{"bill_id":"BILL-live","start_date":")")
            + month.toString(Qt::ISODate).toUtf8() + R"(","end_date":")"
            + month.toString(Qt::ISODate).toUtf8() + R"(","price":777000,"currency":"KRW"}]})";
    s.f.sim->addFault(same);
    s.f.clock.advanceSecs(3600);
    s.billing()->refreshLive();
    QVERIFY(s.f.drive([&] { return !s.billing()->isLiveLoading(); }));
    s.f.clock.advanceSecs(2 * 3600);
    s.billing()->refreshLive();
    QVERIFY(s.f.drive([&] { return !s.billing()->isLiveLoading(); }));
    QCOMPARE(s.billing()->live()->price, 777'000);
    // Stored once, but the second reading's time is what the projection and the line use.
    const QList<LiveSample> samples = s.billing()->monthSamples();
    QCOMPARE(samples.last().readAtMs, s.billing()->liveReadAtMs());
    QCOMPARE(samples.last().price, 777'000);
    QCOMPARE(s.billing()->samples()->period(month).last().price, 777'000);
    QVERIFY(s.billing()->samples()->period(month).last().readAtMs < s.billing()->liveReadAtMs());
}

void TstBilling::aBudgetIsWatchedWhileThePageIsHiddenAndSaidAgainNextMonth()
{
    Setup s;
    s.window->refreshIntervalCombo()->setCurrentIndex(2); // every minute
    s.window->showPage(Resource::Instances);
    QVERIFY(!s.window->isBillingShown());
    QSignalSpy passed(s.billing(), &BillingSession::budgetPassed);
    s.billing()->setBudget(1);
    QCOMPARE(passed.size(), 1);
    // Hidden, the live bill is still read now and then (not every minute) to watch the budget.
    const qint64 start = s.f.clock.nowMs();
    const int before = s.f.sim->count(u"GET"_s, u"/v1/bill/live"_s);
    QVERIFY(s.f.drive([&] { return s.f.sim->count(u"GET"_s, u"/v1/bill/live"_s) > before; }));
    const qint64 waited = s.f.clock.nowMs() - start;
    QVERIFY2(waited >= BillingSession::kBudgetWatchMs - 1000, qPrintable(QString::number(waited)));
    QCOMPARE(passed.size(), 1); // once a month
    // Next month, it is said again.
    const QDate next = BillProjection::monthOf(s.f.clock.nowMs()).addMonths(1);
    s.f.clock.advanceMs(QDateTime(next, QTime(12, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch()
                        - s.f.clock.nowMs());
    s.billing()->refreshLive();
    QVERIFY(s.f.drive([&] { return passed.size() == 2; }));
}

void TstBilling::theBurnLineIsDrawnByDayOfTheMonth()
{
    const QDate month(2026, 7, 1);
    const QTimeZone kst(9 * 3600);
    const qint64 fifteenth = QDateTime(QDate(2026, 7, 15), QTime(0, 0), kst).toMSecsSinceEpoch();
    LiveSample sample {fifteenth, month, QDate(2026, 7, 15), 140'000};
    const Projection p = BillProjection::project({sample}, fifteenth, 300'000);
    std::unique_ptr<QChart> chart(
            BillCharts::burn({sample}, p, fifteenth, std::nullopt, false, QPalette()));
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    QVERIFY(line);
    QCOMPARE(line->at(1).x(), 15.0);
    QCOMPARE(line->at(1).y(), 140'000.0);
    auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(axis->min(), 1.0);
    QCOMPARE(axis->max(), 32.0); // July has 31 days: it ends at the 32nd's midnight
}

void TstBilling::theRunningCostPricesAsTheSpecTablesDo()
{
    Flavor hourly;
    hourly.id = u"f"_s;
    hourly.full = {u"hour"_s, 30, 3, 33, true, false};
    hourly.partial = {QString(), 20'000, 2'000, 22'000, true, false};
    QCOMPARE(RunningCost::monthlyPrice(hourly), Pricing::monthly(hourly));
    Instance in;
    in.id = u"i"_s;
    in.flavor.id = u"f"_s;
    in.status = u"off"_s;
    const RunningCost cost = RunningCost::of({in}, {hourly});
    QCOMPARE(cost.servers.first().monthly,
             Pricing::monthly(hourly).known ? Pricing::monthly(hourly).price : 0);
    QVERIFY(cost.servers.first().monthly != 30); // never the hourly price as the monthly one
    QCOMPARE(cost.stoppedCount, 1);
}

void TstBilling::theCsvFollowsTheList()
{
    Setup s;
    s.page()->showTab(BillingPage::Tab::Bills);
    auto *type = s.page()->findChild<QComboBox *>(u"typeFilter"_s);
    type->setCurrentIndex(type->findData(u"prepaid"_s));
    QTemporaryDir dir;
    QString error;
    QVERIFY(s.page()->exportCsv(dir.filePath(u"b.csv"_s), dir.filePath(u"i.csv"_s), &error));
    QFile bills(dir.filePath(u"b.csv"_s));
    QVERIFY(bills.open(QIODevice::ReadOnly));
    QCOMPARE(bills.readAll().count('\n'), 2); // the header and the one prepaid bill
    QCOMPARE(s.page()->itemsExported(), 0);
}

void TstBilling::aLargeAccountsAmountsPass32Bits()
{
    SimOptions options = SimFixture::testOptions();
    options.billScale = 10'000; // tens of billions of won a month
    Setup s(options);
    qint64 price = 0;
    qint64 largest = 0;
    for (const Bill &b : s.f.sim->state().bills) {
        if (b.type == u"prepaid"_s)
            continue;
        price += b.price;
        largest = std::max(largest, b.price);
    }
    QVERIFY(largest > std::numeric_limits<qint32>::max());
    // Read over HTTP, summed in the chart, shown and exported as they are.
    qint64 read = 0;
    for (const Bill &b : s.billing()->bills()) {
        if (b.type != u"prepaid"_s)
            read += b.price;
    }
    QCOMPARE(read, price);
    QVERIFY(s.billing()->live()->price > std::numeric_limits<qint32>::max());
    QList<QBarSet *> sets = s.sets(s.page()->monthlyChart());
    QCOMPARE(qint64(Setup::sum(sets.at(0)) + Setup::sum(sets.at(1))), price);
    const Bill &top = s.billing()->bills().first();
    QCOMPARE(s.page()->bills()->index(0, int(BillModel::Column::Price)).data().toString(),
             Format::money(top.price));
    QTemporaryDir dir;
    QString error;
    QVERIFY(s.page()->exportCsv(dir.filePath(u"b.csv"_s), QString(), &error));
    QFile csv(dir.filePath(u"b.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readAll().contains(QByteArray::number(top.price)));
    const Projection p = s.billing()->projection();
    QVERIFY(p.isValid() && p.expected > std::numeric_limits<qint32>::max());
}

QTEST_MAIN(TstBilling)
#include "tst_billing.moc"
