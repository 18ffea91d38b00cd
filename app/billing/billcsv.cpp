#include "billcsv.h"

#include "models/csvexport.h"
#include "models/format.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

//! The title of the currency column, as the table exports write it (one translation).
QString currencyTitle()
{
    return QCoreApplication::translate("CsvExport", "Currency");
}

//! iwinv bills in won; a bill that does not say so is still in won.
QString currencyOf(const Bill &bill)
{
    const QString code = bill.currency.trimmed();
    return code.isEmpty() ? u"KRW"_s : code;
}

} // namespace

QByteArray BillCsv::bills(const QList<Bill> &bills)
{
    QList<QStringList> rows;
    rows.reserve(bills.size() + 1);
    rows.append({tr("Bill"), tr("Name"), tr("Type"), tr("Bill date"), tr("Usage start"),
                 tr("Usage end"), tr("Payment status"), tr("Date paid"), tr("Price (VAT excluded)"),
                 tr("VAT"), tr("Payment (VAT included)"), currencyTitle()});
    for (const Bill &b : bills) {
        rows.append({b.id, b.name, b.type, Format::isoDateTime(b.billDate),
                     Format::isoDateTime(b.usageStart), Format::isoDateTime(b.usageEnd),
                     b.paymentStatus, Format::isoDateTime(b.datePaid), QString::number(b.price),
                     QString::number(b.vat), QString::number(b.paymentPrice), currencyOf(b)});
    }
    return CsvExport::document(rows);
}

QByteArray BillCsv::items(const QList<Bill> &bills)
{
    QList<QStringList> rows;
    rows.append({tr("Bill"), tr("Bill date"), tr("Group"), tr("Service"), tr("Name"),
                 tr("Price (VAT excluded)"), tr("VAT"), tr("Usage start"), tr("Usage end"),
                 currencyTitle()});
    for (const Bill &b : bills) {
        const QString billDate = Format::isoDateTime(b.billDate);
        const QString currency = currencyOf(b);
        for (const BillGroup &g : b.groups) {
            for (const BillItem &item : g.items) {
                rows.append({b.id, billDate, g.type, item.serviceId, item.name,
                             QString::number(item.price), QString::number(item.vat),
                             Format::isoDateTime(item.usageStart),
                             Format::isoDateTime(item.usageEnd), currency});
            }
        }
    }
    return CsvExport::document(rows);
}
