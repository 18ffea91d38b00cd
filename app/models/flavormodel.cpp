#include "flavormodel.h"

#include "domain/pricing.h"
#include "format.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

FlavorModel::FlavorModel(QObject *parent) : ResourceModel<Flavor>(parent)
{ }

int FlavorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FlavorModel::display(const Flavor &f, int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return f.name.isEmpty() ? f.id : f.name;
    case Column::Type:
        return f.type;
    case Column::Vcpu:
        return f.vcpu;
    case Column::Memory:
        return Format::gigabytes(f.memoryGb);
    case Column::Disk:
        return Format::gigabytes(f.diskGb);
    case Column::Gpu:
        return f.gpu;
    case Column::Network:
        return f.network;
    case Column::Monthly:
    case Column::Hourly: {
        // By the price's own type, as the detail pane labels it (Pricing).
        const Price p
                = Column(column) == Column::Monthly ? Pricing::monthly(f) : Pricing::hourly(f);
        return p.known ? Format::money(p.price) : QString();
    }
    case Column::Zones:
        return f.zones.join(u", "_s);
    case Column::Status:
        return StatusText::availability(f.status);
    case Column::Id:
        return f.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant FlavorModel::sortValue(const Flavor &f, int column) const
{
    switch (Column(column)) {
    case Column::Vcpu:
        return f.vcpu;
    case Column::Memory:
        return f.memoryGb;
    case Column::Disk:
        return f.diskGb;
    case Column::Monthly:
        return Pricing::monthly(f).price;
    case Column::Hourly:
        return Pricing::hourly(f).price;
    case Column::Name:
    case Column::Type:
    case Column::Gpu:
    case Column::Network:
    case Column::Zones:
    case Column::Status:
    case Column::Id:
    case Column::Count:
        return display(f, column);
    }
    return {};
}

QVariant FlavorModel::exportValue(const Flavor &f, int column) const
{
    switch (Column(column)) {
    case Column::Monthly:
    case Column::Hourly: {
        const Price p
                = Column(column) == Column::Monthly ? Pricing::monthly(f) : Pricing::hourly(f);
        return p.known ? QVariant(p.price) : QVariant(QString());
    }
    case Column::Name:
    case Column::Type:
    case Column::Vcpu:
    case Column::Memory:
    case Column::Disk:
    case Column::Gpu:
    case Column::Network:
    case Column::Zones:
    case Column::Status:
    case Column::Id:
    case Column::Count:
        return display(f, column);
    }
    return {};
}

QString FlavorModel::currency(int column) const
{
    // The API's prices are in won.
    return Column(column) == Column::Monthly || Column(column) == Column::Hourly ? u"KRW"_s
                                                                                 : QString();
}

bool FlavorModel::isNumeric(int column) const
{
    switch (Column(column)) {
    case Column::Vcpu:
    case Column::Memory:
    case Column::Disk:
    case Column::Monthly:
    case Column::Hourly:
        return true;
    default:
        return false;
    }
}

std::optional<StatusText::Tone> FlavorModel::tone(const Flavor &f) const
{
    return StatusText::availabilityTone(f.status);
}

QStringList FlavorModel::facets(const Flavor &f, int role) const
{
    switch (role) {
    case Roles::ZoneFacetRole:
        return f.zones;
    case Roles::TypeFacetRole:
        return {f.type};
    case Roles::StatusFacetRole:
        return {f.status};
    default:
        return {};
    }
}

QString FlavorModel::header(int column) const
{
    switch (Column(column)) {
    case Column::Name:
        return tr("Spec");
    case Column::Type:
        return tr("Type");
    case Column::Vcpu:
        return tr("vCPU");
    case Column::Memory:
        return tr("Memory");
    case Column::Disk:
        return tr("Disk");
    case Column::Gpu:
        return tr("GPU");
    case Column::Network:
        return tr("Network");
    case Column::Monthly:
        return tr("Monthly (excl. VAT)");
    case Column::Hourly:
        return tr("Hourly (excl. VAT)");
    case Column::Zones:
        return tr("Zones");
    case Column::Status:
        return tr("Status");
    case Column::Id:
        return tr("Spec ID");
    case Column::Count:
        break;
    }
    return {};
}
