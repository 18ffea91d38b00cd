#include "connectionstatus.h"

#include "api/apiclient.h"
#include "api/requestscheduler.h"
#include "util/clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

#include <cmath>

ConnectionStatus::ConnectionStatus(ApiClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_budget(new QLabel(this)), m_clock(new QLabel(this)),
      m_rate(new QLabel(this)), m_tick(new QTimer(this))
{
    m_budget->setObjectName(QStringLiteral("budgetLabel"));
    m_clock->setObjectName(QStringLiteral("clockLabel"));
    m_rate->setObjectName(QStringLiteral("rateLimitLabel"));
    for (QLabel *label : {m_budget, m_clock, m_rate})
        label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rate);
    layout->addWidget(m_clock);
    layout->addWidget(m_budget);

    QPalette warn = m_clock->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x4a, 0x00));
    m_clock->setPalette(warn);
    m_rate->setPalette(warn);

    m_budget->setToolTip(tr("Requests sent in the last minute. The iwinv API allows 60 a minute "
                            "per key; the console keeps well below that on its own."));
    connect(client->scheduler(), &RequestScheduler::budgetChanged, this,
            &ConnectionStatus::updateBudget);
    connect(client, &ApiClient::clockSkewChanged, this,
            [this](qint64 measured, qint64) { updateClock(measured); });
    connect(client, &ApiClient::rateLimited, this, [this](qint64 untilMs) {
        m_pausedUntilMs = untilMs;
        updateRateLimit();
    });
    m_tick->setInterval(1000);
    m_tick->start();
    connect(m_tick, &QTimer::timeout, this, [this] {
        updateRateLimit();
        updateBudget(m_client->scheduler()->requestsInLastMinute());
    });
    updateBudget(client->scheduler()->requestsInLastMinute());
    updateClock(client->clockSkew().measuredSecs());
    updateRateLimit();
}

QString ConnectionStatus::budgetText() const
{
    return m_budget->text();
}

QString ConnectionStatus::clockText() const
{
    return m_clock->isVisible() || !m_clock->text().isEmpty() ? m_clock->text() : QString();
}

QString ConnectionStatus::rateLimitText() const
{
    return m_rate->text();
}

void ConnectionStatus::updateBudget(int used)
{
    //: the API request budget: requests in the last minute of the 60 allowed
    m_budget->setText(
            tr("API %1/%2 per minute").arg(used).arg(RequestScheduler::kServerLimitPerMinute));
}

void ConnectionStatus::updateClock(qint64 measuredSecs)
{
    if (qAbs(measuredSecs) < 60) {
        m_clock->clear();
        m_clock->hide();
        return;
    }
    const int minutes = int(std::lround(double(qAbs(measuredSecs)) / 60.0));
    m_clock->setText(measuredSecs > 0
                             ? tr("This computer's clock is %n minute(s) behind the server's",
                                  nullptr, minutes)
                             : tr("This computer's clock is %n minute(s) ahead of the server's",
                                  nullptr, minutes));
    m_clock->setToolTip(tr("The iwinv API refuses requests whose time is more than 5 minutes off. "
                           "The console corrects for it, but setting the clock right (automatic "
                           "time) is safer."));
    m_clock->show();
}

void ConnectionStatus::updateRateLimit()
{
    const qint64 left = m_pausedUntilMs - m_client->clock()->nowMs();
    if (left <= 0) {
        m_rate->clear();
        m_rate->hide();
        return;
    }
    const int secs = int((left + 999) / 1000);
    m_rate->setText(tr("The server asked to slow down: refreshing resumes in %n s", nullptr, secs));
    m_rate->show();
}
