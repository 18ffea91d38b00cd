#pragma once

#include "domain/flavor.h"
#include "resourcemodel.h"

//! Server specs (flavors) with their prices, merged by id.
class FlavorModel final : public ResourceModel<Flavor>
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Type,
        Vcpu,
        Memory,
        Disk,
        Gpu,
        Network,
        Monthly,
        Hourly,
        Zones,
        Status,
        Id,
        Count
    };

    explicit FlavorModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    [[nodiscard]] QVariant display(const Flavor &f, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant sortValue(const Flavor &f, int column) const override;
    //! Prices as plain numbers of won (the currency in its own column), for a spreadsheet to sum.
    [[nodiscard]] QVariant exportValue(const Flavor &f, int column) const override;
    [[nodiscard]] QString currency(int column) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    [[nodiscard]] QString status(const Flavor &f) const override { return f.status; }
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Flavor &f) const override;
    [[nodiscard]] QStringList facets(const Flavor &f, int role) const override;
};
