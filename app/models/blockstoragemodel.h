#pragma once

#include "domain/blockstorage.h"
#include "resourcemodel.h"

#include <functional>

//! Block storage volumes, merged by id; the attached server is shown by name when known.
class BlockStorageModel final : public ResourceModel<BlockStorage>
{
    Q_OBJECT
public:
    enum class Column { Name, Status, Type, Size, Zone, Server, Created, Id, Count };
    using NameLookup = std::function<QString(const QString &id)>;

    explicit BlockStorageModel(QObject *parent = nullptr);
    //! How to name a server id (the instance model's names).
    void setServerNames(NameLookup lookup);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool hasTransitional() const;

private:
    [[nodiscard]] QString serverName(const QString &id) const;
    [[nodiscard]] QVariant display(const BlockStorage &v, Column column) const;

    NameLookup m_serverNames;
};
