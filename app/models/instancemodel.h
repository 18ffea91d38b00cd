#pragma once

#include "domain/instance.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

//! The servers of an account, one row each. A refresh merges by id: rows are updated in place,
//! inserted and removed, so selection and scroll survive polling.
class InstanceModel final : public QAbstractTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    //! Merges a complete listing by instance id.
    void merge(const QList<Instance> &instances);
    //! Drops every row (a profile switch).
    void clear();
    [[nodiscard]] const Instance *instance(int row) const;
    [[nodiscard]] const Instance *find(const QString &id) const;
    [[nodiscard]] int rowOf(const QString &id) const;

private:
    [[nodiscard]] QVariant display(const Instance &in, Column column) const;
    [[nodiscard]] QVariant sortValue(const Instance &in, Column column) const;
    void rebuildIndex();

    QList<Instance> m_rows;
    QHash<QString, int> m_index;
};
