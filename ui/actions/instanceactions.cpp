#include "instanceactions.h"

#include "api/instancesapi.h"
#include "dialogs/confirmdialog.h"
#include "domain/status.h"
#include "models/blockstoragemodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {
//! How a server is named in a question: its name, or its id when it has none.
QString shownName(const Instance &in)
{
    return in.name.isEmpty() ? in.id : in.name;
}
} // namespace

InstanceActions::InstanceActions(AccountSession *session, ResourcePage *page, QWidget *dialogParent)
    : QObject(page), m_session(session), m_page(page), m_parent(dialogParent),
      m_start(new QAction(tr("Start"), this)), m_shutdown(new QAction(tr("Shut down"), this)),
      m_reboot(new QAction(tr("Reboot"), this)), m_delete(new QAction(tr("Delete server…"), this))
{
    m_start->setObjectName(u"startAction"_s);
    m_shutdown->setObjectName(u"shutdownAction"_s);
    m_reboot->setObjectName(u"rebootAction"_s);
    m_delete->setObjectName(u"deleteAction"_s);
    m_start->setToolTip(tr("Start the server (power on)"));
    m_shutdown->setToolTip(tr("Shut the server down (power off). It is still billed while off."));
    m_reboot->setToolTip(tr("Restart the server"));
    connect(m_start, &QAction::triggered, this, &InstanceActions::start);
    connect(m_shutdown, &QAction::triggered, this, &InstanceActions::shutdown);
    connect(m_reboot, &QAction::triggered, this, &InstanceActions::reboot);
    connect(m_delete, &QAction::triggered, this, &InstanceActions::remove);
    connect(page, &ResourcePage::currentIdChanged, this, &InstanceActions::update);
    connect(session->instances(), &QAbstractItemModel::dataChanged, this, &InstanceActions::update);
    connect(session->instances(), &QAbstractItemModel::modelReset, this, &InstanceActions::update);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            &InstanceActions::update);
    // A question asked about one account's server is never answered on another's.
    connect(session, &AccountSession::accountChanged, this, [this] {
        if (m_dialog)
            m_dialog->reject();
        update();
    });
    update();
}

QList<QAction *> InstanceActions::actions() const
{
    return {m_start, m_shutdown, m_reboot, m_delete};
}

void InstanceActions::setSafety(Profile::Safety safety)
{
    m_safety = safety;
    const bool visible = safety != Profile::Safety::ReadOnly;
    for (QAction *a : actions())
        a->setVisible(visible);
    update();
}

const Instance *InstanceActions::selected() const
{
    return m_session->instances()->find(m_page->currentId());
}

void InstanceActions::update()
{
    using Status::Server;
    const Instance *in = selected();
    const Server s = in ? Status::server(in->status) : Server::Unknown;
    // Nothing more for a server while a change of it is on its way or under way.
    const bool allowed = m_safety != Profile::Safety::ReadOnly
            && !(in && m_session->operations()->unfinishedFor(Resource::Instances, in->id));
    m_start->setEnabled(allowed && (s == Server::Off || s == Server::Error));
    m_shutdown->setEnabled(allowed && (s == Server::Active || s == Server::Error));
    m_reboot->setEnabled(allowed && s == Server::Active);
    m_delete->setEnabled(allowed && in && s != Server::Deleting && s != Server::Building
                         && s != Server::Work);
}

void InstanceActions::confirmThenSubmit(Operation::Kind kind, const ApiRequest &request,
                                        const QString &title, const QString &message,
                                        const QString &verb, bool typeName)
{
    const Instance *in = selected();
    if (!in)
        return;
    const QString id = in->id;
    const QString name = in->name;
    const QString status = in->status;
    auto go = [this, kind, request, id, name, status] {
        m_session->operations()->submit(kind, request, id, name, status);
    };
    // The settings may spare a normal profile the question before shutting down or rebooting;
    // a production profile always types the name, and delete always asks.
    if (!typeName && !AppSettings::confirmPower()) {
        go();
        return;
    }
    if (m_dialog)
        m_dialog->reject();
    // A server without a name is confirmed by its id: an empty name would confirm nothing.
    m_dialog = new ConfirmDialog(title, message, verb,
                                 typeName ? (name.isEmpty() ? id : name) : QString(), m_parent);
    if (typeName && name.isEmpty())
        //: %1 is the server's id, which must be typed
        m_dialog->setTypePrompt(tr("This server has no name. To confirm, type its ID: %1").arg(id));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, go);
    m_dialog->open();
}

void InstanceActions::start()
{
    const Instance *in = selected();
    if (!in)
        return;
    // Starting harms nothing: no question.
    m_session->operations()->submit(Operation::Kind::Start, InstancesApi::start(in->id), in->id,
                                    in->name, in->status);
}

void InstanceActions::shutdown()
{
    const Instance *in = selected();
    if (!in)
        return;
    confirmThenSubmit(Operation::Kind::Shutdown, InstancesApi::shutdown(in->id),
                      tr("Shut down server"),
                      //: %1 is the server's name
                      tr("Shut down '%1'? It is like pressing the power switch, which may corrupt "
                         "the file system. A stopped server is still billed.")
                              .arg(shownName(*in)),
                      tr("Shut down"), m_safety == Profile::Safety::Production);
}

void InstanceActions::reboot()
{
    const Instance *in = selected();
    if (!in)
        return;
    confirmThenSubmit(
            Operation::Kind::Reboot, InstancesApi::reboot(in->id), tr("Reboot server"),
            tr("Reboot '%1'? Its services are unavailable until it is back.").arg(shownName(*in)),
            tr("Reboot"), m_safety == Profile::Safety::Production);
}

void InstanceActions::remove()
{
    const Instance *in = selected();
    if (!in)
        return;
    // The block storage stays (kept, detached, and still billed): say which.
    QStringList kept;
    for (const QString &volumeId : in->blockStorageIds) {
        const BlockStorage *v = m_session->volumes()->find(volumeId);
        kept.append(v ? u"%1 (%2)"_s.arg(v->name, Format::gigabytes(v->sizeGb)) : volumeId);
    }
    const QString message = kept.isEmpty()
            ? tr("Delete '%1'? A deleted server cannot be restored.").arg(shownName(*in))
            //: %1 is the server's name, %2 its block storage (names and sizes)
            : tr("Delete '%1'? A deleted server cannot be restored. Its block storage is kept "
                 "and detached, and is still billed until you delete it: %2.")
                      .arg(shownName(*in), kept.join(u", "_s));
    confirmThenSubmit(Operation::Kind::Delete, InstancesApi::remove(in->id), tr("Delete server"),
                      message, tr("Delete server"), true);
}

ConfirmDialog *InstanceActions::pendingConfirmation() const
{
    // An answered question is on its way out (deleted later), no longer pending.
    return m_dialog && m_dialog->isVisible() ? m_dialog.data() : nullptr;
}
