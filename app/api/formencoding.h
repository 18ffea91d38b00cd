#pragma once

#include "apirequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>

//! How multipart/form-data fields are written. The docs ask for names and descriptions to be
//! URL-encoded, and another client of the real server sends them so (so the server decodes
//! them); ours sends them so that they read right either way: UTF-8 as it is, with only `%`
//! and `+` percent-encoded (the two characters a decoding server would change).
namespace FormEncoding {

//! Free text a person typed (name, description, block_storage.N.name).
[[nodiscard]] bool isFreeText(const QString &fieldName);
//! The value as sent: free text with `%` and `+` percent-encoded, anything else as it is.
[[nodiscard]] QString value(const FormField &field);
//! The Content-Disposition header of a part named \a name (a `"` in it is percent-encoded).
[[nodiscard]] QByteArray disposition(const QString &name);
//! A whole multipart/form-data body of \a fields (values as value() writes them); sets
//! \a contentType with its boundary.
[[nodiscard]] QByteArray body(const QList<FormField> &fields, QByteArray *contentType);

} // namespace FormEncoding
