#pragma once

#include <QWidget>

class AccountSession;
class QCheckBox;
class QTableWidget;

//! What each server costs a month, from its spec's price, with and without VAT; stopped servers
//! (still billed) can be shown alone. A double-click opens the server.
class ServerCostView final : public QWidget
{
    Q_OBJECT
public:
    explicit ServerCostView(AccountSession *session, QWidget *parent = nullptr);

    //! Only the stopped servers (or all again).
    void showStoppedOnly(bool only);
    [[nodiscard]] QTableWidget *table() const { return m_servers; }
    void update();

Q_SIGNALS:
    void openResource(const QString &id);

private:
    AccountSession *m_session;
    QCheckBox *m_stoppedOnly = nullptr;
    QTableWidget *m_servers = nullptr;
};
