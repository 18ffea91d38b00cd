#include "billingpage.h"

#include "billcharts.h"
#include "billdetailpane.h"
#include "billing/billcsv.h"
#include "billing/billingsession.h"
#include "billing/livesample.h"
#include "billing/runningcost.h"
#include "billing/samplestore.h"
#include "errortext.h"
#include "models/billmodel.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "settings/settingskeys.h"

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
#include <QSaveFile>
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
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = BillingPage::tr("%1 could not be saved: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

//! The bill table as sorted, its unpaid bills in the warning colour and bold.
class BillSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool unpaid = QSortFilterProxyModel::data(index, BillModel::UnpaidRole).toBool();
        if (unpaid && role == Qt::ForegroundRole)
            return QColor(0xc6, 0x28, 0x28);
        if (unpaid && role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

std::optional<qint64> amountOf(const QLineEdit *edit)
{
    QString digits = edit->text();
    digits.remove(u',');
    digits.remove(u'원');
    digits = digits.trimmed();
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    return ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
}
} // namespace

BillingPage::BillingPage(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new BillModel(this))
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
    m_tabs->addTab(buildBills(), tr("Bills and payments"));
    m_tabs->addTab(buildServers(), tr("Servers"));
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
    connect(billing, &BillingSession::listedChanged, this, &BillingPage::updateList);
    connect(billing, &BillingSession::detailChanged, this, [this](const QString &id) {
        if (id == m_billId)
            updateDetail();
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
            updateServers();
            updateLive();
            updateDetail(); // an item links to its resource once that is listed
        });
    }
    connect(session, &AccountSession::accountChanged, this, [this] {
        // Another account: its own bills, from scratch; the filters of the last one go.
        m_billId.clear();
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_minPrice->clear();
        m_maxPrice->clear();
        m_type->setCurrentIndex(0);
        m_payment->setCurrentIndex(0);
        updateNote();
        updateLive();
        updateCharts(Charts::Both);
        updateList();
        updateServers();
        if (m_shown)
            setShown(true); // reads what the new account lacks
    });
    updateNote();
    updateLive();
    updateCharts(Charts::Both);
    updateList();
    updateServers();
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
        m_stoppedOnly->setChecked(true);
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

QWidget *BillingPage::buildBills()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *filters = new QHBoxLayout;
    m_from = new QDateEdit(page);
    m_to = new QDateEdit(page);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(u"yyyy-MM-dd"_s);
        d->setSpecialValueText(tr("any"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setDate(d->minimumDate()); // "any"
    }
    m_from->setObjectName(u"fromDate"_s);
    m_to->setObjectName(u"toDate"_s);
    m_minPrice = new QLineEdit(page);
    m_maxPrice = new QLineEdit(page);
    for (QLineEdit *e : {m_minPrice, m_maxPrice}) {
        e->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9,]{0,19}"_s), e));
        e->setPlaceholderText(tr("any"));
        e->setMaximumWidth(120);
    }
    m_minPrice->setObjectName(u"minPrice"_s);
    m_maxPrice->setObjectName(u"maxPrice"_s);
    m_type = new QComboBox(page);
    m_type->setObjectName(u"typeFilter"_s);
    m_type->addItem(tr("All types"), QString());
    m_type->addItem(BillModel::typeText(u"regular"_s), u"regular"_s);
    m_type->addItem(BillModel::typeText(u"prepaid"_s), u"prepaid"_s);
    m_payment = new QComboBox(page);
    m_payment->setObjectName(u"paymentFilter"_s);
    m_payment->addItem(tr("Paid or not"), QString());
    m_payment->addItem(BillModel::paymentText(u"paid"_s), u"paid"_s);
    m_payment->addItem(BillModel::paymentText(u"unpaid"_s), u"unpaid"_s);
    auto *apply = new QPushButton(tr("Search"), page);
    apply->setObjectName(u"applyFilters"_s);
    auto *clear = new QPushButton(tr("Clear"), page);
    clear->setObjectName(u"clearFilters"_s);
    filters->addWidget(new QLabel(tr("Billed from"), page));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), page));
    filters->addWidget(m_to);
    //: the amount filter: from ... to ... (VAT excluded)
    filters->addWidget(new QLabel(tr("Amount (VAT excl.)"), page));
    filters->addWidget(m_minPrice);
    filters->addWidget(new QLabel(u"–"_s, page));
    filters->addWidget(m_maxPrice);
    filters->addWidget(apply);
    filters->addWidget(clear);
    filters->addSpacing(12);
    filters->addWidget(m_type);
    filters->addWidget(m_payment);
    filters->addStretch(1);
    layout->addLayout(filters);
    m_listMessage = cardLabel(page, u"listMessage"_s);
    layout->addWidget(m_listMessage);
    auto *split = new QSplitter(Qt::Horizontal, page);
    m_table = new QTableView(split);
    m_table->setObjectName(u"billTable"_s);
    auto *proxy = new BillSortProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BillModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(BillModel::Column::BillDate), Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(int(BillModel::Column::Name),
                                                      QHeaderView::Stretch);
    m_detail = new BillDetailPane(m_session, split);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    // The bill's items and its two charts need room: about half of the width each.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 640});
    m_detail->setMinimumWidth(420);
    layout->addWidget(split, 1);
    connect(apply, &QPushButton::clicked, this, &BillingPage::applyFilters);
    for (QLineEdit *e : {m_minPrice, m_maxPrice})
        connect(e, &QLineEdit::returnPressed, this, &BillingPage::applyFilters);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        m_minPrice->clear();
        m_maxPrice->clear();
        m_type->setCurrentIndex(0);
        m_payment->setCurrentIndex(0);
        applyFilters();
    });
    for (QComboBox *c : {m_type, m_payment}) {
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            m_model->setFilter(m_type->currentData().toString(),
                               m_payment->currentData().toString());
            updateList();
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_billId = rows.isEmpty() ? QString() : rows.first().data(BillModel::BillIdRole).toString();
        if (!m_billId.isEmpty())
            m_session->billing()->readDetail(m_billId);
        updateDetail();
    });
    connect(m_detail, &BillDetailPane::openResource, this, &BillingPage::openResource);
    return page;
}

QWidget *BillingPage::buildServers()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_stoppedOnly = new QCheckBox(tr("Only stopped servers (still billed)"), page);
    m_stoppedOnly->setObjectName(u"stoppedOnly"_s);
    m_servers = new QTableWidget(page);
    m_servers->setObjectName(u"serverCosts"_s);
    m_servers->setColumnCount(5);
    m_servers->setHorizontalHeaderLabels(
            {tr("Server"), tr("Status"), tr("Spec"), tr("A month"), tr("A month with VAT")});
    m_servers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_servers->verticalHeader()->hide();
    m_servers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servers->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *note = cardLabel(page, u"serverCostNote"_s);
    note->setText(tr("From each server's spec price. Block storage and traffic are billed on top: "
                     "the iwinv API gives no price for them. Double-click a server to open it."));
    layout->addWidget(m_stoppedOnly);
    layout->addWidget(m_servers, 1);
    layout->addWidget(note);
    connect(m_stoppedOnly, &QCheckBox::toggled, this, &BillingPage::updateServers);
    connect(m_servers, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_servers->item(row, 0))
            Q_EMIT openResource(item->data(Qt::UserRole).toString());
    });
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
        updateServers();
        updateDetail();
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
    return m_listMessage->isHidden() ? QString() : m_listMessage->text();
}

QString BillingPage::currentBillId() const
{
    return m_billId;
}

bool BillingPage::selectBill(const QString &billId)
{
    const int row = m_model->rowOf(billId);
    if (row < 0)
        return false;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    m_table->selectRow(proxy->mapFromSource(m_model->index(row, 0)).row());
    return m_billId == billId;
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

void BillingPage::updateList()
{
    BillingSession *billing = m_session->billing();
    const QString keep = m_billId;
    m_model->setBills(billing->listed());
    QString text;
    if (billing->hasQuery() ? billing->isQueryLoading() : billing->isBillsLoading()) {
        text = tr("Reading the bills…");
    } else if (const ApiError &e
               = billing->hasQuery() ? billing->queryError() : billing->billsError();
               e.isError()) {
        text = BillingSession::isNotForThisKey(e)
                ? tr("The bills are not available for this access key.")
                : ErrorText::describe(e);
    } else if (billing->listed().isEmpty() && (billing->billsRead() || billing->hasQuery())) {
        text = billing->hasQuery() ? tr("No bills match.") : tr("No bills yet.");
    } else if (m_model->rowCount() == 0 && !billing->listed().isEmpty()) {
        text = tr("No bills of this type or payment status.");
    }
    m_listMessage->setText(text);
    m_listMessage->setVisible(!text.isEmpty());
    if (!keep.isEmpty())
        selectBill(keep);
    updateDetail();
}

void BillingPage::updateDetail()
{
    BillingSession *billing = m_session->billing();
    const int row = m_model->rowOf(m_billId);
    const Bill *listed = m_model->billAt(row);
    if (!listed) {
        m_detail->showBill(nullptr, tr("Choose a bill to see its items."));
        return;
    }
    if (const Bill *full = billing->detail(m_billId)) {
        m_detail->showBill(full, QString());
        return;
    }
    QString why;
    if (billing->isDetailLoading(m_billId))
        why = tr("Reading its items…");
    else if (const ApiError e = billing->detailError(m_billId); e.isError())
        why = BillingSession::isNotForThisKey(e)
                ? tr("Its items are not available for this access key (iwinv allows them only "
                     "from the addresses the key is restricted to).")
                : ErrorText::describe(e);
    m_detail->showBill(listed, why);
}

void BillingPage::updateServers()
{
    const RunningCost cost
            = RunningCost::of(m_session->instances()->items(), m_session->flavors()->items());
    m_servers->setSortingEnabled(false);
    m_servers->setRowCount(0);
    for (const RunningCost::Server &s : cost.servers) {
        if (m_stoppedOnly->isChecked() && !s.stopped)
            continue;
        const int row = m_servers->rowCount();
        m_servers->insertRow(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_servers->setItem(row, 0, name);
        m_servers->setItem(row, 1, new QTableWidgetItem(StatusText::instance(s.status)));
        m_servers->setItem(row, 2, new QTableWidgetItem(s.spec));
        const QString unknown = tr("no price known");
        auto *monthly = new QTableWidgetItem(s.priced ? Format::money(s.monthly) : unknown);
        auto *withVatItem = new QTableWidgetItem(
                s.priced ? Format::money(BillCharts::shown(s.monthly, true)) : unknown);
        for (QTableWidgetItem *i : {monthly, withVatItem})
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_servers->setItem(row, 3, monthly);
        m_servers->setItem(row, 4, withVatItem);
    }
    m_servers->resizeColumnsToContents();
    m_servers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void BillingPage::applyFilters()
{
    BillingApi::Query q;
    if (m_from->date() != m_from->minimumDate())
        q.startDate = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        q.endDate = m_to->date();
    q.minPrice = amountOf(m_minPrice);
    q.maxPrice = amountOf(m_maxPrice);
    m_session->billing()->setQuery(q);
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
    const QList<Bill> &bills = m_model->shown();
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
    for (const Bill &b : m_model->shown())
        n += m_session->billing()->detail(b.id) ? 1 : 0;
    return n;
}

bool BillingPage::exportCharts(const QString &monthlyPath, const QString &burnPath,
                               const QString &billStem) const
{
    bool ok = m_monthly->grab().save(monthlyPath, "PNG") && m_burn->grab().save(burnPath, "PNG");
    // The breakdown of the bill open on the Bills tab, when there is one.
    if (!billStem.isEmpty() && m_session->billing()->detail(m_billId)) {
        ok = m_detail->groupChart()->grab().save(billStem + u"-kinds.png"_s, "PNG") && ok;
        ok = m_detail->itemChart()->grab().save(billStem + u"-items.png"_s, "PNG") && ok;
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
                                   .arg(m_model->shown().size())
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
