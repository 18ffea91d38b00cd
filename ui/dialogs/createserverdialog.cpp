#include "createserverdialog.h"

#include "changesubmitter.h"
#include "domain/pricing.h"
#include "domain/status.h"
#include "errortext.h"
#include "formfeedback.h"
#include "models/format.h"
#include "models/imagemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "models/specchoicemodel.h"
#include "models/sshkeymodel.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "models/flavormodel.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "ui_createserverdialog.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace {
constexpr int kStepCount = int(CreateServerDialog::Step::Count);

QString stepTitle(CreateServerDialog::Step step)
{
    using Step = CreateServerDialog::Step;
    switch (step) {
    case Step::Zone:
        return CreateServerDialog::tr("Zone");
    case Step::Spec:
        return CreateServerDialog::tr("Spec");
    case Step::Image:
        return CreateServerDialog::tr("Image");
    case Step::Storage:
        return CreateServerDialog::tr("Block storage");
    case Step::Access:
        return CreateServerDialog::tr("SSH Key and script");
    case Step::Name:
        return CreateServerDialog::tr("Name and quantity");
    case Step::Review:
        return CreateServerDialog::tr("Review");
    case Step::Count:
        break;
    }
    return {};
}

QString priceText(const Price &p)
{
    if (!p.known)
        return CreateServerDialog::tr("not given by iwinv");
    //: %1 price without VAT, %2 with VAT
    return CreateServerDialog::tr("%1 (excl. VAT) · %2 (incl. VAT)")
            .arg(Format::money(p.price), Format::money(p.total));
}

} // namespace

CreateServerDialog::CreateServerDialog(AccountSession *session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CreateServerDialog>()), m_session(session),
      m_submitter(new ChangeSubmitter(session->operations(), this)),
      m_specs(new SpecChoiceModel(this)), m_specProxy(new ResourceFilterProxy(this)),
      m_images(new ImageModel(this)), m_imageProxy(new ResourceFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    buildSteps();

    // The account's data already on screen; only what is missing or stale is asked for.
    for (Resource r : {Resource::Zones, Resource::Flavors, Resource::Images, Resource::SshKeys,
                       Resource::UserScripts})
        session->store(r)->refreshIfStale();
    const auto refill = [this] {
        fillZones();
        fillSpecs();
        fillImages();
        fillAccess();
        updateAll();
    };
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(session->zones()),
          static_cast<QAbstractItemModel *>(session->flavors()),
          static_cast<QAbstractItemModel *>(session->images()),
          static_cast<QAbstractItemModel *>(session->sshKeys()),
          static_cast<QAbstractItemModel *>(session->userScripts())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, refill);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refill);
        connect(model, &QAbstractItemModel::dataChanged, this, refill);
        connect(model, &QAbstractItemModel::modelReset, this, refill);
    }
    session->withVolumeTypes(this, [this](const QList<BlockStorageType> &types, const ApiError &) {
        // Block storage made with a server is of the default type: the first one listed.
        if (!types.isEmpty() && types.first().maxGb > 0) {
            m_plan.volumeMinGb = qMax<qint64>(ServerPlan::kVolumeStepGb, types.first().minGb);
            m_plan.volumeMaxGb = types.first().maxGb;
        }
        readVolumes();
        updateAll();
    });

    connect(m_submitter, &ChangeSubmitter::accepted, this, [this](const Operation &op) {
        Q_EMIT created(op);
        accept();
    });
    connect(m_submitter, &ChangeSubmitter::refused, this, [this](const Operation &op) {
        // Nothing was created: everything typed stays; the reason is said.
        QString text = ErrorText::describe(op.error);
        if (op.error.errorCode == u"DEV_CHECK_RETURN"_s)
            //: %1 is iwinv's own message, shown as it is
            text = tr("Nothing was created: iwinv refused it (%1).").arg(op.error.message);
        // Said next to the field the server named too, until that field changes.
        const QString lower = op.error.message.toLower();
        if (lower.contains(u"description"_s))
            m_serverDescriptionProblem = text;
        else if (lower.contains(u"name"_s))
            m_serverNameProblem = text;
        showMessage(text, true);
        updateAll();
    });
    connect(m_submitter, &ChangeSubmitter::unknown, this, [this](const Operation &) {
        showMessage(tr("The answer to the create was lost: it is not known yet whether the "
                       "servers were made. The console is checking the server list and will not "
                       "send it again. You can close this window."),
                    true);
        updateAll();
    });
    connect(m_submitter, &ChangeSubmitter::settled, this, [this](const Operation &op) {
        if (op.state == Operation::State::NotCarriedOut)
            showMessage(tr("The server list shows that nothing was created. You can try again."),
                        true);
        else
            showMessage(tr("The servers were created: they are in the server list."), false);
        updateAll();
    });

    refill();
    goTo(Step::Zone);
}

CreateServerDialog::~CreateServerDialog() = default;

void CreateServerDialog::buildSteps()
{
    for (int i = 0; i < kStepCount; ++i)
        m_ui->stepList->addItem(u"%1. %2"_s.arg(i + 1).arg(stepTitle(Step(i))));
    connect(m_ui->stepList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_ui->stepStack->currentIndex())
            goTo(Step(row));
    });
    connect(m_ui->backButton, &QPushButton::clicked, this,
            [this] { goTo(Step(qMax(0, int(step()) - 1))); });
    connect(m_ui->nextButton, &QPushButton::clicked, this,
            [this] { goTo(Step(qMin(kStepCount - 1, int(step()) + 1))); });
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateServerDialog::create);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    // Zone.
    connect(m_ui->zoneList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling || !item)
            return;
        chooseZone(item->data(Qt::UserRole).toString());
    });

    // Spec: the zone's specs, by type, sorted by price.
    m_specProxy->setSourceModel(m_specs);
    m_ui->specTable->setModel(m_specProxy);
    m_ui->specTable->verticalHeader()->hide();
    // A dozen rows at most: every column as wide as its text, names on one line.
    m_ui->specTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->specTable->setWordWrap(false);
    // The type is the filter above the table; a spec that cannot be chosen says so by its name.
    m_ui->specTable->setColumnHidden(int(SpecChoiceModel::Column::Type), true);
    m_ui->specTable->setColumnHidden(int(SpecChoiceModel::Column::Availability), true);
    m_ui->specTable->sortByColumn(int(SpecChoiceModel::Column::Monthly), Qt::AscendingOrder);
    m_ui->specTypeCombo->addItem(tr("All types"), QString());
    connect(m_ui->specTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_ui->specTypeCombo->currentData().toString();
        m_specProxy->setFacet(Roles::TypeFacetRole,
                              type.isEmpty() ? QStringList() : QStringList {type});
    });
    connect(m_ui->specTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_filling && current.isValid())
                    chooseSpec(current.data(Roles::IdRole).toString());
            });

    // Image: those the spec supports in the zone, by visibility, kind and OS.
    m_imageProxy->setSourceModel(m_images);
    m_ui->imageTable->setModel(m_imageProxy);
    m_ui->imageTable->verticalHeader()->hide();
    m_ui->imageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->imageTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->imageTable->setWordWrap(false);
    for (ImageModel::Column hidden :
         {ImageModel::Column::Zones, ImageModel::Column::Status, ImageModel::Column::Id})
        m_ui->imageTable->setColumnHidden(int(hidden), true);
    m_ui->imageTable->sortByColumn(int(ImageModel::Column::Name), Qt::AscendingOrder);
    const struct
    {
        QComboBox *combo;
        int role;
        QString all;
    } imageFilters[] = {{m_ui->imageVisibilityCombo, Roles::VisibilityFacetRole,
                         tr("Public and MY")},
                        {m_ui->imageKindCombo, Roles::TypeFacetRole, tr("All kinds")},
                        {m_ui->imageOsCombo, Roles::OsFacetRole, tr("All OS")}};
    for (const auto &filter : imageFilters) {
        filter.combo->addItem(filter.all, QString());
        const int role = filter.role;
        QComboBox *combo = filter.combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, role] {
            const QString value = combo->currentData().toString();
            m_imageProxy->setFacet(role, value.isEmpty() ? QStringList() : QStringList {value});
        });
    }
    connect(m_ui->imageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_filling && current.isValid())
                    chooseImage(current.data(Roles::IdRole).toString());
            });

    // Block storage made with the server.
    m_ui->volumeTable->setColumnCount(2);
    m_ui->volumeTable->setHorizontalHeaderLabels({tr("Size (GB)"), tr("Name (optional)")});
    m_ui->volumeTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->volumeTable->verticalHeader()->hide();
    connect(m_ui->addVolumeButton, &QPushButton::clicked, this, [this] {
        addVolumeRow(qMax<qint64>(m_plan.volumeMinGb, 50), QString());
        readVolumes();
        updateAll();
    });
    connect(m_ui->removeVolumeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->volumeTable->currentRow() >= 0 ? m_ui->volumeTable->currentRow()
                                                             : m_ui->volumeTable->rowCount() - 1;
        if (row >= 0)
            m_ui->volumeTable->removeRow(row);
        readVolumes();
        updateAll();
    });

    // Access.
    connect(m_ui->sshKeyList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_plan.sshKeyIds.clear();
        for (int i = 0; i < m_ui->sshKeyList->count(); ++i) {
            const QListWidgetItem *item = m_ui->sshKeyList->item(i);
            if (item->checkState() == Qt::Checked)
                m_plan.sshKeyIds.append(item->data(Qt::UserRole).toString());
        }
        updateAll();
    });
    connect(m_ui->scriptCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_plan.userScriptId = m_ui->scriptCombo->currentData().toString();
        updateAll();
    });

    // Name, description, quantity.
    m_ui->nameEdit->setMaxLength(ServerPlan::kNameMax * 2); // longer is said, not cut
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_plan.name = text;
        m_serverNameProblem.clear();
        updateAll();
    });
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_plan.description = text;
        m_serverDescriptionProblem.clear();
        updateAll();
    });
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_plan.count = value;
        updateAll();
    });
    m_ui->countSpin->setMaximum(ServerPlan::kMaxCount);
}

CreateServerDialog::Step CreateServerDialog::step() const
{
    return Step(m_ui->stepStack->currentIndex());
}

void CreateServerDialog::goTo(Step target)
{
    // A step is reached only when every step before it is valid.
    int reachable = 0;
    while (reachable < int(target) && isStepValid(Step(reachable)))
        ++reachable;
    m_ui->stepStack->setCurrentIndex(reachable);
    {
        const QSignalBlocker block(m_ui->stepList);
        m_ui->stepList->setCurrentRow(reachable);
    }
    updateAll();
}

bool CreateServerDialog::chooseZone(const QString &zoneId)
{
    const Zone *zone = m_session->zones()->find(zoneId);
    if (!zone)
        return false;
    m_plan.zoneId = zoneId;
    m_ui->zoneNote->setText(Status::availability(zone->status)
                                            == Status::Availability::Available
                                    ? zone->content.join(u" · "_s)
                                    : tr("This zone is not fully available now (%1): iwinv may "
                                         "refuse to create servers here.")
                                              .arg(StatusText::availability(zone->status)));
    fillZones();
    fillSpecs();
    fillImages();
    updateAll();
    return true;
}

bool CreateServerDialog::chooseSpec(const QString &flavorId)
{
    const Flavor *f = m_specs->find(flavorId);
    if (!f || !SpecChoiceModel::isChoosable(*f))
        return false;
    m_plan.flavor = *f;
    fillSpecs();
    fillImages();
    updateAll();
    return true;
}

bool CreateServerDialog::chooseImage(const QString &imageId)
{
    const Image *i = m_images->find(imageId);
    if (!i)
        return false;
    m_plan.image = *i;
    fillImages();
    updateAll();
    return true;
}

void CreateServerDialog::fillZones()
{
    const QSignalBlocker block(m_ui->zoneList);
    m_filling = true;
    m_ui->zoneList->clear();
    for (const Zone &z : m_session->zones()->items()) {
        const QString text = z.name.isEmpty() ? z.id : u"%1 · %2"_s.arg(z.id, z.name);
        auto *item = new QListWidgetItem(
                u"%1 (%2)"_s.arg(text, StatusText::availability(z.status)), m_ui->zoneList);
        item->setData(Qt::UserRole, z.id);
        if (z.id == m_plan.zoneId)
            m_ui->zoneList->setCurrentItem(item);
    }
    m_filling = false;
}

void CreateServerDialog::fillSpecs()
{
    m_filling = true;
    const QList<Flavor> offered = m_plan.zoneId.isEmpty()
            ? QList<Flavor>()
            : ServerPlan::specsIn(m_session->flavors()->items(), m_plan.zoneId);
    m_specs->merge(offered);
    // The chosen spec follows the data (a price changed), or is dropped when it left the zone.
    if (!m_plan.flavor.id.isEmpty()) {
        const Flavor *still = m_specs->find(m_plan.flavor.id);
        m_plan.flavor = still ? *still : Flavor();
    }
    QStringList types;
    for (const Flavor &f : offered) {
        if (!types.contains(f.type))
            types.append(f.type);
    }
    const QString type = m_ui->specTypeCombo->currentData().toString();
    {
        const QSignalBlocker block(m_ui->specTypeCombo);
        while (m_ui->specTypeCombo->count() > 1)
            m_ui->specTypeCombo->removeItem(1);
        for (const QString &t : std::as_const(types))
            m_ui->specTypeCombo->addItem(t, t);
        m_ui->specTypeCombo->setCurrentIndex(qMax(0, m_ui->specTypeCombo->findData(type)));
    }
    m_specProxy->setFacet(Roles::TypeFacetRole,
                          m_ui->specTypeCombo->currentData().toString().isEmpty()
                                  ? QStringList()
                                  : QStringList {m_ui->specTypeCombo->currentData().toString()});
    for (int row = 0; row < m_specProxy->rowCount(); ++row) {
        const QModelIndex index = m_specProxy->index(row, 0);
        if (index.data(Roles::IdRole).toString() == m_plan.flavor.id)
            m_ui->specTable->setCurrentIndex(index);
    }
    int soldOut = 0;
    for (const Flavor &f : offered)
        soldOut += SpecChoiceModel::isChoosable(f) ? 0 : 1;
    m_ui->specNote->setText(soldOut > 0 ? tr("%n spec(s) are sold out here: shown, but they "
                                             "cannot be chosen.",
                                             nullptr, soldOut)
                                        : QString());
    m_filling = false;
}

void CreateServerDialog::fillImages()
{
    m_filling = true;
    const QList<Image> offered = m_plan.flavor.id.isEmpty()
            ? QList<Image>()
            : ServerPlan::imagesFor(m_session->images()->items(), m_plan.flavor, m_plan.zoneId);
    m_images->merge(offered);
    if (!m_plan.image.id.isEmpty()) {
        const Image *still = m_images->find(m_plan.image.id);
        m_plan.image = still ? *still : Image();
    }
    for (QComboBox *combo :
         {m_ui->imageVisibilityCombo, m_ui->imageKindCombo, m_ui->imageOsCombo}) {
        const int role = combo == m_ui->imageVisibilityCombo ? int(Roles::VisibilityFacetRole)
                : combo == m_ui->imageKindCombo              ? int(Roles::TypeFacetRole)
                                                             : int(Roles::OsFacetRole);
        const QString current = combo->currentData().toString();
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &value : m_imageProxy->facetValues(role)) {
            const QString text = role == Roles::VisibilityFacetRole ? ImageModel::visibilityText(value)
                    : role == Roles::TypeFacetRole                  ? ImageModel::kindText(value)
                                                                    : value;
            combo->addItem(text, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
    for (int row = 0; row < m_imageProxy->rowCount(); ++row) {
        const QModelIndex index = m_imageProxy->index(row, 0);
        if (index.data(Roles::IdRole).toString() == m_plan.image.id)
            m_ui->imageTable->setCurrentIndex(index);
    }
    m_ui->imageNote->setText(
            m_plan.flavor.id.isEmpty() || !offered.isEmpty()
                    ? QString()
                    : tr("This spec supports no image in this zone: choose another spec."));
    m_filling = false;
}

void CreateServerDialog::fillAccess()
{
    m_filling = true;
    {
        const QSignalBlocker block(m_ui->sshKeyList);
        m_ui->sshKeyList->clear();
        for (const SshKey &k : m_session->sshKeys()->items()) {
            auto *item = new QListWidgetItem(k.name.isEmpty() ? k.id : k.name, m_ui->sshKeyList);
            item->setData(Qt::UserRole, k.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(m_plan.sshKeyIds.contains(k.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_ui->sshKeyNote->setText(
            m_session->sshKeys()->rowCount() > 0
                    ? tr("Without a key the server is reached with its initial password (shown "
                         "in its details once it is made).")
                    : tr("This account has no SSH Key yet. SSH Keys are added in the iwinv web "
                         "console (SSH Key menu); the server can be reached with its initial "
                         "password meanwhile."));
    {
        const QSignalBlocker block(m_ui->scriptCombo);
        m_ui->scriptCombo->clear();
        m_ui->scriptCombo->addItem(tr("None"), QString());
        for (const UserScript &s : m_session->userScripts()->items())
            m_ui->scriptCombo->addItem(s.name.isEmpty() ? s.id : s.name, s.id);
        m_ui->scriptCombo->setCurrentIndex(
                qMax(0, m_ui->scriptCombo->findData(m_plan.userScriptId)));
    }
    const ResourceStore *scripts = m_session->store(Resource::UserScripts);
    m_ui->scriptNote->setText(
            scripts->isUnavailable()
                    ? tr("User scripts are not available for this account.")
                    : m_session->userScripts()->rowCount() == 0
                    ? tr("This account has no user script. Scripts are added in the iwinv web "
                         "console.")
                    : QString());
    m_filling = false;
}

void CreateServerDialog::addVolumeRow(qint64 sizeGb, const QString &name)
{
    const int row = m_ui->volumeTable->rowCount();
    m_ui->volumeTable->insertRow(row);
    auto *size = new QSpinBox(m_ui->volumeTable);
    size->setObjectName(u"volumeSize%1"_s.arg(row));
    size->setRange(int(m_plan.volumeMinGb), int(m_plan.volumeMaxGb));
    size->setSingleStep(ServerPlan::kVolumeStepGb);
    size->setSuffix(u" GB"_s);
    size->setValue(int(sizeGb));
    connect(size, &QSpinBox::valueChanged, this, [this] {
        readVolumes();
        updateAll();
    });
    m_ui->volumeTable->setCellWidget(row, 0, size);
    auto *label = new QLineEdit(name, m_ui->volumeTable);
    label->setObjectName(u"volumeName%1"_s.arg(row));
    connect(label, &QLineEdit::textChanged, this, [this] {
        readVolumes();
        updateAll();
    });
    m_ui->volumeTable->setCellWidget(row, 1, label);
}

void CreateServerDialog::readVolumes()
{
    m_plan.volumes.clear();
    for (int row = 0; row < m_ui->volumeTable->rowCount(); ++row) {
        auto *size = qobject_cast<QSpinBox *>(m_ui->volumeTable->cellWidget(row, 0));
        auto *name = qobject_cast<QLineEdit *>(m_ui->volumeTable->cellWidget(row, 1));
        if (size && name) {
            size->setRange(int(m_plan.volumeMinGb), int(m_plan.volumeMaxGb));
            m_plan.volumes.append({size->value(), name->text().trimmed()});
        }
    }
}

bool CreateServerDialog::isStepValid(Step s) const
{
    return stepProblem(s).isEmpty();
}

QString CreateServerDialog::stepProblem(Step s) const
{
    using Field = ServerPlan::Field;
    switch (s) {
    case Step::Zone:
        return m_plan.problem(Field::Zone);
    case Step::Spec:
        return m_plan.problem(Field::Spec);
    case Step::Image:
        return m_plan.problem(Field::Image);
    case Step::Storage:
        return m_plan.problem(Field::Volumes);
    case Step::Access:
        return {};
    case Step::Name:
        for (Field f : {Field::Name, Field::Description, Field::Count}) {
            if (!m_plan.problem(f).isEmpty())
                return m_plan.problem(f);
        }
        return {};
    case Step::Review:
    case Step::Count:
        return {};
    }
    return {};
}

void CreateServerDialog::updateAll()
{
    const Step current = step();
    for (int i = 0; i < kStepCount; ++i) {
        bool reachable = true;
        for (int before = 0; before < i; ++before)
            reachable = reachable && isStepValid(Step(before));
        QListWidgetItem *item = m_ui->stepList->item(i);
        item->setFlags(reachable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    }
    const bool valid = isStepValid(current);
    const bool sending = m_submitter->isBusy() || m_submitter->isUnknown();
    m_ui->backButton->setEnabled(current != Step::Zone);
    m_ui->nextButton->setVisible(current != Step::Review);
    m_ui->nextButton->setEnabled(valid);
    m_ui->createButton->setVisible(current == Step::Review);
    m_ui->createButton->setEnabled(m_plan.isReady() && !sending);
    m_ui->createButton->setDefault(current == Step::Review);
    m_ui->nextButton->setDefault(current != Step::Review);
    const QString nameProblem = ServerPlan::nameProblem(m_plan.name);
    FormFeedback::setProblem(m_ui->nameError, nameProblem.isEmpty() ? m_serverNameProblem : nameProblem);
    const QString descriptionProblem = ServerPlan::descriptionProblem(m_plan.description);
    FormFeedback::setProblem(m_ui->descriptionError,
               descriptionProblem.isEmpty() ? m_serverDescriptionProblem : descriptionProblem);
    FormFeedback::setProblem(m_ui->volumesError, m_plan.problem(ServerPlan::Field::Volumes));
    m_ui->addVolumeButton->setEnabled(m_ui->volumeTable->rowCount() < ServerPlan::kMaxVolumes);
    m_ui->removeVolumeButton->setEnabled(m_ui->volumeTable->rowCount() > 0);
    m_ui->storageTitle->setText(
            tr("Block storage made with the server, up to %1 (optional). Each is %2 to %3 GB, in "
               "steps of 10 GB, of the default type; another type can be added afterwards from "
               "the server's details.")
                    .arg(ServerPlan::kMaxVolumes)
                    .arg(m_plan.volumeMinGb)
                    .arg(m_plan.volumeMaxGb));
    m_ui->storageNote->setText(tr("Block storage is billed on top of the server; the iwinv API "
                                  "does not give its price."));
    m_ui->countNote->setText(m_plan.count > 1
                                     ? tr("iwinv names the %n servers itself (it may number "
                                          "them after this name).",
                                          nullptr, m_plan.count)
                                     : QString());
    updateSummary();
}

void CreateServerDialog::updateSummary()
{
    const Zone *zone = m_session->zones()->find(m_plan.zoneId);
    QStringList lines;
    auto line = [&lines](const QString &label, const QString &value) {
        //: a line of the summary: "Zone: kr1-z01"
        lines.append(tr("%1: %2").arg(label, value.isEmpty() ? tr("not chosen") : value));
    };
    line(tr("Zone"), zone ? (zone->name.isEmpty() ? zone->id : zone->name) : QString());
    line(tr("Spec"), m_plan.flavor.id.isEmpty()
                             ? QString()
                             : tr("%1 (%2 vCPU, %3 memory, %4 disk)")
                                       .arg(m_plan.flavor.name.isEmpty() ? m_plan.flavor.id
                                                                         : m_plan.flavor.name)
                                       .arg(m_plan.flavor.vcpu)
                                       .arg(Format::gigabytes(m_plan.flavor.memoryGb),
                                            Format::gigabytes(m_plan.flavor.diskGb)));
    line(tr("Image"), m_plan.image.id.isEmpty() ? QString() : m_plan.image.displayName());
    QStringList volumes;
    for (const ServerPlan::Volume &v : m_plan.volumes)
        volumes.append(v.name.isEmpty() ? Format::gigabytes(v.sizeGb)
                                        : u"%1 %2"_s.arg(v.name, Format::gigabytes(v.sizeGb)));
    lines.append(tr("%1: %2").arg(tr("Block storage"),
                                  volumes.isEmpty() ? tr("none") : volumes.join(u", "_s)));
    QStringList keys;
    for (const QString &id : m_plan.sshKeyIds) {
        const SshKey *k = m_session->sshKeys()->find(id);
        keys.append(k ? k->name : id);
    }
    lines.append(tr("%1: %2").arg(tr("SSH Key"), keys.isEmpty() ? tr("none") : keys.join(u", "_s)));
    const UserScript *script = m_session->userScripts()->find(m_plan.userScriptId);
    lines.append(tr("%1: %2").arg(tr("User script"), script ? script->name : tr("none")));
    line(tr("Name"), m_plan.name.trimmed());
    if (!m_plan.description.isEmpty())
        line(tr("Description"), m_plan.description);
    lines.append(tr("%1: %2").arg(tr("Quantity"), QString::number(m_plan.count)));
    m_ui->summaryLabel->setText(lines.join(u'\n'));

    QString price;
    if (!m_plan.flavor.id.isEmpty()) {
        //: %1 is the monthly total (with and without VAT), %2 the hourly one
        price = tr("Monthly: %1\nHourly: %2").arg(priceText(m_plan.monthlyTotal()),
                                                  priceText(m_plan.hourlyTotal()));
        if (m_plan.count > 1)
            //: %1 is the number of servers, %2 the price of one
            price += u'\n'
                    + tr("(%n servers at %1 each a month)", nullptr, m_plan.count)
                              .arg(priceText(Pricing::monthly(m_plan.flavor)));
        if (!m_plan.volumes.isEmpty())
            price += u'\n' + tr("Block storage is billed on top.");
    }
    m_ui->priceLabel->setText(price);
    m_ui->priceLabel->setAccessibleName(price);
    // The review: everything chosen, and what it costs, in view before creating.
    m_ui->reviewLabel->setText(lines.join(u'\n') + (price.isEmpty() ? QString() : u"\n\n"_s + price));
    if (step() == Step::Review && !m_submitter->isBusy() && !m_submitter->isUnknown())
        m_ui->reviewTitle->setText(m_plan.isReady()
                                           ? tr("Check everything, then create.")
                                           : tr("Something is missing: %1")
                                                     .arg(stepProblem(Step::Name).isEmpty()
                                                                  ? m_plan.problem(
                                                                            ServerPlan::Field::Spec)
                                                                  : stepProblem(Step::Name)));
}

void CreateServerDialog::create()
{
    if (!m_plan.isReady())
        return;
    Change change;
    change.resource = Resource::Instances;
    change.kind = Operation::Kind::Create;
    change.name = m_plan.name.trimmed();
    change.count = m_plan.count;
    if (!m_submitter->submit(change, InstancesApi::create(m_plan.createSpec()))) {
        showMessage(tr("It could not be sent: another change is on its way."), true);
        return;
    }
    showMessage(tr("Sending…"), false);
    updateAll();
}

void CreateServerDialog::showMessage(const QString &text, bool error)
{
    FormFeedback::showMessage(m_ui->messageLabel, text, error);
}

QString CreateServerDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}
