#include "settingsdialog.h"

#include "settings/appsettings.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(int refreshIndex, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    m_ui->languageCombo->addItem(tr("System language"), QString());
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(u"한국어"_s, u"ko"_s);
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->setCurrentIndex(
            qMax(0, m_ui->languageCombo->findData(AppSettings::language())));
    m_ui->languageNote->setText(
            tr("The new language takes effect the next time the console starts."));

    m_ui->refreshCombo->addItem(tr("Off"));
    m_ui->refreshCombo->addItem(tr("Every 10 s"));
    m_ui->refreshCombo->addItem(tr("Every minute"));
    m_ui->refreshCombo->addItem(tr("Every 5 minutes"));
    m_ui->refreshCombo->setCurrentIndex(qBound(0, refreshIndex, 3));

    switch (AppSettings::proxy()) {
    case AppSettings::Proxy::System:
        m_ui->proxySystemRadio->setChecked(true);
        break;
    case AppSettings::Proxy::None:
        m_ui->proxyNoneRadio->setChecked(true);
        break;
    case AppSettings::Proxy::Manual:
        m_ui->proxyManualRadio->setChecked(true);
        break;
    }
    m_ui->proxyHostEdit->setText(AppSettings::proxyHost());
    m_ui->proxyHostEdit->setPlaceholderText(tr("proxy.example.com"));
    m_ui->proxyPortSpin->setValue(AppSettings::proxyPort());
    m_ui->caEdit->setText(AppSettings::extraCaPath());
    m_ui->caEdit->setPlaceholderText(tr("None: the system's certificates only"));
    m_ui->confirmPowerCheck->setChecked(AppSettings::confirmPower());

    m_ui->errorLabel->hide();
    QPalette warn = m_ui->errorLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    m_ui->errorLabel->setPalette(warn);

    connect(m_ui->proxyManualRadio, &QRadioButton::toggled, this,
            &SettingsDialog::updateProxyFields);
    connect(m_ui->caBrowseButton, &QPushButton::clicked, this, &SettingsDialog::browseCertificate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    updateProxyFields();
}

SettingsDialog::~SettingsDialog() = default;

int SettingsDialog::refreshIndex() const
{
    return m_ui->refreshCombo->currentIndex();
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManualRadio->isChecked();
    m_ui->proxyHostEdit->setEnabled(manual);
    m_ui->proxyPortSpin->setEnabled(manual);
}

void SettingsDialog::browseCertificate()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a CA certificate"), m_ui->caEdit->text(),
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty())
        m_ui->caEdit->setText(path);
}

QString SettingsDialog::validate() const
{
    if (m_ui->proxyManualRadio->isChecked()) {
        const QString host = m_ui->proxyHostEdit->text().trimmed();
        if (host.isEmpty())
            return tr("Enter the proxy's host name or address, or choose another proxy setting.");
        if (host.contains(u' ') || host.contains(u'/'))
            return tr("Enter only the proxy's host name or address, such as proxy.example.com, "
                      "without http:// or a path.");
    }
    const QString path = m_ui->caEdit->text().trimmed();
    if (!path.isEmpty()) {
        QString why;
        if (AppSettings::loadCertificates(path, &why).isEmpty())
            //: %1 is a file path, %2 the reason
            return tr("The certificate file %1 cannot be used: %2").arg(path, why);
    }
    return {};
}

QString SettingsDialog::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void SettingsDialog::accept()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return; // everything typed stays
    }
    const QString language = m_ui->languageCombo->currentData().toString();
    m_languageChanged = language != AppSettings::language();
    AppSettings::setLanguage(language);
    const AppSettings::Proxy proxy = m_ui->proxyManualRadio->isChecked()
            ? AppSettings::Proxy::Manual
            : m_ui->proxyNoneRadio->isChecked() ? AppSettings::Proxy::None
                                                : AppSettings::Proxy::System;
    AppSettings::setProxy(proxy, m_ui->proxyHostEdit->text().trimmed(),
                          m_ui->proxyPortSpin->value());
    AppSettings::applyProxy();
    const QString path = m_ui->caEdit->text().trimmed();
    AppSettings::setExtraCaPath(path);
    m_certificates
            = path.isEmpty() ? QList<QSslCertificate>() : AppSettings::loadCertificates(path);
    AppSettings::setConfirmPower(m_ui->confirmPowerCheck->isChecked());
    QDialog::accept();
}
