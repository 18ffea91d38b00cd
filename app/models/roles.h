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
    //! The value a CSV export writes: amounts as plain numbers, dates in ISO 8601; the display
    //! text where the two are the same.
    ExportRole,
    //! Header only: the currency (ISO 4217, "KRW") of an amount column; none for other columns.
    CurrencyRole,
    // Facets for the structured filters: a QStringList of raw values per row (column 0).
    ZoneFacetRole,
    StatusFacetRole,
    OsFacetRole,
    TypeFacetRole,
    VisibilityFacetRole,
};
} // namespace Roles
