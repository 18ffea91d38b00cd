#include "specchoicemodel.h"

#include "domain/pricing.h"
#include "domain/status.h"
#include "format.h"

SpecChoiceModel::SpecChoiceModel(QObject *parent) : ResourceModel<Flavor>(parent)
{ }

int SpecChoiceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool SpecChoiceModel::isChoosable(const Flavor &f)
{
    return Status::availability(f.status) == Status::Availability::Available;
}

Qt::ItemFlags SpecChoiceModel::flags(const QModelIndex &index) const
{
    if (!isValidCell(index))
        return Qt::NoItemFlags;
    const Flavor &f = at(index);
    if (!isChoosable(f))
        return Qt::ItemNeverHasChildren; // shown, greyed, never chosen
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant SpecChoiceModel::display(const Flavor &f, int column) const
{
    auto money = [](const Price &p) {
        //: a price without and with VAT
        return p.known ? tr("%1 · %2").arg(Format::money(p.price), Format::money(p.total))
                       : QString();
    };
    switch (Column(column)) {
    case Column::Name: {
        const QString name = f.name.isEmpty() ? f.id : f.name;
        //: a spec that cannot be chosen: its name and why ("Sold out")
        return isChoosable(f) ? name : tr("%1 · %2").arg(name, StatusText::availability(f.status));
    }
    case Column::Type:
        return f.type;
    case Column::Vcpu:
        return f.vcpu;
    case Column::Memory:
        return Format::gigabytes(f.memoryGb);
    case Column::Disk:
        return Format::gigabytes(f.diskGb);
    case Column::Network:
        return f.network;
    case Column::Gpu:
        return f.gpu.isEmpty() ? tr("None") : f.gpu;
    case Column::Monthly:
        return money(Pricing::monthly(f));
    case Column::Hourly:
        return money(Pricing::hourly(f));
    case Column::Availability:
        return StatusText::availability(f.status);
    case Column::Count:
        break;
    }
    return {};
}

QString SpecChoiceModel::header(int column) const
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
    case Column::Network:
        return tr("Network");
    case Column::Gpu:
        return tr("GPU");
    // Two lines: the table stays narrow enough for every price to be in view.
    case Column::Monthly:
        return tr("Monthly\n(excl. · incl. VAT)");
    case Column::Hourly:
        return tr("Hourly\n(excl. · incl. VAT)");
    case Column::Availability:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

QVariant SpecChoiceModel::sortValue(const Flavor &f, int column) const
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
    case Column::Network:
    case Column::Gpu:
    case Column::Availability:
    case Column::Count:
        return display(f, column);
    }
    return {};
}

QVariant SpecChoiceModel::toolTip(const Flavor &f, int) const
{
    if (!isChoosable(f))
        return tr("Not available in this zone now (%1): it cannot be chosen.")
                .arg(StatusText::availability(f.status));
    return {};
}

bool SpecChoiceModel::isNumeric(int column) const
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

std::optional<StatusText::Tone> SpecChoiceModel::tone(const Flavor &f) const
{
    return StatusText::availabilityTone(f.status);
}

QStringList SpecChoiceModel::facets(const Flavor &f, int role) const
{
    return role == Roles::TypeFacetRole ? QStringList {f.type} : QStringList();
}
