#pragma once

#include "domain/zone.h"
#include "resourcemodel.h"

//! The zones (kr1-z01, kr2-z01, ...), merged by id.
class ZoneModel final : public ResourceModel<Zone>
{
    Q_OBJECT
public:
    enum class Column { Id, Name, Status, Notes, Count };

    explicit ZoneModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    [[nodiscard]] QVariant display(const Zone &z, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant toolTip(const Zone &z, int column) const override;
    [[nodiscard]] QString status(const Zone &z) const override { return z.status; }
    [[nodiscard]] std::optional<StatusText::Tone> tone(const Zone &z) const override;
    [[nodiscard]] QStringList facets(const Zone &z, int role) const override;
};
