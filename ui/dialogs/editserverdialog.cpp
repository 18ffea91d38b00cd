#include "editserverdialog.h"

#include "api/instancesapi.h"
#include "changesubmitter.h"
#include "formfeedback.h"
#include "models/instancemodel.h"
#include "session/accountsession.h"
#include "session/serverplan.h"
#include "ui_editserverdialog.h"

#include <QPushButton>

EditServerDialog::EditServerDialog(AccountSession *session, const QString &instanceId,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EditServerDialog>()), m_session(session),
      m_instanceId(instanceId), m_submitter(new ChangeSubmitter(session->operations(), this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    if (const Instance *in = session->instances()->find(instanceId)) {
        m_oldName = in->name;
        m_oldDescription = in->description;
    }
    m_ui->nameEdit->setText(m_oldName);
    m_ui->descriptionEdit->setText(m_oldDescription);
    m_save = m_ui->buttonBox->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EditServerDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditServerDialog::update);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, &EditServerDialog::update);
    FormFeedback::follow(m_submitter, this, m_ui->messageLabel);
    connect(m_submitter, &ChangeSubmitter::refused, this, &EditServerDialog::update);
    connect(m_submitter, &ChangeSubmitter::settled, this, &EditServerDialog::update);
    update();
}

EditServerDialog::~EditServerDialog() = default;

void EditServerDialog::update()
{
    const QString name = m_ui->nameEdit->text();
    const QString description = m_ui->descriptionEdit->text();
    FormFeedback::setProblem(m_ui->nameError, ServerPlan::nameProblem(name));
    FormFeedback::setProblem(m_ui->descriptionError, ServerPlan::descriptionProblem(description));
    const bool changed = name.trimmed() != m_oldName || description != m_oldDescription;
    m_save->setEnabled(changed && ServerPlan::nameProblem(name).isEmpty()
                       && ServerPlan::descriptionProblem(description).isEmpty()
                       && m_submitter->canSend());
}

void EditServerDialog::save()
{
    if (!m_save->isEnabled())
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    const QString description = m_ui->descriptionEdit->text();
    Change change;
    change.resource = Resource::Instances;
    change.kind = Operation::Kind::Edit;
    change.targetId = m_instanceId;
    change.name = m_oldName;
    change.expected = name;
    if (!m_submitter->submit(change, InstancesApi::edit(m_instanceId, name, description))) {
        FormFeedback::showMessage(
                m_ui->messageLabel,
                tr("Another change of this server is on its way: try again when it has ended."),
                true);
        return;
    }
    FormFeedback::showMessage(m_ui->messageLabel, tr("Saving…"), false);
    update();
}
