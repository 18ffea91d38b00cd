#pragma once

#include "domain/bill.h"

#include <QByteArray>
#include <QCoreApplication>

//! Bills and their items as CSV a spreadsheet can sum: UTF-8 with a BOM (Excel), translated
//! column titles, amounts as plain integers (no separators, no 원) with the currency in its own
//! column, dates in ISO 8601, one line per bill or per item, RFC 4180 quoting.
class BillCsv
{
    Q_DECLARE_TR_FUNCTIONS(BillCsv)
public:
    //! One line per bill: id, name, type, bill date, usage start, usage end, payment status,
    //! date paid, price, VAT, payment price (VAT included), currency.
    [[nodiscard]] static QByteArray bills(const QList<Bill> &bills);
    //! One line per item of every bill given (with details read): bill id, bill date, group,
    //! service id, name, price, VAT, usage start, usage end, currency.
    [[nodiscard]] static QByteArray items(const QList<Bill> &bills);
};
