#include "createserverdialog.h"

#include "changesubmitter.h"
#include "domain/pricing.h"
#include "domain/status.h"
#include "errortext.h"
#include "formfeedback.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/imagemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "models/specchoicemodel.h"
#include "models/sshkeymodel.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/createrefusal.h"
#include "session/resourcestore.h"
#include "ui_createserverdialog.h"
#include "volumerows.h"
#include "widgets/viewchoice.h"

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
    m_volumes = new VolumeRows(m_ui->volumeTable, this);
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
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(session->zones()),
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
        m_volumes->setRange(m_plan.volumeMinGb, m_plan.volumeMaxGb);
        readVolumes();
        updateAll();
    });

    connect(m_submitter, &ChangeSubmitter::accepted, this, &CreateServerDialog::finish);
    connect(m_submitter, &ChangeSubmitter::refused, this, &CreateServerDialog::onRefused);
    connect(m_submitter, &ChangeSubmitter::unknown, this, [this](const Operation &) {
        showMessage(tr("The answer to the create was lost: it is not known yet whether the "
                       "servers were made. The console is checking the server list and will not "
                       "send it again. You can close this window."),
                    true);
        updateAll();
    });
    connect(m_submitter, &ChangeSubmitter::settled, this, &CreateServerDialog::onSettled);

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

    // Spec: the zone's specs, by type, sorted by price. Only a spec the person picks is chosen
    // (never the neighbour the table moves to when a filter hides the chosen one).
    m_specProxy->setSourceModel(m_specs);
    m_specChoice = new ViewChoice(m_ui->specTable, m_specProxy, this);
    connect(m_specChoice, &ViewChoice::chosen, this, [this](const QString &id) {
        if (!chooseSpec(id))
            m_specChoice->select(m_plan.flavor.id);
    });
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

    // Image: those the spec supports in the zone, by visibility, kind and OS.
    m_imageProxy->setSourceModel(m_images);
    m_imageChoice = new ViewChoice(m_ui->imageTable, m_imageProxy, this);
    connect(m_imageChoice, &ViewChoice::chosen, this, [this](const QString &id) {
        if (!chooseImage(id))
            m_imageChoice->select(m_plan.image.id);
    });
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
    } imageFilters[]
            = {{m_ui->imageVisibilityCombo, Roles::VisibilityFacetRole, tr("Public and MY")},
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

    // Block storage made with the server.
    connect(m_ui->addVolumeButton, &QPushButton::clicked, this,
            [this] { m_volumes->add(qMax<qint64>(m_plan.volumeMinGb, 50), QString()); });
    connect(m_ui->removeVolumeButton, &QPushButton::clicked, m_volumes, &VolumeRows::removeCurrent);
    connect(m_volumes, &VolumeRows::changed, this, [this] {
        m_serverProblems.remove(ServerPlan::Field::Volumes);
        readVolumes();
        updateAll();
    });

    // Access.
    connect(m_ui->sshKeyList, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        m_plan.sshKeyIds.clear();
        m_serverProblems.remove(ServerPlan::Field::SshKeys);
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
        m_serverProblems.remove(ServerPlan::Field::Script);
        updateAll();
    });

    // Name, description, quantity.
    m_ui->nameEdit->setMaxLength(ServerPlan::kNameMax * 2); // longer is said, not cut
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_plan.name = text;
        m_serverProblems.remove(ServerPlan::Field::Name);
        updateAll();
    });
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_plan.description = text;
        m_serverProblems.remove(ServerPlan::Field::Description);
        updateAll();
    });
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, [this](int value) {
        m_plan.count = value;
        m_serverProblems.remove(ServerPlan::Field::Count);
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
    m_serverProblems.remove(ServerPlan::Field::Zone);
    m_ui->zoneNote->setText(Status::availability(zone->status) == Status::Availability::Available
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
    m_serverProblems.remove(ServerPlan::Field::Spec);
    m_serverProblems.remove(ServerPlan::Field::Image); // a refused combination, too
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
    m_serverProblems.remove(ServerPlan::Field::Image);
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
        auto *item = new QListWidgetItem(u"%1 (%2)"_s.arg(text, StatusText::availability(z.status)),
                                         m_ui->zoneList);
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
    m_specChoice->select(m_plan.flavor.id);
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
            const QString text = role == Roles::VisibilityFacetRole
                    ? ImageModel::visibilityText(value)
                    : role == Roles::TypeFacetRole ? ImageModel::kindText(value)
                                                   : value;
            combo->addItem(text, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
    m_imageChoice->select(m_plan.image.id);
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
            scripts->isUnavailable() ? tr("User scripts are not available for this account.")
                    : m_session->userScripts()->rowCount() == 0
                    ? tr("This account has no user script. Scripts are added in the iwinv web "
                         "console.")
                    : QString());
    m_filling = false;
}

void CreateServerDialog::readVolumes()
{
    m_plan.volumes = m_volumes->volumes();
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

CreateServerDialog::Step CreateServerDialog::stepOf(ServerPlan::Field field)
{
    using Field = ServerPlan::Field;
    switch (field) {
    case Field::Zone:
        return Step::Zone;
    case Field::Spec:
        return Step::Spec;
    case Field::Image:
        return Step::Image;
    case Field::Volumes:
        return Step::Storage;
    case Field::SshKeys:
    case Field::Script:
        return Step::Access;
    case Field::Name:
    case Field::Description:
    case Field::Count:
        return Step::Name;
    }
    return Step::Review;
}

QString CreateServerDialog::serverProblem(ServerPlan::Field field) const
{
    return m_serverProblems.value(field);
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
    m_ui->backButton->setEnabled(current != Step::Zone);
    m_ui->nextButton->setVisible(current != Step::Review);
    m_ui->nextButton->setEnabled(valid);
    m_ui->createButton->setVisible(current == Step::Review);
    // Never again after a lost answer, unless the listing shows that nothing was made.
    m_ui->createButton->setEnabled(m_plan.isReady() && m_submitter->canSend());
    m_ui->createButton->setDefault(current == Step::Review);
    m_ui->nextButton->setDefault(current != Step::Review);
    // Next to each field: what is wrong with it here, else what the server said of it.
    using Field = ServerPlan::Field;
    const struct
    {
        QLabel *label;
        Field field;
    } problems[]
            = {{m_ui->zoneError, Field::Zone},      {m_ui->specError, Field::Spec},
               {m_ui->imageError, Field::Image},    {m_ui->volumesError, Field::Volumes},
               {m_ui->sshKeyError, Field::SshKeys}, {m_ui->scriptError, Field::Script},
               {m_ui->nameError, Field::Name},      {m_ui->descriptionError, Field::Description},
               {m_ui->countError, Field::Count}};
    for (const auto &p : problems) {
        // "Choose a zone" and the like are said by the review, not under an empty choice.
        const bool choice
                = p.field == Field::Zone || p.field == Field::Spec || p.field == Field::Image;
        const QString own = choice ? QString() : m_plan.problem(p.field);
        FormFeedback::setProblem(p.label, own.isEmpty() ? serverProblem(p.field) : own);
    }
    m_ui->addVolumeButton->setEnabled(m_volumes->count() < ServerPlan::kMaxVolumes);
    m_ui->removeVolumeButton->setEnabled(m_volumes->count() > 0);
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
    line(tr("Spec"),
         m_plan.flavor.id.isEmpty()
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
        price = tr("Monthly: %1\nHourly: %2")
                        .arg(priceText(m_plan.monthlyTotal()), priceText(m_plan.hourlyTotal()));
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
    m_ui->reviewLabel->setText(lines.join(u'\n')
                               + (price.isEmpty() ? QString() : u"\n\n"_s + price));
    if (step() == Step::Review && m_submitter->canSend()) {
        // The first step's reason, whichever it is (a choice may have left the catalogue).
        QString missing;
        for (int i = 0; i < int(Step::Review) && missing.isEmpty(); ++i)
            missing = stepProblem(Step(i));
        m_ui->reviewTitle->setText(missing.isEmpty()
                                           ? tr("Check everything, then create.")
                                           //: %1 says what is missing, e.g. "Choose an image."
                                           : tr("Something is missing: %1").arg(missing));
    }
}

void CreateServerDialog::create()
{
    if (!m_plan.isReady() || !m_submitter->canSend())
        return;
    if (const Operation *other
        = m_session->operations()->createOfUnknownOutcome(Resource::Instances)) {
        // No idempotency key: the same servers could be made twice.
        showMessage(FormFeedback::createBlocked(*other), true);
        return;
    }
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

void CreateServerDialog::onRefused(const Operation &op)
{
    // Nothing was created: everything typed stays; the reason is said, and next to the field
    // it is about (until that field changes), with that step in view.
    QString text = ErrorText::describe(op.error);
    if (op.error.codeValue() == 0xc) // DEV_CHECK_RETURN
        //: %1 is iwinv's own message, shown as it is
        text = tr("Nothing was created: iwinv refused it (%1).").arg(op.error.message);
    if (const std::optional<ServerPlan::Field> field = CreateRefusal::field(op.error)) {
        m_serverProblems.insert(*field, text);
        goTo(stepOf(*field));
    }
    showMessage(text, true);
    updateAll();
}

void CreateServerDialog::onSettled(const Operation &op)
{
    switch (ChangeSubmitter::outcome(op)) {
    case ChangeSubmitter::Outcome::CarriedOut:
        finish(op); // the listing shows the servers: as if the answer had come
        return;
    case ChangeSubmitter::Outcome::NotCarriedOut:
        showMessage(tr("The server list shows that nothing was created. You can try again."), true);
        break;
    case ChangeSubmitter::Outcome::Unclear:
        //: %1 is the name the servers were asked for
        showMessage(tr("The server list cannot show whether the servers were created, so the "
                       "create is not sent again from here. Look for '%1' in the server list; "
                       "if it is not there, start a new create.")
                            .arg(op.name),
                    true);
        break;
    }
    updateAll();
}

void CreateServerDialog::finish(const Operation &op)
{
    Q_EMIT created(op);
    accept();
}

void CreateServerDialog::showMessage(const QString &text, bool error)
{
    FormFeedback::showMessage(m_ui->messageLabel, text, error);
}

QString CreateServerDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}
