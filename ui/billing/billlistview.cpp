#include "billlistview.h"

#include "billdetailpane.h"
#include "billing/billingsession.h"
#include "errortext.h"
#include "models/billmodel.h"
#include "session/accountsession.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
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

BillListView::BillListView(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new BillModel(this))
{
    QWidget *page = this;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
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
    m_listMessage = new QLabel(page);
    m_listMessage->setObjectName(u"listMessage"_s);
    m_listMessage->setTextFormat(Qt::PlainText);
    m_listMessage->setWordWrap(true);
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
    connect(apply, &QPushButton::clicked, this, &BillListView::applyFilters);
    for (QLineEdit *e : {m_minPrice, m_maxPrice})
        connect(e, &QLineEdit::returnPressed, this, &BillListView::applyFilters);
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
    connect(m_detail, &BillDetailPane::openResource, this, &BillListView::openResource);
    BillingSession *billing = session->billing();
    connect(billing, &BillingSession::listedChanged, this, &BillListView::updateList);
    connect(billing, &BillingSession::detailChanged, this, [this](const QString &id) {
        if (id == m_billId)
            updateDetail();
    });
    updateList();
}

QString BillListView::listMessage() const
{
    return m_listMessage->isHidden() ? QString() : m_listMessage->text();
}

void BillListView::reset()
{
    m_billId.clear();
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    m_minPrice->clear();
    m_maxPrice->clear();
    m_type->setCurrentIndex(0);
    m_payment->setCurrentIndex(0);
}

bool BillListView::selectBill(const QString &billId)
{
    const int row = m_model->rowOf(billId);
    if (row < 0)
        return false;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    m_table->selectRow(proxy->mapFromSource(m_model->index(row, 0)).row());
    return m_billId == billId;
}

void BillListView::updateList()
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

void BillListView::updateDetail()
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

void BillListView::applyFilters()
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
