#pragma once

#include <Qt>

//! Roles every resource model answers, so proxies and views treat them alike.
namespace Roles {
enum Role {
    SortRole = Qt::UserRole + 1, //!< raw value for sorting (numbers as numbers)
    IdRole, //!< the resource id
    StatusRole, //!< the status as the server wrote it
    FilterRole, //!< text the search field matches
};
} // namespace Roles
