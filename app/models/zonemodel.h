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
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
