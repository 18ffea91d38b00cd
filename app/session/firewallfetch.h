#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>

class ApiClient;

//! Lists firewalls (or reads one) in whichever dialect the server speaks: /v1/firewall first
//! (the docs); if the server answers 404 there, the older /v1/security-groups, remembered from
//! then on, where each group's rules and servers are sub-resources fetched one request each
//! (and `content` comes HTML-escaped). The result is in the /v1/firewall shape (rules and
//! instances inside each row). A group deleted while it is being read is left out.
class FirewallFetch final : public QObject
{
    Q_OBJECT
public:
    //! Every firewall. \a dialect is read and updated (the account remembers what its server
    //! speaks).
    static ApiCall *start(ApiClient *client, FirewallsApi::Dialect *dialect, QObject *receiver,
                          Priority priority, ApiCallback done);
    //! One firewall: one row, or none (or NotFound) when it no longer exists.
    static ApiCall *startDetail(ApiClient *client, FirewallsApi::Dialect *dialect,
                                const QString &firewallId, QObject *receiver, Priority priority,
                                ApiCallback done);

private:
    FirewallFetch(ApiClient *client, FirewallsApi::Dialect *dialect, Priority priority);
    void listFirewalls();
    void listGroups();
    void readGroup(const QString &id);
    //! \a result's rows are groups: read each one's rules and servers.
    void onGroups(const ApiResult &result);
    void onPart(int index, bool rules, const ApiResult &result);
    void finishParts();
    void finish(const ApiResult &result);
    void abort();

    ApiClient *m_client;
    FirewallsApi::Dialect *m_dialect;
    Priority m_priority;
    QPointer<ApiCall> m_outer;
    QList<QPointer<ApiCall>> m_steps;
    QJsonArray m_rows;
    QList<bool> m_gone; //!< groups deleted while being read
    int m_pending = 0;
    bool m_failed = false; //!< a part failed: the listing has its answer
    ApiResult m_listing;
};
