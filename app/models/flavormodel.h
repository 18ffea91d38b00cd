#pragma once

#include "domain/flavor.h"
#include "resourcemodel.h"

//! Server specs (flavors) with their prices, merged by id.
class FlavorModel final : public ResourceModel<Flavor>
{
    Q_OBJECT
public:
    enum class Column { Name, Type, Vcpu, Memory, Disk, Gpu, Network, Monthly, Hourly, Zones, Status, Id, Count };

    explicit FlavorModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant display(const Flavor &f, Column column) const;
    [[nodiscard]] QVariant sortValue(const Flavor &f, Column column) const;
};
