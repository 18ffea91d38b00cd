#include "instancemodel.h"

#include "format.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

InstanceModel::InstanceModel(QObject *parent) : ResourceModel<Instance>(parent) { }

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool InstanceModel::hasTransitional() const
{
    for (const Instance &in : items()) {
        if (StatusText::isTransitional(in.status))
            return true;
    }
    return false;
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
        return in.flavor.memoryGb > 0 ? Format::gigabytes(in.flavor.memoryGb) : QString();
    case Column::Disk:
        return in.flavor.diskGb > 0 ? Format::gigabytes(in.flavor.diskGb) : QString();
    case Column::Image:
        return in.image.name;
    case Column::PublicIp:
        return in.publicIps().join(u", "_s);
    case Column::PrivateIp:
        return in.privateIps().join(u", "_s);
    case Column::Created:
        return Format::dateTime(in.startDate);
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
    case Column::Created:
        return in.startDate;
    case Column::Name:
    case Column::Status:
    case Column::Zone:
    case Column::Spec:
    case Column::Image:
    case Column::PublicIp:
    case Column::PrivateIp:
    case Column::Id:
    case Column::Count:
        return display(in, column);
    }
    return {};
}

QVariant InstanceModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const Instance &in = at(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(in, column);
    case Qt::ToolTipRole:
        if (column == Column::Name && !in.description.isEmpty())
            return in.description;
        if (column == Column::Status)
            return in.status;
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
    case Roles::StatusToneRole:
        return int(StatusText::instanceTone(in.status));
    case Roles::FilterRole:
        return display(in, column).toString();
    case Roles::ZoneFacetRole:
        return QStringList{in.zoneId};
    case Roles::StatusFacetRole:
        return QStringList{in.status};
    case Roles::OsFacetRole:
        return QStringList{in.image.osType};
    case Roles::TypeFacetRole:
        return QStringList{in.flavor.type};
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
