#include "blockstoragemodel.h"

#include "format.h"
#include "statustext.h"

BlockStorageModel::BlockStorageModel(QObject *parent) : ResourceModel<BlockStorage>(parent) { }

void BlockStorageModel::setServerNames(NameLookup lookup)
{
    m_serverNames = std::move(lookup);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Server)), index(rowCount() - 1, int(Column::Server)));
}

int BlockStorageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool BlockStorageModel::hasTransitional() const
{
    for (const BlockStorage &v : items()) {
        if (StatusText::isTransitional(v.status))
            return true;
    }
    return false;
}

QString BlockStorageModel::serverName(const QString &id) const
{
    if (id.isEmpty())
        return {};
    const QString name = m_serverNames ? m_serverNames(id) : QString();
    return name.isEmpty() ? id : name;
}

QVariant BlockStorageModel::display(const BlockStorage &v, Column column) const
{
    switch (column) {
    case Column::Name:
        return v.name;
    case Column::Status:
        return StatusText::volume(v.status);
    case Column::Type:
        return v.type;
    case Column::Size:
        return Format::gigabytes(v.sizeGb);
    case Column::Zone:
        return v.zoneId;
    case Column::Server:
        return serverName(v.instanceId);
    case Column::Created:
        return Format::dateTime(v.createdAt);
    case Column::Id:
        return v.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant BlockStorageModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const BlockStorage &v = at(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(v, column);
    case Qt::ToolTipRole:
        if (column == Column::Name && !v.description.isEmpty())
            return v.description;
        if (column == Column::Server)
            return v.instanceId;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        if (column == Column::Size)
            return v.sizeGb;
        return display(v, column);
    case Roles::IdRole:
        return v.id;
    case Roles::StatusRole:
        return v.status;
    case Roles::StatusToneRole:
        return int(StatusText::volumeTone(v.status));
    case Roles::FilterRole:
        return display(v, column).toString();
    case Roles::ZoneFacetRole:
        return QStringList{v.zoneId};
    case Roles::StatusFacetRole:
        return QStringList{v.status};
    case Roles::TypeFacetRole:
        return QStringList{v.type};
    default:
        return {};
    }
}

QVariant BlockStorageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Type:
        return tr("Type");
    case Column::Size:
        return tr("Size");
    case Column::Zone:
        return tr("Zone");
    case Column::Server:
        return tr("Server");
    case Column::Created:
        return tr("Created");
    case Column::Id:
        return tr("Block storage ID");
    case Column::Count:
        break;
    }
    return {};
}
