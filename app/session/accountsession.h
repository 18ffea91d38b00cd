#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "domain/instance.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class InstanceModel;
class OperationTracker;

//! One signed-in account: its client, the models filled from it, the changes in progress, and
//! the console's own refreshing, which runs at background priority so browsing never eats the
//! person's request budget.
class AccountSession final : public QObject
{
    Q_OBJECT
public:
    //! How often the console refreshes by itself while something is changing.
    static constexpr qint64 kFastRefreshMs = 10'000;
    static constexpr qint64 kDefaultRefreshMs = 60'000;

    //! \a client must outlive the session; \a demo marks the built-in demo account.
    AccountSession(ApiClient *client, bool demo, QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] InstanceModel *instances() const { return m_instances; }
    [[nodiscard]] OperationTracker *operations() const { return m_operations; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    //! A listing the person waits for is on its way (or the first one, before any data).
    [[nodiscard]] bool isLoading() const
    {
        return !m_instancesCall.isNull() || (m_lastRefreshMs == 0 && !m_backgroundCall.isNull());
    }
    //! When the data on screen was last confirmed by the server (ms), 0 before the first time.
    [[nodiscard]] qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    //! Rows of the last listing that could not be read.
    [[nodiscard]] int unreadableRows() const { return m_unreadableRows; }

    //! The console's own refresh interval (0: off). While a server is in a transitional status
    //! it refreshes every 10 s instead.
    void setAutoRefreshMs(qint64 intervalMs);
    [[nodiscard]] qint64 autoRefreshMs() const { return m_autoRefreshMs; }

public Q_SLOTS:
    //! The person asked for fresh data now (F5).
    void refreshInstances();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void instancesRefreshed();
    void refreshFailed(const ApiError &error);

private:
    void refresh(Priority priority);
    void applyListing(const QList<Instance> &instances);
    void scheduleAutoRefresh();

    ApiClient *m_client;
    InstanceModel *m_instances;
    OperationTracker *m_operations;
    bool m_demo;
    QPointer<ApiCall> m_instancesCall; //!< asked for by the person
    QPointer<ApiCall> m_backgroundCall; //!< the console's own refresh
    qint64 m_lastRefreshMs = 0;
    ApiError m_lastError;
    int m_unreadableRows = 0;
    qint64 m_autoRefreshMs = 0;
    Clock::TimerId m_autoTimer = 0;
};
