#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

//! Rows read from a listing, and a note for each row that could not be read. One bad row
//! never sinks the list.
template<class T>
struct Parsed
{
    QList<T> items;
    QStringList problems;
};

//! Applies \a parseOne (QJsonObject, QString *problem) -> std::optional<T> to every row.
template<class T, class ParseOne>
Parsed<T> parseRows(const QJsonArray &rows, ParseOne parseOne)
{
    Parsed<T> out;
    out.items.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonValue row = rows.at(i);
        if (!row.isObject()) {
            out.problems.append(QStringLiteral("row %1: not an object").arg(i + 1));
            continue;
        }
        QString problem;
        std::optional<T> item = parseOne(row.toObject(), &problem);
        if (item)
            out.items.append(std::move(*item));
        else
            out.problems.append(QStringLiteral("row %1: %2").arg(i + 1).arg(problem));
    }
    return out;
}
