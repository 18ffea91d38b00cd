#include "volumeactions.h"

#include "api/blockstorageapi.h"
#include "dialogs/changesubmitter.h"
#include "dialogs/choicedialog.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/formfeedback.h"
#include "domain/status.h"
#include "errortext.h"
#include "models/blockstoragemodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
QString serverLabel(const AccountSession &s, const QString &id)
{
    const Instance *in = s.instances()->find(id);
    return in && !in->name.isEmpty() ? in->name : id;
}
} // namespace

VolumeActions::VolumeActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent)
    : ActionGroup(page), m_session(session), m_page(page), m_parent(dialogParent),
      m_add(new QAction(tr("Add block storage…"), this)),
      m_attach(new QAction(tr("Attach to a server…"), this)),
      m_detach(new QAction(tr("Detach…"), this)),
      m_delete(new QAction(tr("Delete block storage…"), this))
{
    m_add->setObjectName(u"addVolumeAction"_s);
    m_attach->setObjectName(u"attachVolumeAction"_s);
    m_detach->setObjectName(u"detachVolumeAction"_s);
    m_delete->setObjectName(u"deleteVolumeAction"_s);
    m_add->setToolTip(tr("Add block storage to a server"));
    m_detach->setToolTip(tr("Detach it from its server: its data stays"));
    connect(m_add, &QAction::triggered, this, [this] { addFor(QString()); });
    connect(m_attach, &QAction::triggered, this, &VolumeActions::attach);
    connect(m_detach, &QAction::triggered, this, [this] {
        if (const BlockStorage *v = selected())
            detach(v->id);
    });
    connect(m_delete, &QAction::triggered, this, &VolumeActions::remove);
    connect(page, &ResourcePage::currentIdChanged, this, &VolumeActions::update);
    connect(session->volumes(), &QAbstractItemModel::dataChanged, this, &VolumeActions::update);
    connect(session->volumes(), &QAbstractItemModel::modelReset, this, &VolumeActions::update);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            &VolumeActions::update);
    connect(session, &AccountSession::accountChanged, this, [this] {
        if (QDialog *d = dialog())
            d->reject();
        update();
    });
    update();
}

QList<QAction *> VolumeActions::writeActions() const
{
    return {m_add, m_attach, m_detach, m_delete};
}

const BlockStorage *VolumeActions::selected() const
{
    return m_session->volumes()->find(m_page->currentId());
}

void VolumeActions::update()
{
    const BlockStorage *v = selected();
    const bool idle = v && !m_session->operations()->unfinishedFor(Resource::BlockStorage, v->id);
    const bool moving = v && Status::isTransitional(Status::volume(v->status));
    m_add->setEnabled(isWritable());
    m_attach->setEnabled(isWritable() && idle && !moving && v->instanceId.isEmpty());
    m_detach->setEnabled(isWritable() && idle && !moving && !v->instanceId.isEmpty());
    m_delete->setEnabled(isWritable() && idle && !moving);
}

void VolumeActions::addFor(const QString &serverId)
{
    if (!isWritable())
        return;
    auto *d = new CreateVolumeDialog(m_session, serverId, m_parent);
    connect(d, &CreateVolumeDialog::added, this,
            [this](const QString &) { Q_EMIT message(tr("Adding block storage…")); });
    show(d);
}

void VolumeActions::attach()
{
    const BlockStorage *v = selected();
    if (!v)
        return;
    const QString volumeId = v->id;
    const QString volumeName = v->name;
    // Servers of its zone; a busy or full one is shown with why.
    QList<ChoiceDialog::Item> items;
    for (const Instance &in : m_session->instances()->items()) {
        if (in.zoneId != v->zoneId)
            continue;
        QString why;
        const Status::Server s = Status::server(in.status);
        if (s == Status::Server::Building || s == Status::Server::Deleting)
            why = tr("being created or deleted");
        items.append({in.id, in.name.isEmpty() ? in.id : in.name, why});
    }
    //: %1 is the block storage's name, %2 its zone
    auto *d = new ChoiceDialog(tr("Attach block storage"),
                               tr("Attach '%1' to which server? Only servers of its zone (%2) "
                                  "can use it.")
                                       .arg(volumeName, v->zoneId),
                               tr("Attach"), items, false, m_parent);
    auto *submitter = new ChangeSubmitter(m_session->operations(), d);
    d->setStaysOpen(true); // until the server's answer: a refusal is said in it
    connect(d, &ChoiceDialog::confirmed, d,
            [this, d, submitter, volumeId, volumeName](const QStringList &chosen) {
                if (chosen.isEmpty())
                    return;
                Change change;
                change.resource = Resource::BlockStorage;
                change.kind = Operation::Kind::Attach;
                change.targetId = volumeId;
                change.name = volumeName;
                change.relatedId = chosen.first();
                change.relatedName = serverLabel(*m_session, chosen.first());
                if (submitter->submit(change, BlockStorageApi::attach(volumeId, chosen.first()))) {
                    d->setBusy(true); // never twice
                    d->showMessage(tr("Sending…"), false);
                } else {
                    d->showMessage(tr("Another change of '%1' is on its way.").arg(volumeName),
                                   true);
                }
            });
    connect(submitter, &ChangeSubmitter::accepted, d, &QDialog::accept);
    connect(submitter, &ChangeSubmitter::refused, d, [d](const Operation &op) {
        d->setBusy(false); // nothing changed: the choice stays and can be sent again
        d->showMessage(ErrorText::describe(op.error), true);
    });
    connect(submitter, &ChangeSubmitter::unknown, d, [d] {
        d->showMessage(tr("The answer was lost; the console is checking whether it was attached."),
                       true);
    });
    connect(submitter, &ChangeSubmitter::settled, d, [d](const Operation &op) {
        const ChangeSubmitter::Outcome outcome = ChangeSubmitter::outcome(op);
        if (outcome == ChangeSubmitter::Outcome::CarriedOut) {
            d->accept();
            return;
        }
        // Not carried out: it may be sent again; unclear: never from this window.
        d->setBusy(outcome != ChangeSubmitter::Outcome::NotCarriedOut);
        d->showMessage(FormFeedback::settledText(outcome), true);
    });
    show(d);
}

void VolumeActions::detach(const QString &volumeId)
{
    const BlockStorage *v = m_session->volumes()->find(volumeId);
    if (!v || v->instanceId.isEmpty() || !isWritable())
        return;
    const QString name = v->name;
    const QString serverId = v->instanceId;
    const QString server = serverLabel(*m_session, serverId);
    //: %1 is the block storage, %2 the server
    auto *d = new ConfirmDialog(tr("Detach block storage"),
                                tr("Detach '%1' from '%2'? The server can no longer use it; its "
                                   "data stays. Detaching may take some time: the row shows its "
                                   "progress. Unmount it in the server first.")
                                        .arg(name, server),
                                tr("Detach"), QString(), m_parent);
    connect(d, &QDialog::accepted, this, [this, volumeId, name, serverId, server] {
        Change change;
        change.resource = Resource::BlockStorage;
        change.kind = Operation::Kind::Detach;
        change.targetId = volumeId;
        change.name = name;
        change.relatedId = serverId;
        change.relatedName = server;
        if (!m_session->operations()->submit(change, BlockStorageApi::detach(volumeId)))
            Q_EMIT message(tr("Another change of '%1' is on its way.").arg(name));
    });
    show(d);
}

void VolumeActions::remove()
{
    const BlockStorage *v = selected();
    if (!v)
        return;
    const QString volumeId = v->id;
    // A name is optional in the API: without one, the id is what is typed.
    const QString name = v->name.isEmpty() ? v->id : v->name;
    if (!v->instanceId.isEmpty()) {
        // Refused while attached (the server says IN_USE): say why and offer the way out.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Delete block storage"),
                                    tr("'%1' is attached to '%2'. Block storage is deleted once "
                                       "it is detached: detach it first.")
                                            .arg(name, serverLabel(*m_session, v->instanceId)),
                                    QMessageBox::Cancel, m_parent);
        box->setObjectName(u"attachedNotice"_s);
        QPushButton *detachFirst = box->addButton(tr("Detach…"), QMessageBox::AcceptRole);
        detachFirst->setObjectName(u"detachFirstButton"_s);
        connect(detachFirst, &QPushButton::clicked, this, [this, volumeId] { detach(volumeId); });
        show(box);
        return;
    }
    //: %1 is the block storage's name, %2 its size
    auto *d = new ConfirmDialog(tr("Delete block storage"),
                                tr("Delete '%1' (%2)? Everything on it is lost and cannot be "
                                   "recovered.")
                                        .arg(name, Format::gigabytes(v->sizeGb)),
                                tr("Delete block storage"), name, m_parent);
    connect(d, &QDialog::accepted, this, [this, volumeId, name] {
        Change change;
        change.resource = Resource::BlockStorage;
        change.kind = Operation::Kind::Delete;
        change.targetId = volumeId;
        change.name = name;
        if (!m_session->operations()->submit(change, BlockStorageApi::remove(volumeId)))
            Q_EMIT message(tr("Another change of '%1' is on its way.").arg(name));
    });
    show(d);
}
