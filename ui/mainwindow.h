#pragma once

#include "credentials/profile.h"
#include "session/resource.h"

#include <QMainWindow>

#include <array>
#include <memory>

class AccountSession;
class BillingPage;
class ClipboardGuard;
class ConnectionStatus;
class FirewallActions;
class InstanceActions;
class ServerActions;
class VolumeActions;
class QComboBox;
class QLabel;
class QTimer;
class ResourcePage;
struct ApiError;

namespace Ui {
class MainWindow;
}

//! The console's main window for one account session: a sidebar of eight resource pages
//! (Ctrl+1..8) and the billing page (Ctrl+9),
//! the refresh interval, the demo and offline banners and the connection's status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AccountSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] ResourcePage *page(Resource resource) const { return m_pages[size_t(resource)]; }
    //! The resource page on screen; null while the billing page is.
    [[nodiscard]] ResourcePage *currentPage() const;
    void showPage(Resource resource);
    [[nodiscard]] BillingPage *billingPage() const { return m_billing; }
    //! The billing page (Ctrl+9), the last in the sidebar.
    void showBilling();
    [[nodiscard]] bool isBillingShown() const;
    //! Selects resource \a id (a server or a volume, as a bill names it) on its page.
    bool openResource(const QString &id);
    [[nodiscard]] ConnectionStatus *connectionStatus() const { return m_connection; }
    [[nodiscard]] ClipboardGuard *clipboard() const { return m_clipboard; }
    //! The offline banner's text; empty while online.
    [[nodiscard]] QString offlineText() const;
    //! Shows which account this is: the colour band, the title, the demo banner, and the actions
    //! the safety level allows.
    void setProfile(const Profile &profile);
    [[nodiscard]] QString profileColour() const { return m_profileColour; }
    //! A passing message in the status bar for \a timeoutMs (0: until the next); empty clears.
    void showStatus(const QString &text, int timeoutMs = 0);
    //! Puts \a widget (the profile switcher) at the right end of the toolbar.
    void addToolbarWidget(QWidget *widget);
    [[nodiscard]] InstanceActions *instanceActions() const { return m_instanceActions; }
    [[nodiscard]] ServerActions *serverActions() const { return m_serverActions; }
    [[nodiscard]] VolumeActions *volumeActions() const { return m_volumeActions; }
    [[nodiscard]] FirewallActions *firewallActions() const { return m_firewallActions; }
    //! Interval choices: 0 (off), 10 s, 1 min, 5 min.
    [[nodiscard]] QComboBox *refreshIntervalCombo() const { return m_interval; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void updateStatus();
    void showError(const ApiError &error);
    void styleBanner(QLabel *banner, const QColor &background, const QColor &text);
    void updateOffline();
    void updateIcons();
    void setInterval(int index);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AccountSession *m_session;
    ClipboardGuard *m_clipboard;
    std::array<ResourcePage *, kResourceCount> m_pages {};
    QLabel *m_statusLabel;
    ConnectionStatus *m_connection;
    QComboBox *m_interval;
    QTimer *m_ageTimer;
    InstanceActions *m_instanceActions = nullptr;
    ServerActions *m_serverActions = nullptr;
    VolumeActions *m_volumeActions = nullptr;
    FirewallActions *m_firewallActions = nullptr;
    BillingPage *m_billing = nullptr;
    QString m_profileColour;
};
