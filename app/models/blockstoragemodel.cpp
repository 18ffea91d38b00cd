#include "blockstoragemodel.h"

#include "domain/status.h"
#include "format.h"

#include <utility>

BlockStorageModel::BlockStorageModel(QObject *parent) : ResourceModel<BlockStorage>(parent)
{ }

void BlockStorageModel::setServerNames(NameLookup lookup, const QAbstractItemModel *servers)
{
    if (m_servers)
        disconnect(m_servers, nullptr, this, nullptr);
    m_serverNames = std::move(lookup);
    m_servers = servers;
    m_leavingServers.clear();
    if (servers) {
        // A server's name shows in its volumes' rows: renamed, listed for the first time or gone,
        // those rows change too (a proxy's cached search text and sort follow).
        connect(servers, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &from, const QModelIndex &to) {
                    serversChanged(serverIds(from.row(), to.row()));
                });
        connect(servers, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        serversChanged(serverIds(first, last));
                });
        connect(servers, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        m_leavingServers.unite(serverIds(first, last));
                });
        connect(servers, &QAbstractItemModel::rowsRemoved, this,
                [this] { serversChanged(std::exchange(m_leavingServers, {})); });
        connect(servers, &QAbstractItemModel::modelReset, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0, int(Column::Server)),
                                   index(rowCount() - 1, int(Column::Server)));
        });
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, int(Column::Server)),
                           index(rowCount() - 1, int(Column::Server)));
}

QSet<QString> BlockStorageModel::serverIds(int first, int last) const
{
    QSet<QString> ids;
    if (!m_servers)
        return ids;
    for (int row = first; row <= last; ++row)
        ids.insert(m_servers->index(row, 0).data(Roles::IdRole).toString());
    return ids;
}

void BlockStorageModel::serversChanged(const QSet<QString> &ids)
{
    if (ids.isEmpty())
        return;
    // One dataChanged per run of adjacent volumes on a changed server.
    const int column = int(Column::Server);
    int runStart = -1;
    for (int row = 0; row <= rowCount(); ++row) {
        const bool hit = row < rowCount() && !items().at(row).instanceId.isEmpty()
                && ids.contains(items().at(row).instanceId);
        if (hit && runStart < 0) {
            runStart = row;
        } else if (!hit && runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, column), index(row - 1, column));
            runStart = -1;
        }
    }
}

int BlockStorageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool BlockStorageModel::hasTransitional() const
{
    for (const BlockStorage &v : items()) {
        if (Status::isTransitional(Status::volume(v.status)))
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

QVariant BlockStorageModel::display(const BlockStorage &v, int column) const
{
    switch (Column(column)) {
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
        return Format::apiDateTime(v.createdAt);
    case Column::Id:
        return v.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant BlockStorageModel::sortValue(const BlockStorage &v, int column) const
{
    return Column(column) == Column::Size ? QVariant(v.sizeGb) : display(v, column);
}

QVariant BlockStorageModel::exportValue(const BlockStorage &v, int column) const
{
    return Column(column) == Column::Created ? QVariant(Format::isoDateTime(v.createdAt))
                                             : display(v, column);
}

QVariant BlockStorageModel::toolTip(const BlockStorage &v, int column) const
{
    if (Column(column) == Column::Name && !v.description.isEmpty())
        return v.description;
    if (Column(column) == Column::Server)
        return v.instanceId;
    return {};
}

std::optional<StatusText::Tone> BlockStorageModel::tone(const BlockStorage &v) const
{
    return StatusText::volumeTone(v.status);
}

QStringList BlockStorageModel::facets(const BlockStorage &v, int role) const
{
    switch (role) {
    case Roles::ZoneFacetRole:
        return {v.zoneId};
    case Roles::StatusFacetRole:
        return {v.status};
    case Roles::TypeFacetRole:
        return {v.type};
    default:
        return {};
    }
}

QString BlockStorageModel::header(int column) const
{
    switch (Column(column)) {
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
