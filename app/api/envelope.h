#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QJsonArray>

#include <optional>

//! The common answer of every endpoint:
//! {code, error_code, message, result: [...], count, page_no, page_size, total?}.
struct Envelope
{
    int code = -1;
    QString errorCode;
    QString message;
    //! `result` as an array: an object or a string becomes one element, null/missing none.
    QJsonArray result;
    //! `result` was an array (or absent/null): false for an object, a string or a number.
    bool resultIsList = true;
    std::optional<qint64> count;
    std::optional<qint64> pageNo;
    std::optional<qint64> pageSize;
    std::optional<qint64> total;

    //! Reads \a body answered with \a httpStatus. On failure \a error is set (kind, HTTP
    //! status, code, error_code, message); the envelope then holds what could be read.
    //! Never throws, for any bytes.
    [[nodiscard]] static Envelope decode(int httpStatus, const QByteArray &body, ApiError *error);
};
