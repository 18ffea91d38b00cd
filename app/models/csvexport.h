#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;

//! The table exactly as shown, as CSV for Excel: the given columns in the given order, the rows
//! the model holds in its order (a proxy: the current filter and sort), UTF-8 with a BOM, CRLF
//! line ends, RFC 4180 quoting. Cells that Excel would run as a formula are defused.
namespace CsvExport {
[[nodiscard]] QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
//! One cell as written in the file (quoted when needed, formulas defused).
[[nodiscard]] QString cell(const QString &text);
} // namespace CsvExport
