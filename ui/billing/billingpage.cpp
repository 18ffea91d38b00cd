#include "billingpage.h"

#include "billcharts.h"
#include "billdetailpane.h"
#include "billing/billcsv.h"
#include "billing/billingsession.h"
#include "billing/livesample.h"
#include "billing/runningcost.h"
#include "billing/samplestore.h"
#include "billlistview.h"
#include "errortext.h"
#include "models/billmodel.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "servercostview.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "settings/settingskeys.h"
#include "util/filewrite.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QLabel *cardLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QFrame *card(QWidget *parent, const QString &title, QLabel *body)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    auto *heading = new QLabel(title, frame);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(body, 1);
    return frame;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QString why;
    if (FileWrite::atomically(path, bytes, &why))
        return true;
    *error = BillingPage::tr("%1 could not be saved: %2").arg(path, why);
    return false;
}

} // namespace

BillingPage::BillingPage(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_list(new BillListView(session, this)),
      m_costs(new ServerCostView(session, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Billing"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_status = cardLabel(this, u"billingStatus"_s);
    m_status->setWordWrap(false);
    m_vat = new QCheckBox(tr("Amounts with VAT"), this);
    m_vat->setObjectName(u"vatSwitch"_s);
    m_vat->setChecked(QSettings().value(SettingsKeys::billingWithVat(), false).toBool());
    m_budget = new QPushButton(tr("Budget…"), this);
    m_budget->setObjectName(u"budgetButton"_s);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"billingExportButton"_s);
    header->addWidget(title);
    header->addWidget(m_status, 1);
    header->addWidget(m_vat);
    header->addWidget(m_budget);
    header->addWidget(exportButton);
    layout->addLayout(header);
    m_samplesNote = cardLabel(this, u"samplesNote"_s);
    m_samplesNote->hide();
    layout->addWidget(m_samplesNote);
    layout->addWidget(buildCards());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"billingTabs"_s);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(m_list, tr("Bills and payments"));
    m_tabs->addTab(m_costs, tr("Servers"));
    connect(m_list, &BillListView::openResource, this, &BillingPage::openResource);
    connect(m_costs, &ServerCostView::openResource, this, &BillingPage::openResource);
    layout->addWidget(m_tabs, 1);

    connect(m_vat, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(SettingsKeys::billingWithVat(), on);
        updateLive();
        updateCharts(Charts::Both);
    });
    connect(m_budget, &QPushButton::clicked, this, &BillingPage::askBudget);
    connect(exportButton, &QPushButton::clicked, this, &BillingPage::exportWithDialog);
    BillingSession *billing = session->billing();
    connect(billing, &BillingSession::liveChanged, this, [this] {
        updateLive();
        updateCharts(Charts::Burn);
    });
    connect(billing, &BillingSession::billsChanged, this, [this] {
        if (m_session->billing()->isBillsLoading())
            return; // only "loading": nothing to draw yet
        updateLive();
        updateCharts(Charts::Both); // the last bill weighs in the projection too
    });
    connect(billing, &BillingSession::budgetChanged, this, [this] {
        updateLive();
        updateCharts(Charts::Burn);
    });
    connect(billing, &BillingSession::samplesUnavailable, this, &BillingPage::updateNote);
    for (Resource r : {Resource::Instances, Resource::Flavors, Resource::BlockStorage}) {
        connect(session->store(r), &ResourceStore::refreshed, this, [this] {
            if (!m_shown) {
                m_stale = true;
                return;
            }
            m_costs->update();
            updateLive();
            m_list->updateDetail(); // an item links to its resource once that is listed
        });
    }
    connect(session, &AccountSession::accountChanged, this, [this] {
        // Another account: its own bills, from scratch; the filters of the last one go.
        m_list->reset();
        updateNote();
        updateLive();
        updateCharts(Charts::Both);
        m_list->updateList();
        m_costs->update();
        if (m_shown)
            setShown(true); // reads what the new account lacks
    });
    updateNote();
    updateLive();
    updateCharts(Charts::Both);
    m_list->updateList();
    m_costs->update();
}

void BillingPage::updateNote()
{
    const QString problem = m_session->billing()->samplesProblem();
    m_samplesNote->setText(problem.isEmpty()
                                   ? QString()
                                   : tr("The history of the live bill cannot be kept: %1 The "
                                        "page works without it.")
                                             .arg(problem));
    m_samplesNote->setVisible(!problem.isEmpty());
}

BillingPage::~BillingPage() = default;

QWidget *BillingPage::buildCards()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_live = cardLabel(row, u"liveCard"_s);
    m_projection = cardLabel(row, u"projectionCard"_s);
    m_cost = cardLabel(row, u"costCard"_s);
    layout->addWidget(card(row, tr("This month so far"), m_live), 1);
    layout->addWidget(card(row, tr("Month end"), m_projection), 1);
    auto *costCard = card(row, tr("Servers a month"), m_cost);
    auto *stopped = new QPushButton(tr("Show stopped servers"), costCard);
    stopped->setObjectName(u"showStoppedButton"_s);
    stopped->setFlat(true);
    connect(stopped, &QPushButton::clicked, this, [this] {
        m_costs->showStoppedOnly(true);
        showTab(Tab::Servers);
    });
    costCard->layout()->addWidget(stopped);
    layout->addWidget(costCard, 1);
    return row;
}

QWidget *BillingPage::buildOverview()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    m_monthly = new QChartView(page);
    m_monthly->setObjectName(u"monthlyChart"_s);
    m_burn = new QChartView(page);
    m_burn->setObjectName(u"burnChart"_s);
    for (QChartView *v : {m_monthly, m_burn}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(360, 260);
    }
    layout->addWidget(m_monthly, 3);
    layout->addWidget(m_burn, 2);
    return page;
}

void BillingPage::setShown(bool shown)
{
    m_shown = shown;
    BillingSession *billing = m_session->billing();
    billing->setActive(shown);
    if (!shown)
        return;
    if (m_stale || m_chartsStale) {
        m_stale = false;
        updateLive();
        m_costs->update();
        m_list->updateDetail();
        updateCharts(Charts::Both);
    }
    if (!billing->live() && !billing->isLiveLoading())
        billing->refreshLive(Priority::Read);
    if (!billing->billsRead() && !billing->isBillsLoading())
        billing->refreshBills();
    // The running costs need the servers and their specs (the stores' data when fresh).
    m_session->store(Resource::Instances)->refreshIfStale();
    m_session->store(Resource::Flavors)->refreshIfStale();
}

void BillingPage::refresh()
{
    m_session->billing()->refresh(true);
    if (m_session->billing()->hasQuery())
        m_session->billing()->setQuery(m_session->billing()->query());
}

void BillingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

bool BillingPage::withVat() const
{
    return m_vat->isChecked();
}

void BillingPage::setWithVat(bool on)
{
    m_vat->setChecked(on);
}

QString BillingPage::liveText() const
{
    return m_live->text();
}

QString BillingPage::projectionText() const
{
    return m_projection->text();
}

QString BillingPage::costText() const
{
    return m_cost->text();
}

QString BillingPage::listMessage() const
{
    return m_list->listMessage();
}

bool BillingPage::selectBill(const QString &billId)
{
    return m_list->selectBill(billId);
}

BillDetailPane *BillingPage::detail() const
{
    return m_list->detail();
}

BillModel *BillingPage::bills() const
{
    return m_list->model();
}

QTableView *BillingPage::billTable() const
{
    return m_list->table();
}

QTableWidget *BillingPage::serverTable() const
{
    return m_costs->table();
}

QString BillingPage::currentBillId() const
{
    return m_list->currentBillId();
}

void BillingPage::updateLive()
{
    BillingSession *billing = m_session->billing();
    const bool vat = withVat();
    const auto money
            = [vat](qint64 amount) { return Format::money(BillCharts::shown(amount, vat)); };
    // The live bill.
    QStringList live;
    if (const std::optional<LiveBill> &l = billing->live()) {
        //: %1 the amount without VAT, %2 with VAT
        live << tr("%1 (VAT excluded) · %2 with VAT")
                        .arg(Format::money(l->price),
                             Format::money(BillCharts::shown(l->price, true)));
        //: %1 and %2 are the live bill's first and last day
        live << tr("%1 – %2").arg(l->startDate.left(10), l->endDate.left(10));
        live << tr("Read %1").arg(Format::clockTime(
                QDateTime::fromMSecsSinceEpoch(billing->liveReadAtMs()), Format::Detail::DateTime));
        // An older reading stays on screen; why the last one failed is said under it.
        if (billing->liveError().isError())
            live << (BillingSession::isNotForThisKey(billing->liveError())
                             ? tr("Not available for this access key.")
                             : ErrorText::describe(billing->liveError()));
    } else if (billing->isLiveLoading()) {
        live << tr("Reading the live bill…");
    } else if (billing->liveError().isError()) {
        live << (BillingSession::isNotForThisKey(billing->liveError())
                         ? tr("Not available for this access key.")
                         : ErrorText::describe(billing->liveError()));
    } else {
        live << tr("Not read yet.");
    }
    m_live->setText(live.join(u'\n'));
    // Where the month is heading.
    QStringList ahead;
    const Projection p = billing->projection();
    if (p.isValid()) {
        //: %1 the expected month-end amount, %2 and %3 its likely range
        ahead << tr("About %1 (between %2 and %3)")
                         .arg(money(p.expected), money(p.low), money(p.high));
        switch (p.basis) {
        case Projection::Basis::LastBill:
            ahead << tr("From last month's bill: too early in the month to tell from this one.");
            break;
        case Projection::Basis::Blend:
            ahead << tr("From this month so far and last month's bill.");
            break;
        case Projection::Basis::Samples:
            ahead << tr("From how this month has gone so far.");
            break;
        case Projection::Basis::None:
            break;
        }
        ahead << p.reasons;
    } else {
        ahead << tr("No projection yet: it needs a reading of the live bill.");
    }
    if (const std::optional<qint64> budget = billing->budget()) {
        if (p.isValid() && p.expected > *budget)
            //: %1 the budget, %2 by how much the projection passes it
            ahead << tr("Over the budget of %1 by about %2.")
                             .arg(money(*budget), money(p.expected - *budget));
        else
            ahead << tr("Budget: %1 a month.").arg(money(*budget));
    }
    m_projection->setText(ahead.join(u'\n'));
    QPalette pal = m_projection->palette();
    const bool over = billing->budget() && p.isValid() && p.expected > *billing->budget();
    pal.setColor(QPalette::WindowText,
                 over ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    m_projection->setPalette(pal);
    // Servers.
    const RunningCost cost
            = RunningCost::of(m_session->instances()->items(), m_session->flavors()->items());
    QStringList costLines;
    if (!m_session->store(Resource::Instances)->hasData()) {
        costLines << tr("Reading the servers…");
    } else {
        //: %1 the amount a month, %2 the number of servers
        costLines << tr("%1 a month for %n server(s)", nullptr, int(cost.servers.size()))
                             .arg(money(cost.total));
        if (cost.stoppedCount > 0)
            costLines << tr("%n stopped server(s) still cost %1 a month.", nullptr,
                            cost.stoppedCount)
                                 .arg(money(cost.stoppedTotal));
        if (cost.unpriced > 0)
            costLines << tr("%n server(s) without a known price are not counted.", nullptr,
                            cost.unpriced);
    }
    m_cost->setText(costLines.join(u'\n'));
    // The header: how fresh, and what went wrong.
    if (billing->liveReadAtMs() > 0)
        m_status->setText(
                tr("Live bill read %1")
                        .arg(Format::age(billing->clock()->nowMs() - billing->liveReadAtMs())));
    else
        m_status->clear();
}

void BillingPage::updateCharts(Charts which)
{
    // Charts are drawn for the page on screen; a hidden page draws them when it is shown.
    if (!m_shown) {
        m_chartsStale = true;
        return;
    }
    m_chartsStale = false;
    BillingSession *billing = m_session->billing();
    const QPalette pal = palette();
    if (which != Charts::Monthly)
        updateBurn();
    if (which == Charts::Burn)
        return;
    const QList<BillCharts::Month> months = BillCharts::months(billing->bills());
    QChart *monthly = BillCharts::monthly(months, withVat(), pal);
    const auto sets = [](QChart *chart) {
        QList<QBarSet *> out;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
                out += bars->barSets();
        }
        return out;
    };
    for (QBarSet *set : sets(monthly)) {
        connect(set, &QBarSet::clicked, this, [this, months](int index) {
            if (index < 0 || index >= months.size())
                return;
            showTab(Tab::Bills);
            if (!selectBill(months.at(index).billId))
                Q_EMIT message(tr("That bill is not in the list as filtered now."));
        });
        connect(set, &QBarSet::hovered, this, [this, months](bool on, int index) {
            if (!on || index < 0 || index >= months.size()) {
                QToolTip::hideText();
                return;
            }
            const BillCharts::Month &m = months.at(index);
            //: a month's bill in the chart's tooltip
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 + VAT %3 = %4%5")
                                       .arg(m.month.toString(u"yyyy-MM"_s), Format::money(m.price),
                                            Format::money(m.vat), Format::money(m.price + m.vat),
                                            m.unpaid ? tr(" (not paid yet)") : QString()));
        });
    }
    BillCharts::install(m_monthly, monthly);
}

void BillingPage::updateBurn()
{
    BillingSession *billing = m_session->billing();
    const QList<LiveSample> samples = billing->monthSamples();
    QChart *burn = BillCharts::burn(samples, billing->projection(), billing->clock()->nowMs(),
                                    billing->budget(), withVat(), palette());
    for (QAbstractSeries *series : burn->series()) {
        auto *line = qobject_cast<QLineSeries *>(series);
        if (!line)
            continue;
        const QString name = line->name();
        connect(line, &QLineSeries::hovered, this, [name](const QPointF &point, bool on) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            //: a point of the burn chart: the line, the day of the month, the amount
            QToolTip::showText(QCursor::pos(),
                               tr("%1, day %2: %3")
                                       .arg(name)
                                       .arg(int(point.x()))
                                       .arg(Format::money(qint64(point.y()))));
        });
    }
    BillCharts::install(m_burn, burn);
}

void BillingPage::askBudget()
{
    BillingSession *billing = m_session->billing();
    const QString profile = billing->profileId();
    bool ok = false;
    // A double holds every won amount up to 2^53 exactly: far above any monthly budget.
    constexpr double kMax = 1e15;
    const double amount = QInputDialog::getDouble(
            this, tr("Monthly budget"),
            tr("A budget for this account, in won a month, VAT excluded (0 for none). The page "
               "compares the month-end projection with it and says once a month when the "
               "projection passes it."),
            double(billing->budget().value_or(0)), 0, kMax, 0, &ok, Qt::WindowFlags(), 10'000);
    // The dialog waits in its own loop: another account may have opened meanwhile.
    if (billing->profileId() != profile) {
        Q_EMIT message(tr("Another account was opened: the budget was not changed."));
        return;
    }
    if (ok)
        billing->setBudget(amount >= 1 ? std::optional<qint64>(qint64(amount)) : std::nullopt);
}

bool BillingPage::exportCsv(const QString &billsPath, const QString &itemsPath,
                            QString *error) const
{
    // The bills as listed (the filters applied); the items of those whose details were read.
    BillingSession *billing = m_session->billing();
    const QList<Bill> &bills = m_list->model()->shown();
    QList<Bill> detailed;
    for (const Bill &b : bills) {
        if (const Bill *d = billing->detail(b.id))
            detailed.append(*d);
    }
    return writeFile(billsPath, BillCsv::bills(bills), error)
            && (itemsPath.isEmpty() || writeFile(itemsPath, BillCsv::items(detailed), error));
}

int BillingPage::itemsExported() const
{
    int n = 0;
    for (const Bill &b : m_list->model()->shown())
        n += m_session->billing()->detail(b.id) ? 1 : 0;
    return n;
}

bool BillingPage::exportCharts(const QString &monthlyPath, const QString &burnPath,
                               const QString &billStem) const
{
    bool ok = m_monthly->grab().save(monthlyPath, "PNG") && m_burn->grab().save(burnPath, "PNG");
    // The breakdown of the bill open on the Bills tab, when there is one.
    if (!billStem.isEmpty() && m_session->billing()->detail(m_list->currentBillId())) {
        ok = detail()->groupChart()->grab().save(billStem + u"-kinds.png"_s, "PNG") && ok;
        ok = detail()->itemChart()->grab().save(billStem + u"-items.png"_s, "PNG") && ok;
    }
    return ok;
}

void BillingPage::exportWithDialog()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
            = QFileDialog::getSaveFileName(this, tr("Export bills"), dir + u"/iwinv-bills.csv"_s,
                                           tr("CSV (*.csv);;Charts as PNG (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = true;
    if (path.endsWith(u".png"_s, Qt::CaseInsensitive)) {
        QString stem = path;
        stem.chop(4);
        ok = exportCharts(stem + u"-monthly.png"_s, stem + u"-this-month.png"_s, stem + u"-bill"_s);
        if (!ok)
            error = tr("The charts could not be saved in %1.").arg(path);
    } else {
        QString stem = path;
        if (stem.endsWith(u".csv"_s, Qt::CaseInsensitive))
            stem.chop(4);
        ok = exportCsv(stem + u".csv"_s, stem + u"-items.csv"_s, &error);
        if (ok) {
            //: %1 bills were exported, the items of %2 of them (those whose details were read)
            Q_EMIT message(tr("Saved %1 bills, and the items of the %2 whose details were read "
                              "(open a bill to read its items).")
                                   .arg(m_list->model()->shown().size())
                                   .arg(itemsExported()));
            return;
        }
    }
    Q_EMIT message(ok ? tr("Saved.") : error);
}

void BillingPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateCharts(Charts::Both);
}
