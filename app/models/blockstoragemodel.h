#pragma once

#include "domain/blockstorage.h"
#include "resourcemodel.h"

#include <QPointer>
#include <QSet>

#include <functional>

//! Block storage volumes, merged by id; the attached server is shown by name when known.
class BlockStorageModel final : public ResourceModel<BlockStorage>
{
    Q_OBJECT
public:
    enum class Column { Name, Status, Type, Size, Zone, Server, Created, Id, Count };
    using NameLookup = std::function<QString(const QString &id)>;

    explicit BlockStorageModel(QObject *parent = nullptr);
    //! How to name a server id (the instance model's names). When \a servers (the model the names
    //! come from, its rows carrying Roles::IdRole) is given, a renamed, new or vanished server
    //! updates the server cell of its volumes (dataChanged), so views and proxies follow.
    void setServerNames(NameLookup lookup, const QAbstractItemModel *servers = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasTransitional() const;

protected:
    [[nodiscard]] QVariant display(const BlockStorage &v, int column) const override;
    [[nodiscard]] QString header(int column) const override;
    [[nodiscard]] QVariant sortValue(const BlockStorage &v, int column) const override;
    [[nodiscard]] QVariant exportValue(const BlockStorage &v, int column) const override;
    [[nodiscard]] QVariant toolTip(const BlockStorage &v, int column) const override;
    [[nodiscard]] bool isNumeric(int column) const override
    {
        return Column(column) == Column::Size;
    }
    [[nodiscard]] QString status(const BlockStorage &v) const override { return v.status; }
    [[nodiscard]] std::optional<StatusText::Tone> tone(const BlockStorage &v) const override;
    [[nodiscard]] QStringList facets(const BlockStorage &v, int role) const override;

private:
    [[nodiscard]] QString serverName(const QString &id) const;
    //! The ids of the servers in rows \a first to \a last of the servers' model.
    [[nodiscard]] QSet<QString> serverIds(int first, int last) const;
    //! Tells views that the server cell of every volume attached to one of \a ids changed.
    void serversChanged(const QSet<QString> &ids);

    NameLookup m_serverNames;
    QPointer<const QAbstractItemModel> m_servers;
    QSet<QString> m_leavingServers; //!< ids of server rows being removed
};
