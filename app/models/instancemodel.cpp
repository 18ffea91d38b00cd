#include "instancemodel.h"

#include "domain/status.h"
#include "format.h"

using namespace Qt::StringLiterals;

InstanceModel::InstanceModel(QObject *parent) : ResourceModel<Instance>(parent)
{ }

int InstanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool InstanceModel::hasTransitional() const
{
    for (const Instance &in : items()) {
        if (Status::isTransitional(Status::server(in.status)))
            return true;
    }
    return false;
}

QVariant InstanceModel::display(const Instance &in, int column) const
{
    switch (Column(column)) {
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
        return Format::apiDateTime(in.startDate);
    case Column::Id:
        return in.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant InstanceModel::sortValue(const Instance &in, int column) const
{
    switch (Column(column)) {
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

QVariant InstanceModel::exportValue(const Instance &in, int column) const
{
    return Column(column) == Column::Created ? QVariant(Format::isoDateTime(in.startDate))
                                             : display(in, column);
}

QVariant InstanceModel::toolTip(const Instance &in, int column) const
{
    if (Column(column) == Column::Name && !in.description.isEmpty())
        return in.description;
    if (Column(column) == Column::Status)
        return in.status;
    return {};
}

bool InstanceModel::isNumeric(int column) const
{
    return Column(column) == Column::Vcpu || Column(column) == Column::Memory
            || Column(column) == Column::Disk;
}

std::optional<StatusText::Tone> InstanceModel::tone(const Instance &in) const
{
    return StatusText::instanceTone(in.status);
}

QStringList InstanceModel::facets(const Instance &in, int role) const
{
    switch (role) {
    case Roles::ZoneFacetRole:
        return {in.zoneId};
    case Roles::StatusFacetRole:
        return {in.status};
    case Roles::OsFacetRole:
        return {in.image.osType};
    case Roles::TypeFacetRole:
        return {in.flavor.type};
    default:
        return {};
    }
}

QString InstanceModel::header(int column) const
{
    switch (Column(column)) {
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
