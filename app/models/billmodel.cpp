#include "billmodel.h"

#include "format.h"

using namespace Qt::StringLiterals;

BillModel::BillModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void BillModel::setBills(const QList<Bill> &bills)
{
    m_all = bills;
    apply();
}

void BillModel::setFilter(const QString &type, const QString &status)
{
    m_type = type;
    m_status = status;
    apply();
}

void BillModel::apply()
{
    beginResetModel();
    m_shown.clear();
    for (const Bill &b : std::as_const(m_all)) {
        if (!m_type.isEmpty() && b.type != m_type)
            continue;
        if (!m_status.isEmpty() && (m_status == u"unpaid"_s) != isUnpaid(b))
            continue;
        m_shown.append(b);
    }
    endResetModel();
}

const Bill *BillModel::billAt(int row) const
{
    return row >= 0 && row < m_shown.size() ? &m_shown.at(row) : nullptr;
}

int BillModel::rowOf(const QString &billId) const
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == billId)
            return i;
    }
    return -1;
}

bool BillModel::isUnpaid(const Bill &bill)
{
    // An unpaid bill was never seen on the real server: its date_paid may be null or "".
    return bill.paymentStatus != u"paid"_s;
}

QString BillModel::typeText(const QString &type)
{
    if (type == u"regular"_s)
        return tr("Regular");
    if (type == u"prepaid"_s)
        return tr("Prepaid");
    return type;
}

QString BillModel::paymentText(const QString &status)
{
    if (status == u"paid"_s)
        return tr("Paid");
    if (status == u"unpaid"_s || status.isEmpty())
        return tr("Unpaid");
    return status;
}

int BillModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int BillModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BillModel::data(const QModelIndex &index, int role) const
{
    const Bill *b = billAt(index.row());
    if (!b)
        return {};
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::BillDate:
            return b->billDate.left(10);
        case Column::Name:
            return b->name;
        case Column::Type:
            return typeText(b->type);
        case Column::Payment:
            return paymentText(b->paymentStatus);
        case Column::Price:
            return Format::money(b->price);
        case Column::Vat:
            return Format::money(b->vat);
        case Column::Total:
            return Format::money(b->paymentPrice);
        case Column::Paid:
            return b->datePaid.isEmpty() ? QString() : b->datePaid.left(10);
        case Column::Count:
            break;
        }
        break;
    case SortRole:
        switch (column) {
        case Column::Price:
            return b->price;
        case Column::Vat:
            return b->vat;
        case Column::Total:
            return b->paymentPrice;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == Column::Price || column == Column::Vat || column == Column::Total)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case BillIdRole:
        return b->id;
    case UnpaidRole:
        return isUnpaid(*b);
    default:
        break;
    }
    return {};
}

QVariant BillModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::BillDate:
        return tr("Bill date");
    case Column::Name:
        return tr("Name");
    case Column::Type:
        return tr("Type");
    case Column::Payment:
        return tr("Payment");
    case Column::Price:
        return tr("Amount");
    case Column::Vat:
        return tr("VAT");
    case Column::Total:
        return tr("Incl. VAT");
    case Column::Paid:
        return tr("Paid on");
    case Column::Count:
        break;
    }
    return {};
}
