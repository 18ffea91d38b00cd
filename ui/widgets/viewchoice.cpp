#include "viewchoice.h"

#include "models/roles.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

ViewChoice::ViewChoice(QAbstractItemView *view, QAbstractItemModel *model, QObject *parent)
    : QObject(parent), m_view(view), m_model(model)
{
    // Connected before the view and its selection model: in a single-selection view they move
    // to (and select) a neighbour while the chosen row is leaving.
    const auto begin = [this] { ++m_changing; };
    const auto end = [this] {
        m_changing = qMax(0, m_changing - 1);
        if (m_changing == 0)
            afterModelChange();
    };
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
    connect(model, &QAbstractItemModel::rowsRemoved, this, end);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    connect(model, &QAbstractItemModel::modelReset, this, end);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
    connect(model, &QAbstractItemModel::layoutChanged, this, end);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_changing == 0)
            afterModelChange();
    });
    view->setModel(model);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ViewChoice::onCurrentChanged);
}

bool ViewChoice::isShown() const
{
    if (m_id.isEmpty())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(Roles::IdRole).toString() == m_id)
            return true;
    }
    return false;
}

bool ViewChoice::select(const QString &id)
{
    m_id = id;
    showChoice();
    return m_wasShown;
}

void ViewChoice::onCurrentChanged()
{
    if (m_changing > 0 || m_selecting)
        return; // the view moving on its own, or our own selection
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(Roles::IdRole).toString();
    if (id != m_id)
        Q_EMIT chosen(id);
}

void ViewChoice::afterModelChange()
{
    const bool wasShown = m_wasShown;
    showChoice();
    if (wasShown && !m_wasShown)
        Q_EMIT hidden();
}

void ViewChoice::showChoice()
{
    m_selecting = true;
    QModelIndex found;
    for (int row = 0; row < m_model->rowCount() && !m_id.isEmpty(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(Roles::IdRole).toString() == m_id)
            found = index;
    }
    if (found.isValid()) {
        if (m_view->currentIndex().row() != found.row()
            || !m_view->selectionModel()->isRowSelected(found.row(), QModelIndex()))
            m_view->setCurrentIndex(found);
    } else if (m_view->selectionModel()->hasSelection()
               || m_view->selectionModel()->currentIndex().isValid()) {
        // Whatever the view moved to was not chosen: nothing looks chosen.
        m_view->selectionModel()->clear();
    }
    m_wasShown = found.isValid();
    m_selecting = false;
}
