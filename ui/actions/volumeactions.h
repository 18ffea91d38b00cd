#pragma once

#include "actiongroup.h"

#include <QObject>
#include <QPointer>

class AccountSession;
class QAction;
class QDialog;
class QWidget;
class ResourcePage;
struct BlockStorage;

//! Block storage, every write: add (attached to a server, as the reference makes it), attach to
//! another server of its zone, detach (progress in its row), delete (its name typed; refused
//! while attached, with the reason and a way to detach first). The same from a server's details
//! (addFor, detach). A read-only profile hides them.
class VolumeActions final : public ActionGroup
{
    Q_OBJECT
public:
    VolumeActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent);

    [[nodiscard]] QAction *addAction() const { return m_add; }
    [[nodiscard]] QAction *attachAction() const { return m_attach; }
    [[nodiscard]] QAction *detachAction() const { return m_detach; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QList<QAction *> rowActions() const { return {m_attach, m_detach, m_delete}; }

public Q_SLOTS:
    //! Adds block storage to server \a serverId (from its details).
    void addFor(const QString &serverId);
    //! Asks and detaches volume \a volumeId (from a server's details, or the selected one).
    void detach(const QString &volumeId);

Q_SIGNALS:
    void message(const QString &text);

private:
    [[nodiscard]] QList<QAction *> writeActions() const override;
    void update() override;
    [[nodiscard]] const BlockStorage *selected() const;
    void attach();
    void remove();

    AccountSession *m_session;
    ResourcePage *m_page;
    QWidget *m_parent;
    QAction *m_add;
    QAction *m_attach;
    QAction *m_detach;
    QAction *m_delete;
};
