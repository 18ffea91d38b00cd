#pragma once

#include "domain/blockstoragetype.h"

#include <QDialog>

#include <memory>

class AccountSession;
class ChangeSubmitter;
class QPushButton;

namespace Ui {
class CreateVolumeDialog;
}

//! Adding block storage: the reference makes it attached to a server, so the zone and the
//! server come first; then the type (those offered in the zone, with their size range), the
//! size, a name and a description. It is billed; the API gives no price, so
//! the dialog says so instead of guessing one.
class CreateVolumeDialog final : public QDialog
{
    Q_OBJECT
public:
    //! The size's step: the create wizard's and the simulator's (the reference gives none).
    static constexpr int kStepGb = 10;

    //! \a serverId: the server to start with (from its details), or empty.
    CreateVolumeDialog(AccountSession *session, const QString &serverId, QWidget *parent = nullptr);
    ~CreateVolumeDialog() override;

    [[nodiscard]] QPushButton *addButton() const { return m_add; }
    bool chooseServer(const QString &serverId);
    bool chooseType(const QString &type);

Q_SIGNALS:
    //! The server accepted it: \a volumeId is on its way into the table.
    void added(const QString &volumeId);

private:
    void fillZones();
    void fillServers();
    void fillTypes();
    void update();
    [[nodiscard]] QString serverProblem() const;
    [[nodiscard]] const BlockStorageType *chosenType() const;
    void add();

    const std::unique_ptr<Ui::CreateVolumeDialog> m_ui;
    AccountSession *m_session;
    ChangeSubmitter *m_submitter;
    QList<BlockStorageType> m_types;
    QString m_serverId;
    QPushButton *m_add;
    bool m_typesRead = false;
};
