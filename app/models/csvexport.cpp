#include "csvexport.h"

#include "roles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace {

//! Whether \a text is a negative number and nothing else: "-5", "-3.25", "-1,234", "-1,234.5".
bool isPlainNegativeNumber(const QString &text)
{
    static const QRegularExpression number(
            QStringLiteral("^-(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)(?:\\.[0-9]+)?$"));
    return number.match(text).hasMatch();
}

} // namespace

namespace CsvExport {

QString cell(const QString &text)
{
    QString value = text;
    // "=cmd|...", "+1+1", "@SUM(...)", "-2+3", "-1-cmd|...": spreadsheet formulas. A leading
    // quote keeps the text as text; only a cell that is entirely a negative number stays a number.
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if ((first == u'=' || first == u'+' || first == u'@' || first == u'-' || first == u'\t'
             || first == u'\r')
            && !isPlainNegativeNumber(value))
            value.prepend(u'\'');
    }
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n')
        || value.contains(u'\r')) {
        value.replace(u'"', QStringLiteral("\"\""));
        value = u'"' + value + u'"';
    }
    return value;
}

QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    // The currency goes after the last amount column: a number alone does not say it is won.
    qsizetype currencyAfter = -1;
    QString currency;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString code
                = model.headerData(columns.at(i), Qt::Horizontal, Roles::CurrencyRole).toString();
        if (!code.isEmpty()) {
            currencyAfter = i;
            currency = code;
        }
    }

    QList<QStringList> rows;
    QStringList line;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        line.append(model.headerData(columns.at(i), Qt::Horizontal).toString());
        if (i == currencyAfter)
            line.append(QCoreApplication::translate("CsvExport", "Currency"));
    }
    rows.append(line);
    for (int row = 0; row < model.rowCount(); ++row) {
        line.clear();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QModelIndex index = model.index(row, columns.at(i));
            const QVariant value = index.data(Roles::ExportRole);
            line.append(value.isValid() ? value.toString()
                                        : index.data(Qt::DisplayRole).toString());
            if (i == currencyAfter)
                line.append(currency);
        }
        rows.append(line);
    }
    return document(rows);
}

QByteArray document(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &text : row)
            cells.append(cell(text));
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace CsvExport
