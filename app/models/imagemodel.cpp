#include "imagemodel.h"

#include "statustext.h"

using namespace Qt::StringLiterals;

ImageModel::ImageModel(QObject *parent) : ResourceModel<Image>(parent)
{ }

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

QVariant ImageModel::display(const Image &i, int column) const
{
    switch (Column(column)) {
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
        return StatusText::availability(status(i));
    case Column::Id:
        return i.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ImageModel::toolTip(const Image &i, int column) const
{
    return Column(column) == Column::Name ? QVariant(i.osContent.join(u'\n')) : QVariant();
}

QString ImageModel::status(const Image &i) const
{
    return i.status.isEmpty() ? i.osStatus : i.status;
}

std::optional<StatusText::Tone> ImageModel::tone(const Image &i) const
{
    return StatusText::availabilityTone(status(i));
}

QStringList ImageModel::facets(const Image &i, int role) const
{
    switch (role) {
    case Roles::ZoneFacetRole:
        return i.zones;
    case Roles::OsFacetRole:
        return {i.osType};
    case Roles::TypeFacetRole:
        return {i.osKind.toLower()};
    case Roles::VisibilityFacetRole:
        return {i.visibility};
    default:
        return {};
    }
}

QString ImageModel::header(int column) const
{
    switch (Column(column)) {
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
