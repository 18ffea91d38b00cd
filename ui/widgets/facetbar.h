#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;

//! A structured filter: the facet role it filters by and how to name its values.
struct FacetSpec
{
    int role = 0;
    QString allLabel; //!< "All zones"
    std::function<QString(const QString &value)> text; //!< value as shown; empty: as is
};

//! A row of drop-downs, one per facet ("All zones", "All statuses", ...), whose choices are the
//! values the rows have. A chosen value stays until the person changes it, even when no row
//! has it any more.
class FacetBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FacetBar(const QList<FacetSpec> &facets, QWidget *parent = nullptr);

    //! Offers the values \a valuesOf(role) gives for each facet, keeping what is chosen.
    void refill(const std::function<QStringList(int role)> &valuesOf);
    //! The value chosen for \a role (empty: all).
    [[nodiscard]] QString value(int role) const;
    //! Chooses \a value for \a role (offered even when no row has it yet).
    void setValue(int role, const QString &value);
    //! Back to "all" everywhere.
    void clear();
    //! The stable name of a facet's drop-down ("zoneFilter"), for settings and tests.
    [[nodiscard]] static QString name(int role);
    [[nodiscard]] const QList<FacetSpec> &facets() const { return m_facets; }

Q_SIGNALS:
    //! The person (or setValue()) chose \a value for \a role.
    void changed(int role, const QString &value);

private:
    [[nodiscard]] QString textOf(const FacetSpec &facet, const QString &value) const;

    QList<FacetSpec> m_facets;
    QList<QComboBox *> m_combos;
};
