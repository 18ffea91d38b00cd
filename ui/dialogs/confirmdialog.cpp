#include "confirmdialog.h"

#include "ui_confirmdialog.h"

#include <QPushButton>

ConfirmDialog::ConfirmDialog(const QString &title, const QString &message, const QString &action,
                             const QString &typedName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConfirmDialog>()), m_typedName(typedName)
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->messageLabel->setText(message);
    m_action = m_ui->buttonBox->addButton(action, QDialogButtonBox::AcceptRole);
    m_action->setObjectName(QStringLiteral("confirmButton"));
    m_action->setAutoDefault(false);
    QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    if (typedName.isEmpty()) {
        m_ui->typeLabel->hide();
        m_ui->nameEdit->hide();
    } else {
        //: %1 is the resource's name, which must be typed
        m_ui->typeLabel->setText(tr("To confirm, type the name: %1").arg(typedName));
        m_ui->nameEdit->setPlaceholderText(typedName);
        m_action->setEnabled(false);
        connect(m_ui->nameEdit, &QLineEdit::textChanged, this,
                [this](const QString &text) { m_action->setEnabled(text == m_typedName); });
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ConfirmDialog::~ConfirmDialog() = default;

void ConfirmDialog::setTypePrompt(const QString &text)
{
    m_ui->typeLabel->setText(text);
}
