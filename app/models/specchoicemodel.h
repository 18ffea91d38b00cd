#pragma once

#include "domain/flavor.h"
#include "resourcemodel.h"

//! The specs a new server (or a resize) can choose from, with their prices without and with
//! VAT; a spec that is sold out or in maintenance is listed but cannot be chosen.
class SpecChoiceModel final : public ResourceModel<Flavor>
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Type,
        Vcpu,
        Memory,
        Disk,
        Network,
        Gpu,
        Monthly, //!< without and with VAT
        Hourly, //!< without and with VAT
        Availability,
        Count
    };

    explicit SpecChoiceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    //! Whether \a f can be chosen now.
    [[nodiscard]] static bool isChoosable(const Flavor &f);

protected:
    [[nodiscard]] QVariant display(const Flavor &f, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant sortValue(const Flavor &f, int column) const override;
    [[nodiscard]] QVariant toolTip(const Flavor &f, int column) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    [[nodiscard]] QString status(const Flavor &f) const override { return f.status; }
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Flavor &f) const override;
    [[nodiscard]] QStringList facets(const Flavor &f, int role) const override;
};
