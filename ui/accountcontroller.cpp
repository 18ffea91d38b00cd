#include "accountcontroller.h"

#include "billing/billingsession.h"

#include "api/apiclient.h"
#include "billing/billingsession.h"
#include "credentials/credentialloader.h"
#include "credentials/profilemanager.h"
#include "dialogs/connectioncheckdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/signindialog.h"
#include "keychaintext.h"
#include "mainwindow.h"
#include "operations/journal.h"
#include "operations/operationtracker.h"
#include "profilenames.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "widgets/profileswitcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
QString demoId()
{
    return QLatin1String(Profile::kDemoId);
}
} // namespace

AccountController::AccountController(ProfileManager *profiles, AccountSession *session,
                                     MainWindow *window, Clock *clock, QObject *parent)
    : QObject(parent), m_profiles(profiles), m_session(session), m_window(window),
      m_loader(new CredentialLoader(profiles, clock, this)),
      m_switcher(new ProfileSwitcher(profiles, window))
{
    window->addToolbarWidget(m_switcher);
    connect(m_loader, &CredentialLoader::loaded, this, &AccountController::open);
    connect(m_loader, &CredentialLoader::failed, this,
            [this](const QString &id, CredentialStore::Error error, const QString &) {
                keysFailed(id, error);
            });
    connect(m_loader, &CredentialLoader::retrying, this, [this](const QString &, qint64) {
        m_window->showStatus(tr("The keychain does not answer. Trying again in 10 seconds…"),
                             12'000);
    });
    connect(m_switcher, &ProfileSwitcher::switchRequested, this, &AccountController::switchTo);
    connect(m_switcher, &ProfileSwitcher::addRequested, this, &AccountController::addAccount);
    connect(m_switcher, &ProfileSwitcher::renameRequested, this, &AccountController::renameOpen);
    connect(m_switcher, &ProfileSwitcher::safetyRequested, this, &AccountController::setSafety);
    connect(m_switcher, &ProfileSwitcher::signOutRequested, this, &AccountController::signOutOpen);
    connect(m_switcher, &ProfileSwitcher::connectionCheckRequested, this,
            &AccountController::openConnectionCheck);
    connect(m_switcher, &ProfileSwitcher::settingsRequested, this,
            &AccountController::openSettings);
}

AccountController::~AccountController() = default;

void AccountController::start()
{
    switchTo(m_profiles->startupId());
}

void AccountController::switchTo(const QString &profileId)
{
    const Profile *p = m_profiles->profile(profileId);
    if (!p)
        return;
    if (m_notice)
        m_notice->close();
    m_pendingId = profileId;
    if (!p->isDemo() && p->kind == Profile::Kind::Saved)
        m_window->showStatus(tr("Reading the keys of \"%1\" from the keychain…").arg(p->name),
                             10'000);
    m_loader->load(profileId);
}

void AccountController::open(const QString &profileId, const Credentials &credentials)
{
    if (profileId != m_pendingId)
        return;
    const Profile *p = m_profiles->profile(profileId);
    if (!p)
        return;
    const Profile profile = *p;
    m_pendingId.clear();
    m_openId = profileId;
    const QString profileName = profile.isDemo() ? u"demo"_s : profile.name;
    if (m_journal)
        m_journal->setProfile(profileName);
    m_session->operations()->setProfile(profileName);
    m_profiles->setActive(profileId);
    m_window->setProfile(profile);
    m_session->billing()->setProfile(profileId, profile.isPersistent());
    m_session->switchAccount(profile.endpoint, credentials, profile.isDemo(),
                             profile.safety == Profile::Safety::ReadOnly);
    m_window->showStatus(QString());
    // switchAccount() refreshed the page on screen and the pages it names.
    if (m_session->active() != Resource::Instances)
        m_session->store(Resource::Instances)->refresh(); // the status bar counts the servers
    Q_EMIT opened(profileId);
}

QMessageBox *AccountController::notice() const
{
    return m_notice;
}

SignInDialog *AccountController::signInDialog() const
{
    return m_signIn;
}

SettingsDialog *AccountController::settingsDialog() const
{
    return m_settings;
}

ConnectionCheckDialog *AccountController::connectionCheckDialog() const
{
    return m_check;
}

QMessageBox *AccountController::newNotice(const QString &title, const QString &text)
{
    if (m_notice)
        m_notice->close();
    m_notice = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, m_window);
    m_notice->setObjectName(u"accountNotice"_s);
    m_notice->setAttribute(Qt::WA_DeleteOnClose);
    return m_notice;
}

void AccountController::keysFailed(const QString &profileId, CredentialStore::Error error)
{
    if (profileId != m_pendingId)
        return;
    m_pendingId.clear();
    m_window->showStatus(QString());
    const Profile *p = m_profiles->profile(profileId);
    const QString name = p ? p->name : QString();
    // Never a blank window: until a real account opens, the demo is open, and marked as such.
    if (m_openId.isEmpty() && profileId != demoId())
        switchTo(demoId());

    //: %1 is the profile's name
    QMessageBox *box = newNotice(tr("The keys of \"%1\"").arg(name), KeychainText::describe(error));
    using E = CredentialStore::Error;
    switch (error) {
    case E::NotFound:
    case E::Unreadable: {
        QPushButton *signIn = box->addButton(tr("Sign in again…"), QMessageBox::AcceptRole);
        signIn->setObjectName(u"signInAgainButton"_s);
        connect(signIn, &QPushButton::clicked, this,
                [this, profileId] { askAgain(profileId, false); });
        break;
    }
    case E::Unavailable: {
        QPushButton *session
                = box->addButton(tr("Enter the keys for this session…"), QMessageBox::AcceptRole);
        session->setObjectName(u"sessionOnlyButton"_s);
        connect(session, &QPushButton::clicked, this,
                [this, profileId] { askAgain(profileId, true); });
        QPushButton *retry = box->addButton(tr("Try again"), QMessageBox::ActionRole);
        retry->setObjectName(u"retryButton"_s);
        connect(retry, &QPushButton::clicked, this, [this, profileId] { switchTo(profileId); });
        break;
    }
    case E::Locked: {
        // Reading again makes the keychain ask for its password: that is how it unlocks.
        QPushButton *unlock = box->addButton(tr("Unlock and try again"), QMessageBox::AcceptRole);
        unlock->setObjectName(u"unlockButton"_s);
        connect(unlock, &QPushButton::clicked, this, [this, profileId] { switchTo(profileId); });
        break;
    }
    default:
        break;
    }
    const QString current = m_openId.isEmpty() ? m_pendingId : m_openId;
    box->addButton(current == demoId() ? tr("Stay in the demo") : tr("Cancel"),
                   QMessageBox::RejectRole);
    box->open();
}

void AccountController::askAgain(const QString &profileId, bool sessionOnly)
{
    const Profile *p = m_profiles->profile(profileId);
    if (!p)
        return;
    m_signIn = new SignInDialog(m_profiles, m_window);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn->setExistingProfile(*p,
                                 sessionOnly ? SignInDialog::Reason::KeychainUnavailable
                                             : SignInDialog::Reason::Missing);
    connect(m_signIn, &QDialog::accepted, this, [this, profileId] { switchTo(profileId); });
    m_signIn->open();
}

void AccountController::addAccount()
{
    m_signIn = new SignInDialog(m_profiles, m_window);
    m_signIn->setAttribute(Qt::WA_DeleteOnClose);
    SignInDialog *dialog = m_signIn;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { switchTo(dialog->profileId()); });
    m_signIn->open();
}

void AccountController::renameOpen()
{
    const Profile *p = m_profiles->profile(m_openId);
    if (!p || p->isDemo() || p->kind == Profile::Kind::Environment)
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(u"renameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename profile"));
    const QString label = tr("New name for \"%1\":").arg(p->name);
    dialog->setLabelText(label);
    dialog->setTextValue(p->name);
    const QString id = m_openId;
    // A name that cannot be taken keeps the dialog open with what was typed, and says why.
    auto check = [this, dialog, id, label](const QString &text) {
        const QString problem = ProfileNames::problem(m_profiles, text, id);
        dialog->setLabelText(problem.isEmpty() ? label : label + u"\n\n"_s + problem);
        if (auto *buttons = dialog->findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    };
    connect(dialog, &QInputDialog::textValueChanged, this, check);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        const QString name = text.trimmed();
        if (!ProfileNames::problem(m_profiles, name, id).isEmpty())
            return;
        m_profiles->rename(id, name);
        if (const Profile *renamed = m_profiles->profile(id); renamed && id == m_openId) {
            m_window->setProfile(*renamed);
            if (m_journal)
                m_journal->setProfile(renamed->name);
        }
    });
    dialog->open();
}

void AccountController::setSafety(Profile::Safety safety)
{
    const Profile *p = m_profiles->profile(m_openId);
    if (!p || p->isDemo())
        return;
    m_profiles->setSafety(m_openId, safety);
    const Profile *now = m_profiles->profile(m_openId);
    m_window->setProfile(*now);
    m_session->client()->setReadOnly(safety == Profile::Safety::ReadOnly);
}

void AccountController::signOutOpen()
{
    const Profile *p = m_profiles->profile(m_openId);
    if (!p || p->isDemo() || p->kind == Profile::Kind::Environment)
        return;
    const QString id = m_openId;
    QMessageBox *box = newNotice(
            tr("Sign out"),
            tr("Sign out of \"%1\"? Its keys are deleted from this computer's keychain and the "
               "profile is removed. The account and its servers are not affected.")
                    .arg(p->name));
    box->setIcon(QMessageBox::Question);
    QPushButton *yes = box->addButton(tr("Sign out"), QMessageBox::DestructiveRole);
    yes->setObjectName(u"signOutButton"_s);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(yes, &QPushButton::clicked, this, [this, id] {
        m_profiles->signOut(id, this, [this, id](const CredentialStore::Result &r) {
            if (r.error != CredentialStore::Error::None) { // an entry already gone counts as done
                QMessageBox *failed = newNotice(tr("Sign out"), KeychainText::describe(r.error));
                failed->addButton(QMessageBox::Ok);
                failed->open();
                return;
            }
            // The signed-out account goes off screen at once, to the demo (its keys are in
            // memory: no wait), unless the person has already asked for another account.
            if (id == m_openId && m_pendingId.isEmpty())
                switchTo(demoId());
        });
    });
    box->open();
}

void AccountController::openConnectionCheck()
{
    if (!m_check) {
        m_check = new ConnectionCheckDialog(m_session->client(), m_window);
        m_check->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_check->show();
    m_check->raise();
    m_check->run();
}

void AccountController::openSettings()
{
    if (m_settings) {
        m_settings->raise();
        return;
    }
    m_settings = new SettingsDialog(m_window->refreshIntervalCombo()->currentIndex(), m_window);
    m_settings->setAttribute(Qt::WA_DeleteOnClose);
    SettingsDialog *dialog = m_settings;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_window->refreshIntervalCombo()->setCurrentIndex(dialog->refreshIndex());
        m_session->client()->setExtraCaCertificates(dialog->certificates());
        if (dialog->languageChanged())
            m_window->showStatus(
                    tr("The new language takes effect the next time the console starts."), 15'000);
    });
    dialog->open();
}
