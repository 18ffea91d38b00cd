#include "createvolumedialog.h"

#include "api/blockstorageapi.h"
#include "changesubmitter.h"
#include "domain/status.h"
#include "errortext.h"
#include "formfeedback.h"
#include "models/instancemodel.h"
#include "models/zonemodel.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "session/serverplan.h"
#include "ui_createvolumedialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

CreateVolumeDialog::CreateVolumeDialog(AccountSession *session, const QString &serverId,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CreateVolumeDialog>()), m_session(session),
      m_submitter(new ChangeSubmitter(session->operations(), this)), m_serverId(serverId)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_ui->priceNote->setText(tr("Block storage is billed for as long as it exists, attached or "
                                "not. The iwinv API does not give its price."));
    m_add = m_ui->buttonBox->addButton(tr("Add block storage"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addButton"_s);
    m_add->setDefault(true);
    m_ui->sizeSpin->setSingleStep(kStepGb);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreateVolumeDialog::add);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->zoneCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillServers();
        fillTypes();
    });
    connect(m_ui->serverCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_serverId = m_ui->serverCombo->currentData().toString();
        update();
    });
    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const BlockStorageType *t = chosenType()) {
            m_ui->sizeSpin->setRange(int(qMax<qint64>(1, t->minGb)), int(t->maxGb));
            m_ui->typeLabel->setToolTip(tr("%1 to %2 GB").arg(t->minGb).arg(t->maxGb));
        }
        update();
    });
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->descriptionEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateVolumeDialog::update);
    connect(m_ui->sizeSpin, &QSpinBox::valueChanged, this, &CreateVolumeDialog::update);
    FormFeedback::follow(m_submitter, this, m_ui->messageLabel);
    connect(m_submitter, &ChangeSubmitter::accepted, this, [this](const Operation &op) {
        if (!op.targetId.isEmpty())
            Q_EMIT added(op.targetId);
    });
    connect(m_submitter, &ChangeSubmitter::refused, this, &CreateVolumeDialog::update);
    // A lost answer settled as not made: it may be sent again.
    connect(m_submitter, &ChangeSubmitter::settled, this, &CreateVolumeDialog::update);

    session->store(Resource::Zones)->refreshIfStale();
    connect(session->store(Resource::Zones), &ResourceStore::refreshed, this,
            &CreateVolumeDialog::fillZones);
    session->withVolumeTypes(
            this, [this](const QList<BlockStorageType> &types, const ApiError &error) {
                m_types = types;
                m_typesRead = true;
                if (error.isError())
                    FormFeedback::showMessage(m_ui->messageLabel, ErrorText::describe(error), true);
                fillTypes();
            });
    fillZones();
}

CreateVolumeDialog::~CreateVolumeDialog() = default;

void CreateVolumeDialog::fillZones()
{
    const Instance *start = m_session->instances()->find(m_serverId);
    const QString wanted = start ? start->zoneId : m_ui->zoneCombo->currentData().toString();
    const QSignalBlocker block(m_ui->zoneCombo);
    m_ui->zoneCombo->clear();
    QStringList zones;
    for (const Zone &z : m_session->zones()->items())
        zones.append(z.id);
    for (const Instance &in : m_session->instances()->items()) {
        if (!zones.contains(in.zoneId) && !in.zoneId.isEmpty())
            zones.append(in.zoneId); // zones not listed yet still have servers
    }
    for (const QString &id : std::as_const(zones)) {
        const Zone *z = m_session->zones()->find(id);
        m_ui->zoneCombo->addItem(z && !z->name.isEmpty() ? u"%1 · %2"_s.arg(id, z->name) : id, id);
    }
    m_ui->zoneCombo->setCurrentIndex(qMax(0, m_ui->zoneCombo->findData(wanted)));
    fillServers();
    fillTypes();
}

void CreateVolumeDialog::fillServers()
{
    const QString zone = m_ui->zoneCombo->currentData().toString();
    const QString wanted = m_serverId;
    const QSignalBlocker block(m_ui->serverCombo);
    m_ui->serverCombo->clear();
    for (const Instance &in : m_session->instances()->items()) {
        if (in.zoneId == zone)
            m_ui->serverCombo->addItem(in.name.isEmpty() ? in.id : in.name, in.id);
    }
    m_ui->serverCombo->setCurrentIndex(qMax(0, m_ui->serverCombo->findData(wanted)));
    m_serverId = m_ui->serverCombo->currentData().toString();
    update();
}

void CreateVolumeDialog::fillTypes()
{
    const QString zone = m_ui->zoneCombo->currentData().toString();
    const QString wanted = m_ui->typeCombo->currentData().toString();
    {
        const QSignalBlocker block(m_ui->typeCombo);
        m_ui->typeCombo->clear();
        for (const BlockStorageType &t : std::as_const(m_types)) {
            // zones null: every zone (observed for ssd).
            if (!t.zones.isEmpty() && !t.zones.contains(zone))
                continue;
            //: a block storage type and its size range
            m_ui->typeCombo->addItem(
                    tr("%1 (%2 to %3 GB)").arg(t.type.toUpper()).arg(t.minGb).arg(t.maxGb), t.type);
        }
        m_ui->typeCombo->setCurrentIndex(qMax(0, m_ui->typeCombo->findData(wanted)));
    }
    if (const BlockStorageType *t = chosenType())
        m_ui->sizeSpin->setRange(int(qMax<qint64>(1, t->minGb)), int(t->maxGb));
    update();
}

const BlockStorageType *CreateVolumeDialog::chosenType() const
{
    const QString type = m_ui->typeCombo->currentData().toString();
    for (const BlockStorageType &t : m_types) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

bool CreateVolumeDialog::chooseServer(const QString &serverId)
{
    const Instance *in = m_session->instances()->find(serverId);
    if (!in)
        return false;
    m_serverId = serverId;
    m_ui->zoneCombo->setCurrentIndex(qMax(0, m_ui->zoneCombo->findData(in->zoneId)));
    fillServers();
    return m_ui->serverCombo->currentData().toString() == serverId;
}

bool CreateVolumeDialog::chooseType(const QString &type)
{
    const int at = m_ui->typeCombo->findData(type);
    if (at < 0)
        return false;
    m_ui->typeCombo->setCurrentIndex(at);
    return true;
}

QString CreateVolumeDialog::serverProblem() const
{
    const Instance *in = m_session->instances()->find(m_serverId);
    if (!in)
        return m_ui->serverCombo->count() == 0 ? tr("This zone has no server to attach it to.")
                                               : tr("Choose a server.");
    const Status::Server s = Status::server(in->status);
    if (s == Status::Server::Building || s == Status::Server::Deleting)
        return tr("The server is being created or deleted: choose another, or wait.");
    return {};
}

void CreateVolumeDialog::update()
{
    FormFeedback::setProblem(m_ui->serverError, serverProblem());
    const BlockStorageType *type = chosenType();
    const int size = m_ui->sizeSpin->value();
    QString sizeProblem;
    if (!type)
        sizeProblem
                = m_typesRead ? tr("No type is offered in this zone.") : tr("Reading the types…");
    else if (size < type->minGb || size > type->maxGb || size % kStepGb != 0)
        // The steps are what the create wizard and the simulator ask (the reference is silent).
        sizeProblem = tr("The size must be %1 to %2 GB, in steps of %3 GB.")
                              .arg(type->minGb)
                              .arg(type->maxGb)
                              .arg(kStepGb);
    FormFeedback::setProblem(m_ui->sizeError, sizeProblem);
    // A name is needed: a lost answer is looked for by it.
    const QString name = m_ui->nameEdit->text();
    const QString nameProblem = name.trimmed().isEmpty()
            ? tr("Give the block storage a name (1 to %1 characters).").arg(ServerPlan::kNameMax)
            : ServerPlan::nameProblem(name);
    FormFeedback::setProblem(m_ui->nameError, nameProblem);
    const QString descriptionProblem
            = ServerPlan::descriptionProblem(m_ui->descriptionEdit->text());
    FormFeedback::setProblem(m_ui->descriptionError, descriptionProblem);
    m_add->setEnabled(serverProblem().isEmpty() && sizeProblem.isEmpty() && nameProblem.isEmpty()
                      && descriptionProblem.isEmpty() && m_submitter->canSend());
}

void CreateVolumeDialog::add()
{
    if (!m_add->isEnabled())
        return;
    BlockStorageApi::CreateSpec spec;
    spec.instanceId = m_serverId;
    spec.type = m_ui->typeCombo->currentData().toString();
    spec.sizeGb = m_ui->sizeSpin->value();
    spec.name = m_ui->nameEdit->text().trimmed();
    spec.description = m_ui->descriptionEdit->text();
    Change change;
    change.resource = Resource::BlockStorage;
    change.kind = Operation::Kind::Create;
    const Instance *in = m_session->instances()->find(m_serverId);
    change.name = spec.name;
    change.relatedId = m_serverId;
    change.relatedName = in ? in->name : QString();
    if (!m_submitter->submit(change, BlockStorageApi::create(spec))) {
        const Operation *other
                = m_session->operations()->createOfUnknownOutcome(Resource::BlockStorage);
        FormFeedback::showMessage(m_ui->messageLabel,
                                  other ? FormFeedback::createBlocked(*other)
                                        : tr("It could not be sent: another change is on its "
                                             "way."),
                                  true);
        return;
    }
    FormFeedback::showMessage(m_ui->messageLabel, tr("Sending…"), false);
    update();
}
