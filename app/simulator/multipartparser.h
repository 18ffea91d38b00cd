#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

//! A multipart/form-data reader (Qt HttpServer 6.4 has none). Accepts quoted and bare
//! boundaries; text fields only, as the iwinv API uses.
namespace MultipartParser {

//! The boundary from a Content-Type header value; empty when it is not multipart/form-data.
[[nodiscard]] QByteArray boundary(const QByteArray &contentType);
//! Parses \a body; returns false (with \a error) when it is malformed.
[[nodiscard]] bool parse(const QByteArray &body, const QByteArray &boundary,
                         QMap<QString, QString> *fields, QString *error);

} // namespace MultipartParser
