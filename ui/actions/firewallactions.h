#pragma once

#include "actiongroup.h"
#include "api/apirequest.h"
#include "operations/operation.h"

#include <QHash>

#include <QObject>
#include <QPointer>

class AccountSession;
class ChoiceDialog;
class QAction;
class QDialog;
class QWidget;
class ResourcePage;
struct Firewall;

//! Firewalls, every write: create and edit with the rule editor, duplicate, attach to servers
//! and detach from them (from the firewall's side, and from a server's: attachTo, detachFrom),
//! delete (its name typed; says which servers lose it). A read-only profile hides them.
class FirewallActions final : public ActionGroup
{
    Q_OBJECT
public:
    FirewallActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent);

    [[nodiscard]] QAction *createAction() const { return m_create; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *duplicateAction() const { return m_duplicate; }
    [[nodiscard]] QAction *attachAction() const { return m_attach; }
    [[nodiscard]] QAction *detachAction() const { return m_detach; }
    [[nodiscard]] QAction *deleteAction() const { return m_delete; }
    [[nodiscard]] QList<QAction *> rowActions() const;

public Q_SLOTS:
    //! Chooses a firewall for server \a serverId (from its details).
    void attachTo(const QString &serverId);
    //! Detaches firewall \a firewallId from server \a serverId (from its details).
    void detachFrom(const QString &firewallId, const QString &serverId);

Q_SIGNALS:
    void message(const QString &text);

private:
    [[nodiscard]] QList<QAction *> writeActions() const override;
    void update() override;
    [[nodiscard]] const Firewall *selected() const;
    void openEditor(int mode);
    void attach();
    void detach();
    void remove();
    //! Attaches or detaches \a firewallId to or from each of \a serverIds, through the tracker;
    //! \a dialog (the choice) stays open until each was answered, and says what was refused.
    void submitEach(bool attach, const QString &firewallId, const QStringList &serverIds,
                    ChoiceDialog *dialog = nullptr);
    //! Follows the answers of a batch: \a op of its firewall left "sending".
    void follow(const Operation &op);
    //! Sends the next change waiting for \a firewallId once none of it is unfinished.
    void sendNext(const QString &firewallId);

    struct Pending
    {
        Change change;
        ApiRequest request;
    };
    //! The servers of one attach or detach choice not answered yet, and what was refused.
    struct Batch
    {
        QPointer<ChoiceDialog> dialog;
        QStringList pending; //!< server ids
        QStringList refused; //!< "server: reason"
        int total = 0;
    };

    AccountSession *m_session;
    ResourcePage *m_page;
    QWidget *m_parent;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_attach;
    QAction *m_detach;
    QAction *m_delete;
    QHash<QString, QList<Pending>> m_waiting; //!< per firewall, in the order asked
    QHash<QString, Batch> m_batches; //!< per firewall
};
