#pragma once

#include "format.h"
#include "resourcemodel.h"

//! A resource that is only a name and a date (SSH keys, user scripts): three columns.
//! \a T needs `id`, `name` and `startDate`. Subclasses name the columns.
template<class T>
class NamedModel : public ResourceModel<T>
{
public:
    enum class Column { Name, Registered, Id, Count };
    using ResourceModel<T>::ResourceModel;

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(Column::Count);
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!this->isValidCell(index))
            return {};
        const T &item = this->at(index);
        QVariant text;
        switch (Column(index.column())) {
        case Column::Name:
            text = item.name;
            break;
        case Column::Registered:
            text = Format::dateTime(item.startDate);
            break;
        case Column::Id:
            text = item.id;
            break;
        case Column::Count:
            break;
        }
        switch (role) {
        case Qt::DisplayRole:
        case Roles::SortRole:
            return text;
        case Roles::FilterRole:
            return text.toString();
        case Roles::IdRole:
            return item.id;
        default:
            return {};
        }
    }
};
