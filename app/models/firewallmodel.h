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
    //! The firewall protecting \a instanceId, or null.
    [[nodiscard]] const Firewall *firewallOf(const QString &instanceId) const;

protected:
    [[nodiscard]] QVariant display(const Firewall &f, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] bool isNumeric(int column) const override;
    //! Protecting servers or not.
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Firewall &f) const override;
};
