#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QJsonArray>
#include <QStringList>

#include <functional>
#include <optional>

struct SimOptions;

//! Reading and validating parameters the way the reference describes: enum values are
//! case-sensitive, numbers arrive as strings, lists are comma-separated.
namespace SimParams {

//! The comma list in query \a key (empty when absent).
[[nodiscard]] QStringList list(const SimRequest &request, const QString &key);
//! Fails with CHECK_PARAM_ENUM when a value of query \a key is not in \a allowed.
[[nodiscard]] std::optional<SimResponse> checkEnum(const SimRequest &request, const QString &key,
                                                   const QStringList &allowed);
//! Reads an optional integer query \a key; fails with CHECK_PARAM when it is not one.
[[nodiscard]] std::optional<SimResponse> readInt(const SimRequest &request, const QString &key,
                                                 std::optional<qint64> *out);
//! Body field \a name: the form's value, or the JSON body's when the form has none.
[[nodiscard]] QString field(const SimRequest &request, const QString &name);
//! Fails with REQUIRED_POST_PARAM_MISSING when a body field() is empty or blank.
[[nodiscard]] std::optional<SimResponse> requireForm(const SimRequest &request,
                                                     const QStringList &names);
//! \a value URL-decoded as a form value: '+' is a space, %XX a byte (both hex cases), the
//! bytes UTF-8. A '%' that starts no escape is kept as it is.
[[nodiscard]] QString urlDecoded(const QString &value);
//! URL-decodes, in place, the free text of a multipart write: `name`, `description` and
//! `block_storage.N.name`. The docs ask for them URL-encoded and a client sends them through
//! Go's url.QueryEscape (§6); text sent as it is, with only '%' and '+' encoded, reads the same.
void urlDecodeNames(SimRequest &request);
//! CHECK_LENGTH when \a value is outside [min, max] characters.
[[nodiscard]] std::optional<SimResponse> checkLength(const QString &what, const QString &value,
                                                     int min, int max);
//! How one listing pages, where listings differ.
struct Paging
{
    int defaultSize = 0; //!< rows of a page when page_size is not given; 0: the options' default
    bool asStrings = false; //!< page_no/page_size written as strings (the bill list does)
    QJsonObject extra; //!< more envelope keys (the flavor list's total)
};
//! One page of \a rows per page_no/page_size, with the envelope's paging fields.
[[nodiscard]] SimResponse page(const QJsonArray &rows, const SimRequest &request,
                               const SimOptions &options, const Paging &paging = {});
//! The same for \a total rows written on demand by \a rowAt: only the page is serialised.
[[nodiscard]] SimResponse page(qsizetype total, const std::function<QJsonValue(qsizetype)> &rowAt,
                               const SimRequest &request, const SimOptions &options,
                               const Paging &paging = {});

} // namespace SimParams
