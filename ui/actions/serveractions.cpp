#include "serveractions.h"

#include "dialogs/createserverdialog.h"
#include "dialogs/editserverdialog.h"
#include "dialogs/rebuilddialog.h"
#include "dialogs/resizedialog.h"
#include "domain/status.h"
#include "errortext.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "widgets/clipboardguard.h"

#include <QAction>
#include <QDesktopServices>
#include <QUrl>

using namespace Qt::StringLiterals;

ServerActions::ServerActions(AccountSession *session, ResourcePage *page, ClipboardGuard *clipboard,
                             QWidget *dialogParent)
    : ActionGroup(page), m_session(session), m_page(page), m_clipboard(clipboard),
      m_parent(dialogParent), m_create(new QAction(tr("Create server…"), this)),
      m_edit(new QAction(tr("Edit…"), this)), m_rebuild(new QAction(tr("Reinstall OS…"), this)),
      m_resize(new QAction(tr("Change spec…"), this)),
      m_console(new QAction(tr("Open VNC console"), this)),
      m_copyConsole(new QAction(tr("Copy VNC console link"), this))
{
    m_create->setObjectName(u"createServerAction"_s);
    m_edit->setObjectName(u"editServerAction"_s);
    m_rebuild->setObjectName(u"rebuildAction"_s);
    m_resize->setObjectName(u"resizeAction"_s);
    m_console->setObjectName(u"consoleAction"_s);
    m_copyConsole->setObjectName(u"copyConsoleLinkAction"_s);
    m_create->setShortcut(QKeySequence::New);
    m_create->setShortcutContext(Qt::WindowShortcut);
    m_create->setToolTip(
            tr("Create one or more servers (%1)")
                    .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_edit->setToolTip(tr("Rename the server or change its description"));
    m_rebuild->setToolTip(tr("Install another image on the server: its disk is erased"));
    m_resize->setToolTip(tr("Move the server to another spec"));
    m_console->setToolTip(tr("Open the server's VNC console in the browser"));
    connect(m_create, &QAction::triggered, this, [this] {
        auto *d = new CreateServerDialog(m_session, m_parent);
        connect(d, &CreateServerDialog::created, this, [this](const Operation &op) {
            Q_EMIT message(op.createdIds.isEmpty()
                                   //: the create was accepted without naming the new servers
                                   ? tr("Creating '%1': accepted; looking for the new servers in "
                                        "the list…")
                                             .arg(op.name)
                                   : tr("Creating '%1'…").arg(op.name));
            m_newServersOf = op.id;
            m_newServers.clear();
            selectNewServers(op);
        });
        show(d);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const Instance *in = selected())
            show(new EditServerDialog(m_session, in->id, m_parent));
    });
    connect(m_rebuild, &QAction::triggered, this, [this] {
        if (const Instance *in = selected())
            show(new RebuildDialog(m_session, in->id, m_parent));
    });
    connect(m_resize, &QAction::triggered, this, [this] {
        if (const Instance *in = selected())
            show(new ResizeDialog(m_session, in->id, m_parent));
    });
    connect(m_console, &QAction::triggered, this, [this] { openConsole(false); });
    connect(m_copyConsole, &QAction::triggered, this, [this] { openConsole(true); });

    connect(page, &ResourcePage::currentIdChanged, this, &ServerActions::update);
    connect(session->instances(), &QAbstractItemModel::dataChanged, this, &ServerActions::update);
    connect(session->instances(), &QAbstractItemModel::modelReset, this, &ServerActions::update);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            &ServerActions::update);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            [this](const Operation &op) {
                if (op.id == m_newServersOf)
                    selectNewServers(op);
            });
    // A dialog about one account's server is never answered on another's.
    connect(session, &AccountSession::accountChanged, this, [this] {
        if (QDialog *d = dialog())
            d->reject();
        update();
    });
    update();
}

QList<QAction *> ServerActions::rowActions() const
{
    return {m_edit, m_rebuild, m_resize, m_console, m_copyConsole};
}

QList<QAction *> ServerActions::writeActions() const
{
    return {m_create, m_edit, m_rebuild, m_resize};
}

const Instance *ServerActions::selected() const
{
    return m_session->instances()->find(m_page->currentId());
}

void ServerActions::update()
{
    using Status::Server;
    const Instance *in = selected();
    const Server s = in ? Status::server(in->status) : Server::Unknown;
    const bool writable = isWritable();
    const bool idle = in && !m_session->operations()->unfinishedFor(Resource::Instances, in->id);
    m_create->setEnabled(writable);
    m_edit->setEnabled(writable && idle && s != Server::Deleting);
    const bool settled = s == Server::Active || s == Server::Off;
    m_rebuild->setEnabled(writable && idle && settled);
    m_resize->setEnabled(writable && idle && settled);
    // The console needs a running server; it changes nothing, so read-only profiles have it.
    m_console->setEnabled(in && s == Server::Active);
    m_copyConsole->setEnabled(in && s == Server::Active);
}

void ServerActions::selectNewServers(const Operation &op)
{
    // Every server it made, as soon as they are known (a count of several, or a lost answer
    // the listing settles, names them later).
    if (op.createdIds.size() > m_newServers.size()) {
        m_newServers = op.createdIds;
        Q_EMIT serversCreated(m_newServers);
    }
    if (op.isFinished())
        m_newServersOf = 0;
}

void ServerActions::openConsole(bool copy)
{
    const Instance *in = selected();
    if (!in)
        return;
    const QString name = in->name;
    // A fresh link each time, never kept: opened in the browser or copied through the guard.
    m_session->readConsoleLink(
            in->id, this, [this, copy, name](const QString &link, const ApiError &error) {
                if (link.isEmpty()) {
                    Q_EMIT message(tr("The console of '%1' could not be opened: %2")
                                           .arg(name,
                                                error.isError() ? ErrorText::describe(error)
                                                                : tr("iwinv gave no link.")));
                    return;
                }
                if (copy) {
                    m_clipboard->copySecret(link);
                    Q_EMIT message(tr("Copied the console link of '%1'; it "
                                      "leaves the clipboard in 30 seconds.")
                                           .arg(name));
                } else if (!QDesktopServices::openUrl(QUrl(link))) {
                    Q_EMIT message(tr("No browser could open the console of "
                                      "'%1'.")
                                           .arg(name));
                }
            });
}
