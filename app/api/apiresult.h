#pragma once

#include "apierror.h"
#include "envelope.h"

#include <QDateTime>

//! What a call produced: the decoded envelope or a typed error, plus what the transport saw.
struct ApiResult
{
    ApiError error;
    Envelope envelope;
    int httpStatus = 0;
    //! The response's Date header; invalid when absent or unreadable.
    QDateTime serverDate;
    //! The response carried an Age header (a cache answered: no clock sample).
    bool hasAge = false;
    qint64 sentAtMs = 0;
    qint64 receivedAtMs = 0;
    //! Attempts made for this result (retries included).
    int attempts = 0;
    //! A listing that did not end stopped at PagedFetch's cap: the rows are what was read.
    bool truncated = false;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    [[nodiscard]] const QJsonArray &rows() const { return envelope.result; }
};
