#pragma once

#include <QMainWindow>

#include <memory>

class AccountSession;
class ConnectionStatus;
class InstancesPage;
class QLabel;
class QTimer;
struct ApiError;

namespace Ui {
class MainWindow;
}

//! The console's main window for one account session.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AccountSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] InstancesPage *instancesPage() const { return m_instancesPage; }
    [[nodiscard]] ConnectionStatus *connectionStatus() const { return m_connection; }
    //! The offline banner's text; empty while online.
    [[nodiscard]] QString offlineText() const;

private:
    void updateStatus();
    void showError(const ApiError &error);
    void styleBanner(QLabel *banner, const QColor &background, const QColor &text);
    void updateOffline();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AccountSession *m_session;
    InstancesPage *m_instancesPage;
    QLabel *m_statusLabel;
    ConnectionStatus *m_connection;
    QTimer *m_ageTimer;
};
