#pragma once

#include "actiongroup.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class AccountSession;
class ClipboardGuard;
class QAction;
class QDialog;
class QWidget;
class ResourcePage;
struct Instance;
struct Operation;

//! Creating servers and the changes that take a dialog: edit (name, description), reinstall
//! OS, change spec; and the remote console (opened in the browser, its link copied only on
//! demand and cleared from the clipboard like a password). A read-only profile hides them.
class ServerActions final : public ActionGroup
{
    Q_OBJECT
public:
    ServerActions(AccountSession *session, ResourcePage *page, ClipboardGuard *clipboard,
                  QWidget *dialogParent);

    [[nodiscard]] QAction *createAction() const { return m_create; }
    [[nodiscard]] QAction *editAction() const { return m_edit; }
    [[nodiscard]] QAction *rebuildAction() const { return m_rebuild; }
    [[nodiscard]] QAction *resizeAction() const { return m_resize; }
    [[nodiscard]] QAction *consoleAction() const { return m_console; }
    [[nodiscard]] QAction *copyConsoleLinkAction() const { return m_copyConsole; }
    //! The actions on the selected server.
    [[nodiscard]] QList<QAction *> rowActions() const;

Q_SIGNALS:
    //! A create was accepted, and these are the servers it made so far (more may follow as
    //! the listing shows them): the window shows the servers page with all of them selected.
    void serversCreated(const QStringList &instanceIds);
    //! Something to say in the status bar.
    void message(const QString &text);

private:
    [[nodiscard]] QList<QAction *> writeActions() const override;
    void update() override;
    [[nodiscard]] const Instance *selected() const;
    void openConsole(bool copy);
    //! Follows the create \a op until it names what it made.
    void selectNewServers(const Operation &op);

    AccountSession *m_session;
    ResourcePage *m_page;
    ClipboardGuard *m_clipboard;
    QWidget *m_parent;
    QAction *m_create;
    QAction *m_edit;
    QAction *m_rebuild;
    QAction *m_resize;
    QAction *m_console;
    QAction *m_copyConsole;
    quint64 m_newServersOf = 0; //!< the accepted create whose servers are being selected
    QStringList m_newServers;
};
