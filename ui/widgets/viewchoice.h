#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QAbstractItemView;

//! The row a person chose in a single-selection view, by its id (Roles::IdRole). Only the
//! person (or select()) changes it: when the chosen row is filtered out or removed, Qt makes a
//! neighbour current and selects it, and that neighbour is never taken for a choice (the view
//! then shows nothing selected). Shown again, the chosen row is selected again.
class ViewChoice final : public QObject
{
    Q_OBJECT
public:
    //! Shows \a model in \a view: it must set the model itself, to hear of a row leaving
    //! before the view moves to a neighbour.
    ViewChoice(QAbstractItemView *view, QAbstractItemModel *model, QObject *parent);

    [[nodiscard]] QString id() const { return m_id; }
    //! Makes \a id the chosen row (empty: none) and selects it when shown; true when shown.
    bool select(const QString &id);
    //! Whether the chosen row is in the view.
    [[nodiscard]] bool isShown() const;

Q_SIGNALS:
    //! The person chose the row of \a id (the dialog decides whether to take it: select()).
    void chosen(const QString &id);
    //! The chosen row is no longer in the view (a filter hides it, or it was removed).
    void hidden();

private:
    void onCurrentChanged();
    void afterModelChange();
    void showChoice();

    QAbstractItemView *m_view;
    QAbstractItemModel *m_model;
    QString m_id;
    int m_changing = 0; //!< inside a removal, reset or layout change of the model
    bool m_selecting = false; //!< our own selection, not the person's
    bool m_wasShown = false;
};
