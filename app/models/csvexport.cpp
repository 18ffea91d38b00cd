#include "csvexport.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace CsvExport {

QString cell(const QString &text)
{
    QString value = text;
    // "=cmd|...", "+1+1", "@SUM(...)", "-2+3": spreadsheet formulas. A leading quote keeps the
    // text as text; plain negative numbers stay numbers.
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        const bool negativeNumber = first == u'-' && value.size() > 1 && value.at(1).isDigit()
                && !value.contains(u'+') && !value.contains(u'=');
        if ((first == u'=' || first == u'+' || first == u'@' || first == u'-' || first == u'\t'
             || first == u'\r')
            && !negativeNumber)
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
    QString out;
    QStringList line;
    for (int column : columns)
        line.append(cell(model.headerData(column, Qt::Horizontal).toString()));
    out += line.join(u',') + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        line.clear();
        for (int column : columns)
            line.append(cell(model.index(row, column).data(Qt::DisplayRole).toString()));
        out += line.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace CsvExport
