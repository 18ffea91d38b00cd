#pragma once

#include "session/resource.h"
#include "widgets/detailview.h"
#include "widgets/facetbar.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QAbstractItemModel;
class QObject;
class ResourceStore;

//! Everything that makes one page differ from another: its data, columns, filters, details.
struct PageSpec
{
    Resource resource = Resource::Instances;
    QString key; //!< stable name for settings and object names ("instances")
    QString title;
    QString emptyText; //!< what to say when the account has none yet
    QString unavailableText; //!< what to say when the server does not offer it to this account
    QAbstractItemModel *model = nullptr;
    ResourceStore *store = nullptr;
    int nameColumn = 0;
    int idColumn = -1;
    QList<int> statusColumns;
    QList<int> ipColumns;
    QList<int> hiddenByDefault;
    QList<FacetSpec> facets;
    //! The detail sections of the resource with this id.
    std::function<QList<DetailSection>(const QString &id)> details;
    //! Reads the on-demand value \a key of resource \a id (DetailRow::secretKey); \a done gets
    //! it (or an empty one and why) on \a receiver, with the values that are not secret and came
    //! along (the login name comes with the initial password).
    using SecretDone = std::function<void(const QString &value, const QString &error,
                                          const QHash<QString, QString> &alongside)>;
    std::function<void(const QString &id, const QString &key, QObject *receiver, SecretDone done)>
            readSecret;
};
