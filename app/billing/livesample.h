#pragma once

#include <QDate>
#include <QList>

//! One reading of the live bill (the month-to-date estimate, VAT excluded): what it said and
//! when it was read. The burn line and the month-end projection are drawn from these.
struct LiveSample
{
    qint64 readAtMs = 0; //!< when it was read (ms since the epoch, UTC)
    QDate periodStart; //!< the live bill's start_date (the first of the month, KST)
    QDate periodEnd; //!< its end_date
    qint64 price = 0; //!< KRW, VAT excluded; may exceed 32 bits
    friend bool operator==(const LiveSample &, const LiveSample &) = default;
};
Q_DECLARE_TYPEINFO(LiveSample, Q_RELOCATABLE_TYPE);
