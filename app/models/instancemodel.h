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

    //! Whether any server is changing (the console then refreshes faster).
    [[nodiscard]] bool hasTransitional() const;

protected:
    [[nodiscard]] QVariant display(const Instance &in, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant sortValue(const Instance &in, int column) const override;
    [[nodiscard]] QVariant exportValue(const Instance &in, int column) const override;
    [[nodiscard]] QVariant toolTip(const Instance &in, int column) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    [[nodiscard]] QString status(const Instance &in) const override { return in.status; }
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Instance &in) const override;
    [[nodiscard]] QStringList facets(const Instance &in, int role) const override;
};
