#pragma once

#include "domain/instance.h"
#include "resourcemodel.h"

//! The servers of an account, one row each, merged by id on every refresh.
class InstanceModel final : public ResourceModel<Instance>
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Status,
        Zone,
        Spec,
        Vcpu,
        Memory,
        Disk,
        Image,
        PublicIp,
        PrivateIp,
        Created,
        Id,
        Count
    };

    explicit InstanceModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! Compatibility with the first window: the row's instance.
    [[nodiscard]] const Instance *instance(int row) const { return item(row); }
    //! Whether any server is changing (the console then refreshes faster).
    [[nodiscard]] bool hasTransitional() const;

private:
    [[nodiscard]] QVariant display(const Instance &in, Column column) const;
    [[nodiscard]] QVariant sortValue(const Instance &in, Column column) const;
};
