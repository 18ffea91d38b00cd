#pragma once

#include "format.h"
#include "resourcemodel.h"

#include <QCoreApplication>

//! A resource that is only a name and a date (SSH keys, user scripts): three columns.
//! \a T needs `id`, `name` and `startDate`. Subclasses name the id column.
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

protected:
    //! The title of the id column ("SSH Key ID").
    [[nodiscard]] virtual QString idHeader() const = 0;

    [[nodiscard]] QVariant display(const T &item, int column) const override
    {
        switch (Column(column)) {
        case Column::Name:
            return item.name;
        case Column::Registered:
            return Format::apiDateTime(item.startDate);
        case Column::Id:
            return item.id;
        case Column::Count:
            break;
        }
        return {};
    }

    [[nodiscard]] QVariant exportValue(const T &item, int column) const override
    {
        return Column(column) == Column::Registered ? QVariant(Format::isoDateTime(item.startDate))
                                                    : display(item, column);
    }

    [[nodiscard]] QString header(int column) const override
    {
        switch (Column(column)) {
        case Column::Name:
            return QCoreApplication::translate("NamedModel", "Name");
        case Column::Registered:
            return QCoreApplication::translate("NamedModel", "Registered");
        case Column::Id:
            return idHeader();
        case Column::Count:
            break;
        }
        return {};
    }
};
