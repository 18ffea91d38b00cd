#include "facetbar.h"

#include "models/roles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

FacetBar::FacetBar(const QList<FacetSpec> &facets, QWidget *parent)
    : QWidget(parent), m_facets(facets)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const FacetSpec &facet : std::as_const(m_facets)) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name(facet.role));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(facet.allLabel, QString());
        combo->setAccessibleName(facet.allLabel);
        const int role = facet.role;
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, role] { Q_EMIT changed(role, combo->currentData().toString()); });
        layout->addWidget(combo);
        m_combos.append(combo);
    }
}

QString FacetBar::name(int role)
{
    switch (role) {
    case Roles::ZoneFacetRole:
        return u"zoneFilter"_s;
    case Roles::StatusFacetRole:
        return u"statusFilter"_s;
    case Roles::OsFacetRole:
        return u"osFilter"_s;
    case Roles::TypeFacetRole:
        return u"typeFilter"_s;
    case Roles::VisibilityFacetRole:
        return u"visibilityFilter"_s;
    default:
        return u"filter%1"_s.arg(role);
    }
}

QString FacetBar::textOf(const FacetSpec &facet, const QString &value) const
{
    return facet.text ? facet.text(value) : value;
}

void FacetBar::refill(const std::function<QStringList(int role)> &valuesOf)
{
    for (qsizetype i = 0; i < m_combos.size(); ++i) {
        QComboBox *combo = m_combos.at(i);
        const FacetSpec &facet = m_facets.at(i);
        const QString current = combo->currentData().toString();
        QStringList wanted = valuesOf(facet.role);
        if (!current.isEmpty() && !wanted.contains(current))
            wanted.append(current); // a chosen value stays until the person changes it
        QStringList have;
        for (int item = 1; item < combo->count(); ++item)
            have.append(combo->itemData(item).toString());
        if (have == wanted)
            continue;
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : std::as_const(wanted))
            combo->addItem(textOf(facet, value), value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
}

QString FacetBar::value(int role) const
{
    for (qsizetype i = 0; i < m_facets.size(); ++i) {
        if (m_facets.at(i).role == role)
            return m_combos.at(i)->currentData().toString();
    }
    return {};
}

void FacetBar::setValue(int role, const QString &value)
{
    for (qsizetype i = 0; i < m_facets.size(); ++i) {
        if (m_facets.at(i).role != role)
            continue;
        QComboBox *combo = m_combos.at(i);
        if (!value.isEmpty() && combo->findData(value) < 0)
            combo->addItem(textOf(m_facets.at(i), value), value);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    }
}

void FacetBar::clear()
{
    for (QComboBox *combo : std::as_const(m_combos))
        combo->setCurrentIndex(0);
}
