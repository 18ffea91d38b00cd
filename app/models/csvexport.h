#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

class QAbstractItemModel;

//! The table as shown, as CSV for Excel: the given columns in the given order, the rows the
//! model holds in its order (a proxy: the current filter and sort), UTF-8 with a BOM, CRLF line
//! ends, RFC 4180 quoting. Cells that Excel would run as a formula are defused.
//!
//! A cell is written as its Roles::ExportRole value where the model gives one (its text
//! otherwise), so a spreadsheet can compute with it: amounts as plain numbers (`59100`, not
//! `59,100원`), dates in ISO 8601. A column whose header has a Roles::CurrencyRole is an amount:
//! a "Currency" column (`KRW`) follows the last amount column.
namespace CsvExport {
[[nodiscard]] QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
//! One cell as written in the file (quoted when needed, formulas defused).
[[nodiscard]] QString cell(const QString &text);
//! \a rows (the first the titles) as the file Excel opens: a BOM, CRLF line ends, each cell
//! written by cell().
[[nodiscard]] QByteArray document(const QList<QStringList> &rows);
} // namespace CsvExport
