#pragma once

#include "session/serverplan.h"

#include <QObject>

class QTableWidget;

//! The block storage made with a new server, one row each in a table: its size (within the
//! default type's range, in steps of 10 GB) and an optional name. The row's widgets are named
//! after its place (volumeSize0, volumeName0, ...) and renumbered when a row is removed.
class VolumeRows final : public QObject
{
    Q_OBJECT
public:
    VolumeRows(QTableWidget *table, QObject *parent);

    //! The sizes allowed (GB).
    void setRange(qint64 minGb, qint64 maxGb);
    void add(qint64 sizeGb, const QString &name);
    //! Removes the current row, or the last one when none is current.
    void removeCurrent();
    [[nodiscard]] int count() const;
    //! The rows as the plan takes them (names trimmed).
    [[nodiscard]] QList<ServerPlan::Volume> volumes() const;

Q_SIGNALS:
    //! A row was added or removed, or a size or name changed.
    void changed();

private:
    void renumber();

    QTableWidget *m_table;
    qint64 m_minGb = ServerPlan::kVolumeStepGb;
    qint64 m_maxGb = 2000;
};
