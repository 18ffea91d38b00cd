#include "zonemodel.h"

#include "statustext.h"

using namespace Qt::StringLiterals;

ZoneModel::ZoneModel(QObject *parent) : ResourceModel<Zone>(parent) { }

int ZoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ZoneModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const Zone &z = at(index);
    const auto column = Column(index.column());
    QVariant text;
    switch (column) {
    case Column::Id:
        text = z.id;
        break;
    case Column::Name:
        text = z.name;
        break;
    case Column::Status:
        text = StatusText::availability(z.status);
        break;
    case Column::Notes:
        text = z.content.join(u" · "_s);
        break;
    case Column::Count:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Roles::SortRole:
        return text;
    case Roles::FilterRole:
        return text.toString();
    case Qt::ToolTipRole:
        return column == Column::Notes ? QVariant(z.content.join(u'\n')) : QVariant();
    case Roles::IdRole:
        return z.id;
    case Roles::StatusRole:
        return z.status;
    case Roles::StatusToneRole:
        return int(StatusText::availabilityTone(z.status));
    case Roles::StatusFacetRole:
        return QStringList{z.status};
    default:
        return {};
    }
}

QVariant ZoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Id:
        return tr("Zone");
    case Column::Name:
        return tr("Name");
    case Column::Status:
        return tr("Status");
    case Column::Notes:
        return tr("Notes");
    case Column::Count:
        break;
    }
    return {};
}
