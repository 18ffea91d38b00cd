#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ConfirmDialog;
}

//! Asks before a change: says what will happen, names the action on its button, keeps the focus
//! on Cancel, and, when the change cannot be undone (or the profile is marked production),
//! enables the action only once the resource's name is typed exactly.
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
public:
    //! \a action is the button's verb ("Delete server"); \a typedName, when not empty, must be
    //! typed to enable it.
    ConfirmDialog(const QString &title, const QString &message, const QString &action,
                  const QString &typedName, QWidget *parent = nullptr);
    ~ConfirmDialog() override;

    [[nodiscard]] QPushButton *actionButton() const { return m_action; }
    [[nodiscard]] bool needsTypedName() const { return !m_typedName.isEmpty(); }
    //! Says what is to be typed in other words ("type its ID: ...").
    void setTypePrompt(const QString &text);

private:
    const std::unique_ptr<Ui::ConfirmDialog> m_ui;
    QPushButton *m_action;
    QString m_typedName;
};
