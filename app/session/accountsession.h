#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class ApiClient;
class InstanceModel;

//! One signed-in account: its client and the models filled from it.
class AccountSession final : public QObject
{
    Q_OBJECT
public:
    //! \a client must outlive the session; \a demo marks the built-in demo account.
    AccountSession(ApiClient *client, bool demo, QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] InstanceModel *instances() const { return m_instances; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] bool isLoading() const { return !m_instancesCall.isNull(); }
    [[nodiscard]] qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    //! Rows of the last listing that could not be read.
    [[nodiscard]] int unreadableRows() const { return m_unreadableRows; }

public Q_SLOTS:
    //! Fetches every page of the instance list and merges it; a refresh in flight is reused.
    void refreshInstances();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void instancesRefreshed();
    void refreshFailed(const ApiError &error);

private:
    ApiClient *m_client;
    InstanceModel *m_instances;
    bool m_demo;
    QPointer<ApiCall> m_instancesCall;
    qint64 m_lastRefreshMs = 0;
    ApiError m_lastError;
    int m_unreadableRows = 0;
};
