#include "imagemodel.h"

#include "statustext.h"

using namespace Qt::StringLiterals;

ImageModel::ImageModel(QObject *parent) : ResourceModel<Image>(parent) { }

int ImageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ImageModel::visibilityText(const QString &visibility)
{
    if (visibility == u"public"_s)
        return tr("Public");
    if (visibility == u"private"_s)
        return tr("MY");
    return visibility;
}

QString ImageModel::kindText(const QString &kind)
{
    const QString k = kind.toLower();
    if (k == u"os"_s)
        return tr("OS");
    if (k == u"solution"_s)
        return tr("Solution");
    if (k == u"gpu"_s)
        return tr("GPU");
    if (k == u"vdi"_s)
        return tr("VDI");
    return kind;
}

QVariant ImageModel::display(const Image &i, Column column) const
{
    switch (column) {
    case Column::Name:
        return i.displayName();
    case Column::Os:
        return i.osType;
    case Column::Version:
        return i.osVersion;
    case Column::Kind:
        return kindText(i.osKind);
    case Column::Visibility:
        return visibilityText(i.visibility);
    case Column::Zones:
        return i.zones.join(u", "_s);
    case Column::Status:
        return StatusText::availability(i.status.isEmpty() ? i.osStatus : i.status);
    case Column::Id:
        return i.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ImageModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const Image &i = at(index);
    const auto column = Column(index.column());
    const QString status = i.status.isEmpty() ? i.osStatus : i.status;
    switch (role) {
    case Qt::DisplayRole:
        return display(i, column);
    case Qt::ToolTipRole:
        if (column == Column::Name)
            return i.osContent.join(u'\n');
        return {};
    case Roles::SortRole:
        return display(i, column);
    case Roles::IdRole:
        return i.id;
    case Roles::StatusRole:
        return status;
    case Roles::StatusToneRole:
        return int(StatusText::availabilityTone(status));
    case Roles::FilterRole:
        return display(i, column).toString();
    case Roles::ZoneFacetRole:
        return i.zones;
    case Roles::OsFacetRole:
        return QStringList{i.osType};
    case Roles::TypeFacetRole:
        return QStringList{i.osKind.toLower()};
    case Roles::VisibilityFacetRole:
        return QStringList{i.visibility};
    default:
        return {};
    }
}

QVariant ImageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Os:
        return tr("OS");
    case Column::Version:
        return tr("Version");
    case Column::Kind:
        return tr("Kind");
    case Column::Visibility:
        return tr("Visibility");
    case Column::Zones:
        return tr("Zones");
    case Column::Status:
        return tr("Status");
    case Column::Id:
        return tr("Image ID");
    case Column::Count:
        break;
    }
    return {};
}
