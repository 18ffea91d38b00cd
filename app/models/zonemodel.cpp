#include "zonemodel.h"

#include "statustext.h"

using namespace Qt::StringLiterals;

ZoneModel::ZoneModel(QObject *parent) : ResourceModel<Zone>(parent)
{ }

int ZoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ZoneModel::display(const Zone &z, int column) const
{
    switch (Column(column)) {
    case Column::Id:
        return z.id;
    case Column::Name:
        return z.name;
    case Column::Status:
        return StatusText::availability(z.status);
    case Column::Notes:
        return z.content.join(u" · "_s);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ZoneModel::toolTip(const Zone &z, int column) const
{
    return Column(column) == Column::Notes ? QVariant(z.content.join(u'\n')) : QVariant();
}

std::optional<StatusText::Tone> ZoneModel::tone(const Zone &z) const
{
    return StatusText::availabilityTone(z.status);
}

QStringList ZoneModel::facets(const Zone &z, int role) const
{
    return role == Roles::StatusFacetRole ? QStringList {z.status} : QStringList();
}

QString ZoneModel::header(int column) const
{
    switch (Column(column)) {
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
