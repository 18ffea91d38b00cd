#pragma once

#include <QString>
#include <QtGlobal>

//! One price of a flavor: its period type ("month", "hour", ... as the server writes it) and KRW.
struct Price
{
    QString type;
    qint64 price = 0; //!< VAT excluded
    qint64 vat = 0;
    qint64 total = 0; //!< VAT included
    bool known = false; //!< false when the server sent no price
    //! The server gave one number (the price without VAT): the VAT is Korea's 10% of it.
    bool vatComputed = false;
    friend bool operator==(const Price &, const Price &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Price, Q_RELOCATABLE_TYPE);
