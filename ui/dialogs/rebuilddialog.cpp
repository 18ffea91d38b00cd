#include "rebuilddialog.h"

#include "api/instancesapi.h"
#include "changesubmitter.h"
#include "formfeedback.h"
#include "models/flavormodel.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "session/serverplan.h"
#include "ui_rebuilddialog.h"
#include "widgets/viewchoice.h"

#include <QHeaderView>
#include <QPushButton>

RebuildDialog::RebuildDialog(AccountSession *session, const QString &instanceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RebuildDialog>()), m_session(session),
      m_instanceId(instanceId), m_submitter(new ChangeSubmitter(session->operations(), this)),
      m_images(new ImageModel(this)), m_proxy(new ResourceFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    if (const Instance *in = session->instances()->find(instanceId)) {
        m_name = in->name;
        m_status = in->status;
        m_imageBefore = in->image.id;
    }
    // A server without a name is confirmed by its id: an empty field confirms nothing.
    m_confirmation = m_name.isEmpty() ? m_instanceId : m_name;
    //: %1 is the server's name (its id when it has none)
    m_ui->warningLabel->setText(tr("Reinstalling the OS of '%1' erases its disk: everything on "
                                   "it is lost and cannot be recovered.")
                                        .arg(m_confirmation));
    FormFeedback::setProblem(m_ui->warningLabel, m_ui->warningLabel->text());
    m_ui->typeLabel->setText(
            m_name.isEmpty()
                    //: %1 is the server's id, which must be typed
                    ? tr("This server has no name. To confirm, type its ID: %1").arg(m_confirmation)
                    //: %1 is the server's name, which must be typed
                    : tr("To confirm, type the name: %1").arg(m_confirmation));
    m_ui->nameEdit->setPlaceholderText(m_confirmation);
    m_rebuild = m_ui->buttonBox->addButton(tr("Reinstall OS"), QDialogButtonBox::AcceptRole);
    m_rebuild->setObjectName(QStringLiteral("rebuildButton"));
    m_rebuild->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();

    m_proxy->setSourceModel(m_images);
    m_choice = new ViewChoice(m_ui->imageTable, m_proxy, this);
    m_ui->imageTable->verticalHeader()->hide();
    m_ui->imageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->imageTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->imageTable->setWordWrap(false);
    for (ImageModel::Column hidden :
         {ImageModel::Column::Zones, ImageModel::Column::Status, ImageModel::Column::Id})
        m_ui->imageTable->setColumnHidden(int(hidden), true);
    m_ui->imageTable->sortByColumn(int(ImageModel::Column::Name), Qt::AscendingOrder);
    m_ui->imageOsCombo->addItem(tr("All OS"), QString());
    connect(m_ui->imageOsCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString os = m_ui->imageOsCombo->currentData().toString();
        m_proxy->setFacet(Roles::OsFacetRole, os.isEmpty() ? QStringList() : QStringList {os});
    });
    // Only the person's own choice: never the neighbour the table moves to when a filter
    // hides the chosen image (that clears the choice, and says so).
    connect(m_choice, &ViewChoice::chosen, this, &RebuildDialog::chooseImage);
    connect(m_choice, &ViewChoice::hidden, this, [this] {
        m_choice->select(QString());
        m_imageId.clear();
        m_choiceHidden = true;
        update();
    });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RebuildDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RebuildDialog::rebuild);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormFeedback::follow(m_submitter, this, m_ui->messageLabel);
    connect(m_submitter, &ChangeSubmitter::refused, this, &RebuildDialog::update);
    connect(m_submitter, &ChangeSubmitter::settled, this, &RebuildDialog::update);
    for (Resource r : {Resource::Flavors, Resource::Images}) {
        session->store(r)->refreshIfStale();
        connect(session->store(r), &ResourceStore::refreshed, this, &RebuildDialog::fill);
    }
    fill();
}

RebuildDialog::~RebuildDialog() = default;

void RebuildDialog::fill()
{
    const Instance *in = m_session->instances()->find(m_instanceId);
    const Flavor *spec = in ? m_session->flavors()->find(in->flavor.id) : nullptr;
    const QList<Image> offered = spec
            ? ServerPlan::imagesFor(m_session->images()->items(), *spec, in->zoneId)
            : QList<Image>();
    m_images->merge(offered);
    const QString os = m_ui->imageOsCombo->currentData().toString();
    {
        const QSignalBlocker block(m_ui->imageOsCombo);
        while (m_ui->imageOsCombo->count() > 1)
            m_ui->imageOsCombo->removeItem(1);
        for (const QString &value : m_proxy->facetValues(Roles::OsFacetRole))
            m_ui->imageOsCombo->addItem(value, value);
        m_ui->imageOsCombo->setCurrentIndex(qMax(0, m_ui->imageOsCombo->findData(os)));
    }
    if (!m_imageId.isEmpty() && !m_images->find(m_imageId)) {
        m_imageId.clear();
        m_choice->select(QString());
    }
    update();
}

QString RebuildDialog::imageNote() const
{
    const Instance *in = m_session->instances()->find(m_instanceId);
    const Flavor *spec = in ? m_session->flavors()->find(in->flavor.id) : nullptr;
    if (!spec)
        return m_session->store(Resource::Flavors)->isLoading()
                ? tr("Loading the specs…")
                : tr("The server's spec is not listed, so its images cannot be told.");
    if (m_images->rowCount() == 0)
        return tr("The server's spec supports no image in its zone.");
    if (m_imageId.isEmpty() && m_choiceHidden)
        return tr("The image you chose is hidden by the OS filter: choose an image again.");
    return {};
}

bool RebuildDialog::chooseImage(const QString &imageId)
{
    if (!m_choice->select(imageId)) {
        m_choice->select(m_imageId); // not shown: the choice stays as it was
        return false;
    }
    m_imageId = imageId;
    m_choiceHidden = false;
    update();
    return true;
}

void RebuildDialog::update()
{
    m_ui->imageNote->setText(imageNote());
    m_rebuild->setEnabled(!m_imageId.isEmpty() && m_ui->nameEdit->text() == m_confirmation
                          && m_submitter->canSend());
}

void RebuildDialog::rebuild()
{
    if (!m_rebuild->isEnabled())
        return;
    Change change;
    change.resource = Resource::Instances;
    change.kind = Operation::Kind::Rebuild;
    change.targetId = m_instanceId;
    change.name = m_name;
    change.currentStatus = m_status;
    change.expected = m_imageId;
    change.replaced = m_imageBefore;
    if (!m_submitter->submit(change, InstancesApi::rebuild(m_instanceId, m_imageId))) {
        FormFeedback::showMessage(
                m_ui->messageLabel,
                tr("Another change of this server is on its way: try again when it has ended."),
                true);
        return;
    }
    FormFeedback::showMessage(m_ui->messageLabel, tr("Sending…"), false);
    update();
}
