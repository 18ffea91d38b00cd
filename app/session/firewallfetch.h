#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class ApiClient;

//! Lists firewalls in whichever dialect the server speaks: /v1/firewall first (the docs); if
//! the server answers 404 there, the older /v1/security-groups, remembered from then on, where
//! each group's rules and servers are sub-resources fetched one request each. The result is
//! one listing in the /v1/firewall shape (rules and instances inside each row).
class FirewallFetch final : public QObject
{
    Q_OBJECT
public:
    //! \a dialect is read and updated (the account remembers what its server speaks).
    static ApiCall *start(ApiClient *client, FirewallsApi::Dialect *dialect, QObject *receiver,
                          Priority priority, ApiCallback done);

private:
    FirewallFetch(ApiClient *client, FirewallsApi::Dialect *dialect, Priority priority);
    void listFirewalls();
    void listGroups();
    void onGroups(const ApiResult &result);
    void onPart(int index, bool rules, const ApiResult &result);
    void finish(const ApiResult &result);
    void abort();

    ApiClient *m_client;
    FirewallsApi::Dialect *m_dialect;
    Priority m_priority;
    QPointer<ApiCall> m_outer;
    QList<QPointer<ApiCall>> m_steps;
    QJsonArray m_rows;
    int m_pending = 0;
    bool m_failed = false; //!< a part failed: the listing has its answer
    ApiResult m_listing;
};
