#pragma once

#include "domain/flavor.h"

#include <QDialog>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class QLabel;
class QPushButton;
class ResourceFilterProxy;
class SpecChoiceModel;
class ViewChoice;

namespace Ui {
class ResizeDialog;
}

//! Changes a server's spec: the specs of its zone that support its image (sold-out ones shown,
//! not chosen), the current and the new spec side by side, the monthly price difference, and
//! what happens to the server meanwhile.
class ResizeDialog final : public QDialog
{
    Q_OBJECT
public:
    ResizeDialog(AccountSession *session, const QString &instanceId, QWidget *parent = nullptr);
    ~ResizeDialog() override;

    [[nodiscard]] QPushButton *resizeButton() const { return m_resize; }
    bool chooseSpec(const QString &flavorId);
    //! The comparison as shown ("vCPU: 2 → 4", ...), for tests.
    [[nodiscard]] QStringList comparison() const;

private:
    void fill();
    void update();
    void resize();

    const std::unique_ptr<Ui::ResizeDialog> m_ui;
    AccountSession *m_session;
    QString m_instanceId;
    QString m_name;
    QString m_status;
    Flavor m_current;
    Flavor m_chosen;
    ChangeSubmitter *m_submitter;
    SpecChoiceModel *m_specs;
    ResourceFilterProxy *m_proxy;
    ViewChoice *m_choice;
    QPushButton *m_resize;
    QList<QLabel *> m_compare;
};
