#pragma once

#include "session/connectioncheck.h"

#include <QDialog>

#include <memory>

class ApiClient;

namespace Ui {
class ConnectionCheckDialog;
}

//! The connection check window: one real signed call through the account's own client, then a
//! verdict in words and one row per aspect (address and TLS, key, server time against this
//! computer's clock, the request budget now). "Copy report" copies it all without any secret.
class ConnectionCheckDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionCheckDialog(ApiClient *client, QWidget *parent = nullptr);
    ~ConnectionCheckDialog() override;

    //! Starts a check (the window opens with one running).
    void run();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString verdictText() const;
    //! The plain-text report "Copy report" puts on the clipboard.
    [[nodiscard]] QString reportText() const { return m_reportText; }

Q_SIGNALS:
    void checked();

private:
    void showReport(const ConnectionCheck::Report &report);
    void copyReport();

    const std::unique_ptr<Ui::ConnectionCheckDialog> m_ui;
    ApiClient *m_client;
    ConnectionCheck *m_check;
    QString m_reportText;
};
