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
    }
    //: %1 is the server's name
    m_ui->warningLabel->setText(tr("Reinstalling the OS of '%1' erases its disk: everything on "
                                   "it is lost and cannot be recovered. Block storage stays "
                                   "attached and keeps its data.")
                                        .arg(m_name));
    FormFeedback::setProblem(m_ui->warningLabel, m_ui->warningLabel->text());
    //: %1 is the server's name, which must be typed
    m_ui->typeLabel->setText(tr("To confirm, type the name: %1").arg(m_name));
    m_ui->nameEdit->setPlaceholderText(m_name);
    m_rebuild = m_ui->buttonBox->addButton(tr("Reinstall OS"), QDialogButtonBox::AcceptRole);
    m_rebuild->setObjectName(QStringLiteral("rebuildButton"));
    m_rebuild->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();

    m_proxy->setSourceModel(m_images);
    m_ui->imageTable->setModel(m_proxy);
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
    connect(m_ui->imageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_imageId = current.isValid() ? current.data(Roles::IdRole).toString() : QString();
                update();
            });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RebuildDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RebuildDialog::rebuild);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormFeedback::follow(m_submitter, this, m_ui->messageLabel);
    connect(m_submitter, &ChangeSubmitter::refused, this, &RebuildDialog::update);
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
    const QList<Image> offered = spec ? ServerPlan::imagesFor(m_session->images()->items(), *spec,
                                                             in->zoneId)
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
    if (!m_imageId.isEmpty() && !m_images->find(m_imageId))
        m_imageId.clear();
    m_ui->imageNote->setText(!spec && m_session->store(Resource::Flavors)->isLoading()
                                     ? tr("Loading the specs…")
                                     : !spec ? tr("The server's spec is not listed, so its images "
                                                  "cannot be told.")
                                             : offered.isEmpty()
                                             ? tr("The server's spec supports no image in its "
                                                  "zone.")
                                             : QString());
    update();
}

bool RebuildDialog::chooseImage(const QString &imageId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Roles::IdRole).toString() == imageId) {
            m_ui->imageTable->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void RebuildDialog::update()
{
    m_rebuild->setEnabled(!m_imageId.isEmpty() && m_ui->nameEdit->text() == m_name
                          && !m_submitter->isBusy() && !m_submitter->isUnknown());
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
