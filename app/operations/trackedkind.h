#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"
#include "observed.h"
#include "session/resource.h"

#include <QJsonArray>
#include <QList>

#include <functional>

class ApiClient;

//! How the tracker follows changes of one kind of resource: its listing and detail, how their
//! rows read, what its statuses mean, and what each costs in requests.
struct TrackedKind
{
    Resource resource = Resource::Instances;
    //! The whole listing, every page.
    std::function<ApiCall *(ApiClient *client, QObject *receiver, ApiCallback done)> list;
    //! One resource's detail: its row, or a NotFound error or no row when it is gone.
    std::function<ApiCall *(ApiClient *client, const QString &id, QObject *receiver,
                            ApiCallback done)>
            detail;
    //! Requests a listing of \a rows rows costs (every page, the empty one that ends it).
    std::function<int(qsizetype rows)> listCost;
    //! Requests one detail costs.
    std::function<int()> detailCost;
    //! Rows as observations (rows that cannot be read are left out).
    std::function<QList<Observed>(const QJsonArray &rows)> read;
    //! The status changes by itself soon.
    std::function<bool(const QString &status)> isTransitional;
    //! The status says the resource is broken.
    std::function<bool(const QString &status)> isError;
};

//! The kinds the tracker follows.
namespace TrackedKinds {
[[nodiscard]] TrackedKind servers();
[[nodiscard]] TrackedKind volumes();
//! \a dialect: what the account's server speaks (read and updated, as the firewall page does).
[[nodiscard]] TrackedKind firewalls(FirewallsApi::Dialect *dialect);
} // namespace TrackedKinds
