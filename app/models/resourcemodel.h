#pragma once

#include "roles.h"
#include "statustext.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <optional>

//! The rows of one kind of resource, kept in step with the server by merging complete listings
//! by id: changed rows are updated in place (dataChanged), vanished ones removed and new ones
//! appended in contiguous runs, so views keep their selection, scroll and open details while
//! data refreshes. A reset happens only on clear() (a profile switch).
//!
//! Every role is answered here, once for all models, from what a subclass says of a row: its
//! text per column, the raw value it sorts by, its status and tone, its facets.
//!
//! \a T needs a `QString id` member and operator==. Subclasses add the columns.
template<class T>
class ResourceModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!isValidCell(index))
            return {};
        const T &row = at(index);
        const int column = index.column();
        switch (role) {
        case Qt::DisplayRole:
            if (column == m_activityColumn && m_activity) {
                // A change under way is said in the row: "Rebooting… (Working)".
                const QString activity = m_activity(row.id);
                if (!activity.isEmpty())
                    return QCoreApplication::translate("ResourceModel", "%1 (%2)")
                            .arg(activity, display(row, column).toString());
            }
            return display(row, column);
        case Qt::ToolTipRole:
            return toolTip(row, column);
        case Qt::TextAlignmentRole:
            return isNumeric(column) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                     : QVariant();
        case Roles::SortRole:
            return sortValue(row, column);
        case Roles::IdRole:
            return row.id;
        case Roles::StatusRole: {
            const QString s = status(row);
            return s.isNull() ? QVariant() : QVariant(s);
        }
        case Roles::StatusToneRole: {
            const std::optional<StatusText::Tone> t = tone(row);
            return t ? QVariant(int(*t)) : QVariant();
        }
        case Roles::FilterRole:
            return display(row, column).toString();
        case Roles::ExportRole:
            return exportValue(row, column);
        case Roles::ZoneFacetRole:
        case Roles::StatusFacetRole:
        case Roles::OsFacetRole:
        case Roles::TypeFacetRole:
        case Roles::VisibilityFacetRole: {
            const QStringList values = facets(row, role);
            return values.isEmpty() ? QVariant() : QVariant(values);
        }
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return {};
        if (role == Roles::CurrencyRole) {
            const QString code = currency(section);
            return code.isEmpty() ? QVariant() : QVariant(code);
        }
        return role == Qt::DisplayRole ? QVariant(header(section)) : QVariant();
    }

    //! Merges a complete listing by id.
    void merge(const QList<T> &items)
    {
        QHash<QString, const T *> incoming;
        incoming.reserve(items.size());
        for (const T &item : items) {
            // An id listed twice (a page repeated by the server): the first copy counts, as for
            // a new row below, so the row does not flip between the two on every refresh.
            if (!incoming.contains(item.id))
                incoming.insert(item.id, &item);
        }

        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (incoming.contains(m_rows.at(row).id)) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(m_rows.at(first - 1).id))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            // find() stays right for whoever listens to rowsRemoved: the index is rebuilt when
            // next asked, once for all the runs removed (not once per run: 10,000 rows).
            m_indexStale = true;
            endRemoveRows();
            row = first - 1;
        }

        int runStart = -1;
        const int lastColumn = columnCount() - 1;
        auto flush = [this, &runStart, lastColumn](int end) {
            if (runStart >= 0)
                Q_EMIT dataChanged(index(runStart, 0), index(end, lastColumn));
            runStart = -1;
        };
        for (int row = 0; row < m_rows.size(); ++row) {
            const T *fresh = incoming.value(m_rows.at(row).id);
            if (!(*fresh == m_rows.at(row))) {
                m_rows[row] = *fresh;
                if (runStart < 0)
                    runStart = row;
            } else {
                flush(row - 1);
            }
        }
        flush(int(m_rows.size()) - 1);

        ensureIndex();
        QList<T> added;
        QSet<QString> seen;
        for (const T &item : items) {
            if (!m_index.contains(item.id) && !seen.contains(item.id)) {
                added.append(item);
                seen.insert(item.id);
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            for (int row = first; row < m_rows.size(); ++row)
                m_index.insert(m_rows.at(row).id, row);
            endInsertRows();
        }
    }

    //! One resource read on its own (a detail, a change's answer): its row is updated, or
    //! appended when new.
    void upsert(const T &item)
    {
        const int row = rowOf(item.id);
        if (row >= 0) {
            if (!(m_rows.at(row) == item)) {
                m_rows[row] = item;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            return;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(item);
        m_index.insert(item.id, at);
        endInsertRows();
    }

    //! The resource \a id no longer exists (its detail said so).
    void removeId(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_indexStale = true;
        endRemoveRows();
    }

    //! What is being done to a row ("Rebooting…"; empty: nothing), said in \a column.
    void setActivity(std::function<QString(const QString &id)> activity, int column)
    {
        m_activity = std::move(activity);
        m_activityColumn = column;
    }
    //! The activity of \a id changed: its cell is shown again.
    void activityChanged(const QString &id)
    {
        const int row = rowOf(id);
        if (row >= 0 && m_activityColumn >= 0)
            Q_EMIT dataChanged(index(row, m_activityColumn), index(row, m_activityColumn));
    }

    //! Drops every row (a profile switch).
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        m_indexStale = false;
        endResetModel();
    }

    [[nodiscard]] const T *item(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    [[nodiscard]] const T *find(const QString &id) const { return item(rowOf(id)); }
    [[nodiscard]] int rowOf(const QString &id) const
    {
        ensureIndex();
        return m_index.value(id, -1);
    }
    [[nodiscard]] const QList<T> &items() const { return m_rows; }

protected:
    //! The text of \a column for \a row.
    [[nodiscard]] virtual QVariant display(const T &row, int column) const = 0;
    //! The column's title.
    [[nodiscard]] virtual QString header(int column) const = 0;
    //! The raw value \a column sorts by (numbers as numbers); by default its text.
    [[nodiscard]] virtual QVariant sortValue(const T &row, int column) const
    {
        return display(row, column);
    }
    //! The value a CSV export writes for \a column (a number for an amount, an ISO 8601 date);
    //! by default its text.
    [[nodiscard]] virtual QVariant exportValue(const T &row, int column) const
    {
        return display(row, column);
    }
    //! The currency of an amount column ("KRW"); empty for the other columns.
    [[nodiscard]] virtual QString currency(int) const { return {}; }
    [[nodiscard]] virtual QVariant toolTip(const T &, int) const { return {}; }
    //! Numbers are right-aligned.
    [[nodiscard]] virtual bool isNumeric(int) const { return false; }
    //! The status as the server wrote it (null: the resource has none).
    [[nodiscard]] virtual QString status(const T &) const { return {}; }
    //! How the status looks (none: the resource has no status to show).
    [[nodiscard]] virtual std::optional<StatusText::Tone> tone(const T &) const
    {
        return std::nullopt;
    }
    //! The raw values of facet \a role (Roles::ZoneFacetRole, ...) for the structured filters.
    [[nodiscard]] virtual QStringList facets(const T &, int) const { return {}; }

    //! The row a valid index points at.
    [[nodiscard]] const T &at(const QModelIndex &index) const { return m_rows.at(index.row()); }
    [[nodiscard]] bool isValidCell(const QModelIndex &index) const
    {
        return checkIndex(index,
                          CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
    }

private:
    void ensureIndex() const
    {
        if (!m_indexStale)
            return;
        m_indexStale = false;
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_index.insert(m_rows.at(row).id, row);
    }

    QList<T> m_rows;
    std::function<QString(const QString &id)> m_activity;
    int m_activityColumn = -1;
    mutable QHash<QString, int> m_index; //!< id -> row, rebuilt lazily after removals
    mutable bool m_indexStale = false;
};
