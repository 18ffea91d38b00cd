#pragma once

#include "domain/firewall.h"
#include "resourcemodel.h"

//! Firewalls with their rules and the servers they protect, merged by id.
class FirewallModel final : public ResourceModel<Firewall>
{
    Q_OBJECT
public:
    enum class Column { Title, Description, Inbound, Outbound, Icmp, Servers, Id, Count };

    explicit FirewallModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    //! The firewall protecting \a instanceId, or null.
    [[nodiscard]] const Firewall *firewallOf(const QString &instanceId) const;

private:
    [[nodiscard]] QVariant display(const Firewall &f, Column column) const;
};
