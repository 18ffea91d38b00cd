#pragma once

#include <Qt>

//! Roles every resource model answers, so proxies, delegates and views treat them alike.
namespace Roles {
enum Role {
    SortRole = Qt::UserRole + 1, //!< raw value for sorting (numbers as numbers)
    IdRole, //!< the resource id
    StatusRole, //!< the status as the server wrote it
    StatusToneRole, //!< StatusText::Tone of the status, for colour and icon
    FilterRole, //!< text the search field matches
    // Facets for the structured filters: a QStringList of raw values per row (column 0).
    ZoneFacetRole,
    StatusFacetRole,
    OsFacetRole,
    TypeFacetRole,
    VisibilityFacetRole,
};
} // namespace Roles
