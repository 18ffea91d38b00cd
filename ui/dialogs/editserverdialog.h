#pragma once

#include <QDialog>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class QPushButton;

namespace Ui {
class EditServerDialog;
}

//! Renames a server and edits its description: each field says why it is not valid yet, Save
//! is enabled only when something changed and everything is valid, and a refusal keeps what
//! was typed.
class EditServerDialog final : public QDialog
{
    Q_OBJECT
public:
    EditServerDialog(AccountSession *session, const QString &instanceId, QWidget *parent = nullptr);
    ~EditServerDialog() override;

    [[nodiscard]] QPushButton *saveButton() const { return m_save; }

private:
    void update();
    void save();

    const std::unique_ptr<Ui::EditServerDialog> m_ui;
    AccountSession *m_session;
    QString m_instanceId;
    QString m_oldName;
    QString m_oldDescription;
    ChangeSubmitter *m_submitter;
    QPushButton *m_save;
};
