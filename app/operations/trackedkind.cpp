#include "trackedkind.h"

#include "api/apiclient.h"
#include "api/blockstorageapi.h"
#include "api/instancesapi.h"
#include "domain/status.h"
#include "session/firewallfetch.h"

namespace TrackedKinds {

namespace {
//! The cost of a detail that must never be preferred to the listing.
constexpr int kNeverCheaper = 1'000'000;

//! Requests a paged listing of \a rows costs: its full pages and the page that ends it (empty,
//! or shorter than a full one). A first page shorter than asked for is not trusted to be the
//! end (a server may cap page sizes silently), so it costs the empty page after it too.
int pagedCost(qsizetype rows)
{
    if (rows == 0)
        return 1;
    if (rows < ApiClient::kPageSize)
        return 2;
    return int(rows / ApiClient::kPageSize) + 1;
}

template<class Parse>
std::function<QList<Observed>(const QJsonArray &)> reader(Parse parse)
{
    return [parse](const QJsonArray &rows) {
        QList<Observed> out;
        for (const auto &item : parse(rows).items)
            out.append(Observed::of(item));
        return out;
    };
}
} // namespace

TrackedKind servers()
{
    TrackedKind k;
    k.resource = Resource::Instances;
    k.list = [](ApiClient *client, QObject *receiver, ApiCallback done) {
        return client->fetchAll(InstancesApi::list(), receiver, std::move(done), Priority::Read);
    };
    k.detail = [](ApiClient *client, const QString &id, QObject *receiver, ApiCallback done) {
        return client->send(InstancesApi::detail(id), receiver, std::move(done), Priority::Read);
    };
    k.listCost = pagedCost;
    k.detailCost = [] { return 1; };
    k.read = reader(InstancesApi::parseInstances);
    k.isTransitional = [](const QString &s) { return Status::isTransitional(Status::server(s)); };
    k.isError = [](const QString &s) { return Status::server(s) == Status::Server::Error; };
    return k;
}

TrackedKind volumes()
{
    TrackedKind k;
    k.resource = Resource::BlockStorage;
    k.list = [](ApiClient *client, QObject *receiver, ApiCallback done) {
        return client->fetchAll(BlockStorageApi::list(), receiver, std::move(done), Priority::Read);
    };
    k.detail = [](ApiClient *client, const QString &id, QObject *receiver, ApiCallback done) {
        return client->send(BlockStorageApi::detail(id), receiver, std::move(done), Priority::Read);
    };
    k.listCost = [](qsizetype) { return 1; }; // one unpaged listing
    k.detailCost = [] { return 1; };
    k.read = reader(BlockStorageApi::parseVolumes);
    k.isTransitional = [](const QString &s) { return Status::isTransitional(Status::volume(s)); };
    k.isError = [](const QString &s) { return Status::volume(s) == Status::Volume::Error; };
    return k;
}

TrackedKind firewalls(FirewallsApi::Dialect *dialect)
{
    TrackedKind k;
    k.resource = Resource::Firewalls;
    k.list = [dialect](ApiClient *client, QObject *receiver, ApiCallback done) {
        return FirewallFetch::start(client, dialect, receiver, Priority::Read, std::move(done));
    };
    k.detail
            = [dialect](ApiClient *client, const QString &id, QObject *receiver, ApiCallback done) {
                  return FirewallFetch::startDetail(client, dialect, id, receiver, Priority::Read,
                                                    std::move(done));
              };
    // The security groups list each group's rules and servers with a request of their own.
    k.listCost = [dialect](qsizetype rows) {
        return pagedCost(rows)
                + (*dialect == FirewallsApi::Dialect::SecurityGroups ? 2 * int(rows) : 0);
    };
    // /v1/firewall/{id} is only inferred (§3): a 404 there may be an unknown route, not a
    // firewall gone, so that dialect is followed by its listing. A security group's detail is
    // observed (200 [] once deleted): group, rules and servers, three requests.
    k.detailCost = [dialect] {
        return *dialect == FirewallsApi::Dialect::SecurityGroups ? 3 : kNeverCheaper;
    };
    k.read = reader(FirewallsApi::parseFirewalls);
    k.isTransitional = [](const QString &) { return false; };
    k.isError = [](const QString &) { return false; };
    return k;
}

} // namespace TrackedKinds
