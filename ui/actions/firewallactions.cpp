#include "firewallactions.h"

#include "api/firewallsapi.h"
#include "dialogs/choicedialog.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/firewalleditordialog.h"
#include "domain/status.h"
#include "errortext.h"
#include "models/firewallmodel.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace {
QString serverLabel(const AccountSession &s, const QString &id)
{
    const Instance *in = s.instances()->find(id);
    return in && !in->name.isEmpty() ? in->name : id;
}
} // namespace

FirewallActions::FirewallActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent)
    : ActionGroup(page), m_session(session), m_page(page), m_parent(dialogParent),
      m_create(new QAction(tr("Create firewall…"), this)),
      m_edit(new QAction(tr("Edit rules…"), this)),
      m_duplicate(new QAction(tr("Duplicate…"), this)),
      m_attach(new QAction(tr("Attach to servers…"), this)),
      m_detach(new QAction(tr("Detach from servers…"), this)),
      m_delete(new QAction(tr("Delete firewall…"), this))
{
    m_create->setObjectName(u"createFirewallAction"_s);
    m_edit->setObjectName(u"editFirewallAction"_s);
    m_duplicate->setObjectName(u"duplicateFirewallAction"_s);
    m_attach->setObjectName(u"attachFirewallAction"_s);
    m_detach->setObjectName(u"detachFirewallAction"_s);
    m_delete->setObjectName(u"deleteFirewallAction"_s);
    connect(m_create, &QAction::triggered, this,
            [this] { openEditor(int(FirewallEditorDialog::Mode::Create)); });
    connect(m_edit, &QAction::triggered, this,
            [this] { openEditor(int(FirewallEditorDialog::Mode::Edit)); });
    connect(m_duplicate, &QAction::triggered, this,
            [this] { openEditor(int(FirewallEditorDialog::Mode::Duplicate)); });
    connect(m_attach, &QAction::triggered, this, &FirewallActions::attach);
    connect(m_detach, &QAction::triggered, this, &FirewallActions::detach);
    connect(m_delete, &QAction::triggered, this, &FirewallActions::remove);
    connect(page, &ResourcePage::currentIdChanged, this, &FirewallActions::update);
    connect(session->firewalls(), &QAbstractItemModel::dataChanged, this, &FirewallActions::update);
    connect(session->firewalls(), &QAbstractItemModel::modelReset, this, &FirewallActions::update);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            [this](const Operation &op) {
                update();
                if (op.resource != Resource::Firewalls)
                    return;
                follow(op);
                if (op.isFinished())
                    sendNext(op.targetId);
            });
    connect(session, &AccountSession::accountChanged, this, [this] {
        m_waiting.clear(); // another account: nothing of this one is sent
        m_batches.clear();
        if (auto *editor = qobject_cast<FirewallEditorDialog *>(dialog()))
            editor->discard();
        else if (QDialog *d = dialog())
            d->reject();
        update();
    });
    update();
}

QList<QAction *> FirewallActions::rowActions() const
{
    return {m_edit, m_duplicate, m_attach, m_detach, m_delete};
}

QList<QAction *> FirewallActions::writeActions() const
{
    return {m_create, m_edit, m_duplicate, m_attach, m_detach, m_delete};
}

const Firewall *FirewallActions::selected() const
{
    return m_session->firewalls()->find(m_page->currentId());
}

void FirewallActions::update()
{
    const Firewall *f = selected();
    const bool idle = f && !m_session->operations()->unfinishedFor(Resource::Firewalls, f->id);
    m_create->setEnabled(isWritable());
    m_edit->setEnabled(isWritable() && idle);
    m_duplicate->setEnabled(isWritable() && f);
    m_attach->setEnabled(isWritable() && idle);
    m_detach->setEnabled(isWritable() && idle && !f->instanceIds.isEmpty());
    m_delete->setEnabled(isWritable() && idle);
}

void FirewallActions::openEditor(int mode)
{
    const auto m = FirewallEditorDialog::Mode(mode);
    const Firewall *f = selected();
    if (m != FirewallEditorDialog::Mode::Create && !f)
        return;
    const QString id = f && m != FirewallEditorDialog::Mode::Create ? f->id : QString();
    auto *d = new FirewallEditorDialog(m_session, m, id, m_parent);
    connect(d, &FirewallEditorDialog::saved, this,
            [this](const QString &) { Q_EMIT message(tr("The firewall was saved.")); });
    show(d);
}

void FirewallActions::submitEach(bool attach, const QString &firewallId,
                                 const QStringList &serverIds, ChoiceDialog *dialog)
{
    if (dialog) {
        Batch &b = m_batches[firewallId];
        b.dialog = dialog;
        b.pending += serverIds;
        b.total += int(serverIds.size());
        dialog->setBusy(true); // never twice
        dialog->showMessage(tr("Sending…"), false);
    }
    const Firewall *f = m_session->firewalls()->find(firewallId);
    const FirewallsApi::Dialect dialect = m_session->firewallDialect();
    QList<Pending> &queue = m_waiting[firewallId];
    for (const QString &serverId : serverIds) {
        Pending p;
        p.change.resource = Resource::Firewalls;
        p.change.kind = attach ? Operation::Kind::Attach : Operation::Kind::Detach;
        p.change.targetId = firewallId;
        p.change.name = f ? f->title : firewallId;
        p.change.relatedId = serverId;
        p.change.relatedName = serverLabel(*m_session, serverId);
        p.request = attach ? FirewallsApi::attach(firewallId, serverId, dialect)
                           : FirewallsApi::detach(firewallId, serverId, dialect);
        queue.append(p);
    }
    sendNext(firewallId);
    // One change at a time per firewall: the rest wait until the one before has ended.
    const qsizetype later = m_waiting.value(firewallId).size();
    if (later > 0)
        Q_EMIT message(tr("%n more server(s) follow, one after the other.", nullptr, int(later)));
}

void FirewallActions::sendNext(const QString &firewallId)
{
    auto it = m_waiting.find(firewallId);
    if (it == m_waiting.end())
        return;
    if (it->isEmpty()) {
        m_waiting.erase(it);
        return;
    }
    if (m_session->operations()->unfinishedFor(Resource::Firewalls, firewallId))
        return;
    const Pending p = it->takeFirst();
    if (it->isEmpty())
        m_waiting.erase(it);
    if (!m_session->operations()->submit(p.change, p.request)) {
        const QString why = tr("Another change of '%1' is on its way.").arg(p.change.name);
        Q_EMIT message(why);
        Operation refused;
        refused.resource = Resource::Firewalls;
        refused.kind = p.change.kind;
        refused.targetId = firewallId;
        refused.relatedId = p.change.relatedId;
        refused.relatedName = p.change.relatedName;
        refused.state = Operation::State::Refused;
        refused.error.kind = ApiError::Kind::Busy;
        refused.error.message = why;
        follow(refused);
        sendNext(firewallId);
    }
}

void FirewallActions::follow(const Operation &op)
{
    if (op.kind != Operation::Kind::Attach && op.kind != Operation::Kind::Detach)
        return;
    auto it = m_batches.find(op.targetId);
    if (it == m_batches.end() || !it->pending.contains(op.relatedId)
        || op.state == Operation::State::Sending)
        return;
    if (op.state == Operation::State::Checking) {
        // The answer was lost: not sent again; the listing tells, and the dialog waits for it.
        if (it->dialog)
            //: %1 is the server
            it->dialog->showMessage(
                    tr("The answer for %1 was lost: the console is checking "
                       "whether it was done, and will not send it again.")
                            .arg(op.relatedName.isEmpty() ? op.relatedId : op.relatedName),
                    true);
        return;
    }
    // Answered: accepted (it is followed in the list) or refused (said in the dialog).
    it->pending.removeAll(op.relatedId);
    const bool refused = op.state == Operation::State::Refused
            || op.state == Operation::State::EndedInError
            || op.state == Operation::State::NotCarriedOut
            || op.state == Operation::State::NoChangeSeen || op.state == Operation::State::Gone;
    QString why;
    if (op.error.isError())
        why = ErrorText::describe(op.error);
    else if (op.state == Operation::State::NotCarriedOut)
        why = tr("not carried out");
    else if (op.state == Operation::State::NoChangeSeen)
        why = tr("the list cannot show whether it was done: check it there");
    else if (op.state == Operation::State::Gone)
        why = tr("it no longer exists");
    else
        why = tr("not carried out");
    if (refused)
        //: %1 is the server, %2 why the change was refused
        it->refused.append(
                tr("%1: %2").arg(op.relatedName.isEmpty() ? op.relatedId : op.relatedName, why));
    ChoiceDialog *d = it->dialog;
    if (d && !refused)
        d->markDone(op.relatedId,
                    op.kind == Operation::Kind::Attach ? tr("attached") : tr("detached"));
    if (!it->pending.isEmpty()) {
        if (d)
            //: %1 answered so far, %2 in all
            d->showMessage(tr("Sending… %1 of %2 answered.")
                                   .arg(it->total - it->pending.size())
                                   .arg(it->total),
                           false);
        return;
    }
    const QStringList failures = it->refused;
    m_batches.erase(it);
    if (!d)
        return;
    if (failures.isEmpty()) {
        d->accept();
        return;
    }
    // What was refused stays chosen, and can be sent again.
    d->setBusy(false);
    d->showMessage(tr("Not every change was accepted:\n%1").arg(failures.join(u'\n')), true);
}

void FirewallActions::attach()
{
    const Firewall *f = selected();
    if (!f)
        return;
    QList<ChoiceDialog::Item> items;
    for (const Instance &in : m_session->instances()->items()) {
        if (f->instanceIds.contains(in.id))
            continue;
        QString why;
        if (const Firewall *other = m_session->firewalls()->firewallOf(in.id))
            //: %1 is the other firewall's name
            why = tr("protected by '%1'").arg(other->title);
        else if (Status::server(in.status) == Status::Server::Deleting)
            why = tr("being deleted");
        items.append({in.id, in.name.isEmpty() ? in.id : in.name, why});
    }
    const QString firewallId = f->id;
    auto *d = new ChoiceDialog(tr("Attach firewall"),
                               //: %1 is the firewall's name
                               tr("Which servers should '%1' protect? A server has one firewall: "
                                  "servers another one protects are shown, not chosen.")
                                       .arg(f->title),
                               tr("Attach"), items, true, m_parent);
    d->setStaysOpen(true); // until every server's answer: a refusal is said in it
    connect(d, &ChoiceDialog::confirmed, this, [this, firewallId, d](const QStringList &ids) {
        submitEach(true, firewallId, ids, d);
    });
    show(d);
}

void FirewallActions::detach()
{
    const Firewall *f = selected();
    if (!f)
        return;
    QList<ChoiceDialog::Item> items;
    for (const QString &id : f->instanceIds)
        items.append({id, serverLabel(*m_session, id), QString()});
    const QString firewallId = f->id;
    auto *d = new ChoiceDialog(tr("Detach firewall"),
                               tr("Which servers should '%1' stop protecting? They are left "
                                  "without a firewall.")
                                       .arg(f->title),
                               tr("Detach"), items, true, m_parent);
    d->setStaysOpen(true);
    connect(d, &ChoiceDialog::confirmed, this, [this, firewallId, d](const QStringList &ids) {
        submitEach(false, firewallId, ids, d);
    });
    show(d);
}

void FirewallActions::attachTo(const QString &serverId)
{
    if (!isWritable())
        return;
    QList<ChoiceDialog::Item> items;
    for (const Firewall &f : m_session->firewalls()->items())
        items.append({f.id, f.title, QString()});
    auto *d = new ChoiceDialog(
            tr("Attach firewall"),
            tr("Which firewall should protect '%1'?").arg(serverLabel(*m_session, serverId)),
            tr("Attach"), items, false, m_parent);
    d->setStaysOpen(true);
    connect(d, &ChoiceDialog::confirmed, this, [this, serverId, d](const QStringList &ids) {
        if (!ids.isEmpty())
            submitEach(true, ids.first(), {serverId}, d);
    });
    show(d);
}

void FirewallActions::detachFrom(const QString &firewallId, const QString &serverId)
{
    const Firewall *f = m_session->firewalls()->find(firewallId);
    if (!f || !isWritable())
        return;
    //: %1 is the firewall, %2 the server
    auto *d = new ConfirmDialog(tr("Detach firewall"),
                                tr("Detach '%1' from '%2'? The server is left without a "
                                   "firewall.")
                                        .arg(f->title, serverLabel(*m_session, serverId)),
                                tr("Detach"), QString(), m_parent);
    connect(d, &QDialog::accepted, this,
            [this, firewallId, serverId] { submitEach(false, firewallId, {serverId}); });
    show(d);
}

void FirewallActions::remove()
{
    const Firewall *f = selected();
    if (!f)
        return;
    QStringList servers;
    for (const QString &id : f->instanceIds)
        servers.append(serverLabel(*m_session, id));
    const QString firewallId = f->id;
    const QString title = f->title.isEmpty() ? f->id : f->title; // what is typed to delete
    //: %1 is the firewall's name, %2 the servers it protects
    const QString text = servers.isEmpty()
            ? tr("Delete '%1'? It protects no server.").arg(title)
            : tr("Delete '%1'? These servers lose it and are left without a firewall: %2. iwinv "
                 "may refuse while it is attached: detach it first then.")
                      .arg(title, servers.join(u", "_s));
    auto *d = new ConfirmDialog(tr("Delete firewall"), text, tr("Delete firewall"), title,
                                m_parent);
    connect(d, &QDialog::accepted, this, [this, firewallId, title] {
        Change change;
        change.resource = Resource::Firewalls;
        change.kind = Operation::Kind::Delete;
        change.targetId = firewallId;
        change.name = title;
        if (!m_session->operations()->submit(
                    change, FirewallsApi::remove(firewallId, m_session->firewallDialect())))
            Q_EMIT message(tr("Another change of '%1' is on its way.").arg(title));
    });
    show(d);
}
