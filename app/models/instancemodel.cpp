#include "instancemodel.h"

#include "roles.h"
#include "statustext.h"

#include <QSet>

using namespace Qt::StringLiterals;

InstanceModel::InstanceModel(QObject *parent) : QAbstractTableModel(parent)
{ }

int InstanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant InstanceModel::display(const Instance &in, Column column) const
{
    switch (column) {
    case Column::Name:
        return in.name;
    case Column::Status:
        return StatusText::instance(in.status);
    case Column::Zone:
        return in.zoneId;
    case Column::Spec:
        return in.flavor.name.isEmpty() ? in.flavor.id : in.flavor.name;
    case Column::Vcpu:
        return in.flavor.vcpu > 0 ? QVariant(in.flavor.vcpu) : QVariant();
    case Column::Memory:
        return in.flavor.memoryGb > 0 ? tr("%1 GB").arg(in.flavor.memoryGb) : QString();
    case Column::Disk:
        return in.flavor.diskGb > 0 ? tr("%1 GB").arg(in.flavor.diskGb) : QString();
    case Column::Image:
        return in.image.name;
    case Column::PublicIp:
        return in.publicIps().join(u", "_s);
    case Column::PrivateIp:
        return in.privateIps().join(u", "_s);
    case Column::Created:
        return in.startDate.left(16);
    case Column::Id:
        return in.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant InstanceModel::sortValue(const Instance &in, Column column) const
{
    switch (column) {
    case Column::Vcpu:
        return in.flavor.vcpu;
    case Column::Memory:
        return in.flavor.memoryGb;
    case Column::Disk:
        return in.flavor.diskGb;
    case Column::Status:
        return in.status;
    case Column::Name:
    case Column::Zone:
    case Column::Spec:
    case Column::Image:
    case Column::PublicIp:
    case Column::PrivateIp:
    case Column::Created:
    case Column::Id:
    case Column::Count:
        return display(in, column);
    }
    return {};
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Instance &in = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(in, column);
    case Qt::ToolTipRole:
        if (column == Column::Status)
            return in.status;
        if (column == Column::Name && !in.description.isEmpty())
            return in.description;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Vcpu || column == Column::Memory || column == Column::Disk)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        return sortValue(in, column);
    case Roles::IdRole:
        return in.id;
    case Roles::StatusRole:
        return in.status;
    case Roles::FilterRole:
        return display(in, column).toString();
    default:
        return {};
    }
}

QVariant InstanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Zone:
        return tr("Zone");
    case Column::Spec:
        return tr("Spec");
    case Column::Vcpu:
        return tr("vCPU");
    case Column::Memory:
        return tr("Memory");
    case Column::Disk:
        return tr("Disk");
    case Column::Image:
        return tr("OS");
    case Column::PublicIp:
        return tr("Public IP");
    case Column::PrivateIp:
        return tr("Private IP");
    case Column::Created:
        return tr("Created");
    case Column::Id:
        return tr("Server ID");
    case Column::Count:
        break;
    }
    return {};
}

void InstanceModel::merge(const QList<Instance> &instances)
{
    QHash<QString, const Instance *> incoming;
    incoming.reserve(instances.size());
    for (const Instance &in : instances)
        incoming.insert(in.id, &in);

    // Remove rows that are gone, in contiguous runs from the bottom.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incoming.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // Update rows that changed, signalling contiguous runs.
    int runStart = -1;
    auto flush = [this, &runStart](int end) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, 0), index(end, int(Column::Count) - 1));
        runStart = -1;
    };
    for (int row = 0; row < m_rows.size(); ++row) {
        const Instance *fresh = incoming.value(m_rows.at(row).id);
        if (!(*fresh == m_rows.at(row))) {
            m_rows[row] = *fresh;
            if (runStart < 0)
                runStart = row;
        } else {
            flush(row - 1);
        }
    }
    flush(int(m_rows.size()) - 1);

    // Append new rows in the server's order.
    QList<Instance> added;
    QSet<QString> seen;
    for (const Instance &in : instances) {
        if (!m_index.contains(in.id) && !seen.contains(in.id)) {
            added.append(in);
            seen.insert(in.id);
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int row = first; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).id, row);
        endInsertRows();
    }
}

void InstanceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
}

const Instance *InstanceModel::instance(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Instance *InstanceModel::find(const QString &id) const
{
    return instance(rowOf(id));
}

int InstanceModel::rowOf(const QString &id) const
{
    return m_index.value(id, -1);
}

void InstanceModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).id, row);
}
