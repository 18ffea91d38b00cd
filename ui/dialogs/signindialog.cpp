#include "signindialog.h"

#include "api/apiclient.h"
#include "connectiontext.h"
#include "credentials/profilemanager.h"
#include "keychaintext.h"
#include "profilenames.h"
#include "session/connectioncheck.h"
#include "settings/appsettings.h"
#include "ui_signindialog.h"
#include "util/clock.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(ProfileManager *profiles, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_profiles(profiles)
{
    m_ui->setupUi(this);
    m_ui->endpointEdit->setText(Profile::defaultEndpoint().toString());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->errorLabel->hide();
    QPalette warn = m_ui->errorLabel->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc5, 0x22, 0x1f));
    m_ui->errorLabel->setPalette(warn);
    // Keys are pasted, never completed or kept by input methods.
    for (QLineEdit *edit : {m_ui->accessKeyEdit, m_ui->secretKeyEdit}) {
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                  | Qt::ImhNoAutoUppercase);
    }
    connect(m_ui->testButton, &QPushButton::clicked, this, &SignInDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
}

SignInDialog::~SignInDialog()
{
    // The secret leaves memory with the dialog.
    m_ui->secretKeyEdit->clear();
}

Credentials SignInDialog::credentials() const
{
    return Credentials {m_ui->accessKeyEdit->text().trimmed(),
                        m_ui->secretKeyEdit->text().trimmed().toUtf8()};
}

QUrl SignInDialog::endpoint() const
{
    QString text = m_ui->endpointEdit->text().trimmed();
    while (text.endsWith(u'/'))
        text.chop(1);
    return QUrl(text, QUrl::StrictMode);
}

QString SignInDialog::validate() const
{
    if (const QString problem
        = ProfileNames::problem(m_profiles, m_ui->profileNameEdit->text(), m_existingId);
        !problem.isEmpty())
        return problem;
    if (m_ui->accessKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the Access Key.");
    if (m_ui->secretKeyEdit->text().trimmed().isEmpty())
        return tr("Enter the Secret Key.");
    QString why;
    if (!ApiClient::isAllowedEndpoint(endpoint(), &why))
        return tr("The API address must start with https:// (http:// only for this computer).");
    return {};
}

void SignInDialog::setExistingProfile(const Profile &profile, Reason reason)
{
    m_existingId = profile.id;
    m_profileId = profile.id;
    if (reason == Reason::KeychainUnavailable) {
        //: %1 is the profile's name
        setWindowTitle(tr("Keys of \"%1\" for this session").arg(profile.name));
        m_ui->introLabel->setText(tr("The keychain cannot give the keys of this profile now. Enter "
                                     "them again to work with it until the console closes; they "
                                     "are kept in memory only."));
        m_ui->sessionRadio->setChecked(true);
        m_ui->rememberRadio->setEnabled(false);
    } else {
        setWindowTitle(tr("Sign in to \"%1\" again").arg(profile.name));
        m_ui->introLabel->setText(tr("The keychain has no keys for this profile (they may have "
                                     "been deleted outside the console). Enter them again."));
        m_ui->rememberRadio->setChecked(true);
    }
    m_ui->profileNameEdit->setText(profile.name);
    m_ui->profileNameEdit->setReadOnly(true);
    m_ui->endpointEdit->setText(profile.endpoint.toString());
    m_ui->endpointEdit->setReadOnly(true);
    m_ui->accessKeyEdit->setFocus();
}

void SignInDialog::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->setVisible(!text.isEmpty());
}

QString SignInDialog::testResult() const
{
    return m_ui->testResultLabel->text();
}

QString SignInDialog::errorText() const
{
    return m_ui->errorLabel->isHidden() ? QString() : m_ui->errorLabel->text();
}

void SignInDialog::testConnection()
{
    const QString problem = validate();
    if (!problem.isEmpty() && m_ui->accessKeyEdit->text().trimmed().isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_testClient) {
        m_testClient = new ApiClient(Clock::system(), this);
        m_check = new ConnectionCheck(this);
        connect(m_check, &ConnectionCheck::finished, this,
                [this](const ConnectionCheck::Report &r) {
                    m_ui->testButton->setEnabled(true);
                    m_ui->testResultLabel->setText(ConnectionText::verdict(r));
                    m_testClient->clearCredentials();
                    Q_EMIT tested();
                });
    }
    m_testClient->resetAccount();
    // The same trust as the console's own client: the extra CA of the settings, if any (a
    // company proxy that inspects TLS); an unreadable one was reported when it was chosen.
    const QString ca = AppSettings::extraCaPath();
    m_testClient->setExtraCaCertificates(ca.isEmpty() ? QList<QSslCertificate>()
                                                      : AppSettings::loadCertificates(ca));
    m_testClient->setEndpoint(endpoint());
    Credentials c = credentials();
    m_testClient->setCredentials(c);
    c.wipe();
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Testing…"));
    m_check->run(m_testClient);
}

void SignInDialog::accept()
{
    if (m_saving)
        return;
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    if (!m_existingId.isEmpty()) {
        Credentials c = credentials();
        if (!m_ui->rememberRadio->isChecked()) {
            m_profiles->keepForSession(m_existingId, c);
            c.wipe();
            m_ui->secretKeyEdit->clear();
            QDialog::accept();
            return;
        }
        m_saving = true;
        m_ui->buttonBox->setEnabled(false);
        m_profiles->saveKeys(m_existingId, c, this,
                             [this](const CredentialStore::Result &r) { finishSaving(r); });
        c.wipe();
        return;
    }
    Profile profile;
    profile.name = m_ui->profileNameEdit->text().trimmed();
    profile.endpoint = endpoint();
    const bool remember = m_ui->rememberRadio->isChecked();
    m_saving = true;
    m_ui->buttonBox->setEnabled(false);
    Credentials c = credentials();
    m_profiles->add(profile, c, remember, this, [this](const CredentialStore::Result &r) {
        for (const Profile &p : m_profiles->profiles()) {
            if (r.error == CredentialStore::Error::None
                && p.name == m_ui->profileNameEdit->text().trimmed())
                m_profileId = p.id;
        }
        finishSaving(r);
    });
    c.wipe();
}

void SignInDialog::reject()
{
    if (m_saving)
        return; // Escape or Cancel while the keychain saves: its answer decides
    QDialog::reject();
}

void SignInDialog::finishSaving(const CredentialStore::Result &r)
{
    m_saving = false;
    m_ui->buttonBox->setEnabled(true);
    if (r.error != CredentialStore::Error::None) {
        // Nothing typed is lost: the person can try again or choose this session only.
        showError(KeychainText::describe(r.error));
        m_ui->sessionRadio->setFocus();
        return;
    }
    m_ui->secretKeyEdit->clear();
    QDialog::accept();
}
