#pragma once

#include <QWidget>

class ApiClient;
class QLabel;
class QTimer;

//! The status-bar corner that tells how the connection is doing: requests used of the server's
//! 60 a minute, a warning when this computer's clock is off, and a notice while the server's
//! rate limit holds the console back.
class ConnectionStatus final : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionStatus(ApiClient *client, QWidget *parent = nullptr);

    [[nodiscard]] QString budgetText() const;
    [[nodiscard]] QString clockText() const;
    [[nodiscard]] QString rateLimitText() const;

private:
    void updateBudget(int used);
    void updateClock(qint64 measuredSecs);
    void updateRateLimit();

    ApiClient *m_client;
    QLabel *m_budget;
    QLabel *m_clock;
    QLabel *m_rate;
    QTimer *m_tick;
    qint64 m_pausedUntilMs = 0;
};
