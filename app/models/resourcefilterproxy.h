#pragma once

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

class QTimer;

//! Search, structured filters and natural sorting over any resource model.
//! - The search matches every searchable column (by default all; the page passes the visible
//!   ones), case-insensitively, Korean initial consonants included (HangulSearch).
//! - Facets (zone, status, OS, type, visibility) keep rows whose facet values meet the chosen set.
//! - Sorting uses Roles::SortRole: numbers as numbers, text through QCollator (numeric mode,
//!   case-insensitive) so "web-2" comes before "web-10" and Korean sorts as Korean.
//! Each row's searchable text and collation key (for the sorted column) are cached and refreshed
//! when the row changes, so a keystroke over 10,000 rows stays cheap: sorting the rows a search
//! brings back compares cached keys instead of collating strings again.
class ResourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ResourceFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_search; }
    //! Source columns the search looks at (empty: all).
    void setSearchColumns(const QList<int> &columns);
    //! Keeps rows whose \a role values (a QStringList) meet \a allowed; empty: no filter.
    void setFacet(int role, const QStringList &allowed);
    [[nodiscard]] QStringList facet(int role) const
    {
        const QSet<QString> values = m_facets.value(role);
        return QStringList(values.begin(), values.end());
    }
    //! Every value of \a role in the source model, sorted.
    [[nodiscard]] QStringList facetValues(int role) const;
    //! The collator the sorting uses: the default locale's, numeric and case-insensitive. The C
    //! locale (a process started without LANG) compares code points and ignores numeric mode, so
    //! there it collates as English (United States) instead.
    [[nodiscard]] static QCollator naturalCollator();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] const QString &haystack(int sourceRow) const;
    //! Builds the search text of every row not built yet (between refreshes, not while typing).
    void warm();
    void dropCache();
    void dropRows(int first, int last);
    //! What sorting needs of one source row in the sorted column, computed once.
    struct SortEntry
    {
        bool number = false;
        double value = 0; //!< a number
        QString text; //!< a text, as the model gave it
        std::optional<QCollatorSortKey> key; //!< a text, as the collator orders it
        QString id; //!< ties are ordered by id
    };
    //! The sort entry of \a source (a source index of the sorted column).
    [[nodiscard]] const SortEntry &sortEntry(const QModelIndex &source) const;

    QString m_search;
    QString m_searchLower;
    QList<int> m_searchColumns;
    QHash<int, QSet<QString>> m_facets;
    QCollator m_collator;
    mutable QList<QString> m_haystacks; //!< lower-cased searchable text per source row
    mutable QList<bool> m_haystackValid;
    mutable QList<std::optional<SortEntry>> m_sortKeys; //!< per source row, one column
    mutable int m_sortKeysColumn = -1;
    QTimer *m_warmTimer;
};
