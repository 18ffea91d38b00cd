#pragma once

#include <QMainWindow>

#include <memory>

class AccountSession;
class InstancesPage;
class QLabel;
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

private:
    void updateStatus();
    void showError(const ApiError &error);
    void styleDemoBanner();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    AccountSession *m_session;
    InstancesPage *m_instancesPage;
    QLabel *m_statusLabel;
};
