#include "accountsession.h"

#include "api/apiclient.h"
#include "api/blockstorageapi.h"
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/instancesapi.h"
#include "api/sshkeysapi.h"
#include "api/userscriptsapi.h"
#include "api/zonesapi.h"
#include "billing/billingsession.h"
#include "credentials/credentials.h"
#include "firewallfetch.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/flavormodel.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/sshkeymodel.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "operations/operationtracker.h"
#include "resourcestore.h"
#include "util/logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {
template<class T>
QList<Observed> observations(const QList<T> &items)
{
    QList<Observed> out;
    out.reserve(items.size());
    for (const T &item : items)
        out.append(Observed::of(item));
    return out;
}

//! Rows read on their own (a detail, a change's answer) go into \a model; \a goneId is
//! removed from it.
template<class Model, class ParseAll>
void upsertRows(Model *model, ParseAll parse, const ApiResult &result, const QString &goneId)
{
    if (!goneId.isEmpty()) {
        model->removeId(goneId);
        return;
    }
    for (const auto &item : parse(result.rows()).items)
        model->upsert(item);
}

//! A store's fetch for a plain paged listing.
ResourceStore::Fetch listing(ApiClient *client, const ApiRequest &request)
{
    return [client, request](QObject *receiver, Priority priority, ApiCallback done) {
        return client->fetchAll(request, receiver, std::move(done), priority);
    };
}

//! A store's apply: parse with \a parse, merge into \a model, hand the rows to \a also,
//! report unreadable rows (\a what they are: "server").
template<class Model, class ParseAll, class Also>
ResourceStore::Apply merging(Model *model, ParseAll parse, Also also, const char *what = "row")
{
    return [model, parse, also, what](const ApiResult &result) {
        const auto parsed = parse(result.rows());
        for (const QString &problem : parsed.problems)
            qCWarning(lcSession).noquote() << "unreadable" << what << problem;
        model->merge(parsed.items);
        also(parsed.items, result);
        return int(parsed.problems.size());
    };
}

template<class Model, class ParseAll>
ResourceStore::Apply merging(Model *model, ParseAll parse)
{
    return merging(
            model, parse, [](const auto &, const ApiResult &) {}, "row:");
}
} // namespace

AccountSession::AccountSession(ApiClient *client, bool demo, QObject *parent)
    : QObject(parent), m_client(client), m_demo(demo), m_instances(new InstanceModel(this)),
      m_volumes(new BlockStorageModel(this)), m_firewalls(new FirewallModel(this)),
      m_images(new ImageModel(this)), m_flavors(new FlavorModel(this)),
      m_zones(new ZoneModel(this)), m_sshKeys(new SshKeyModel(this)),
      m_userScripts(new UserScriptModel(this)), m_operations(new OperationTracker(client, this)),
      m_billing(new BillingSession(client, this))
{
    Clock *clock = client->clock();
    auto make = [this, clock](Resource r, ResourceStore::Fetch fetch, ResourceStore::Apply apply,
                              ResourceStore::Changing changing = {}) {
        m_stores[size_t(r)] = new ResourceStore(r, clock, std::move(fetch), std::move(apply),
                                                std::move(changing), this);
    };
    // The kinds whose changes are followed: every refresh counts as a poll of theirs too.
    const auto followed = [this](Resource r) {
        return [this, r](const auto &items, const ApiResult &result) {
            m_operations->observe(r, observations(items), {result.sentAtMs, !result.truncated});
        };
    };
    make(Resource::Instances, listing(client, InstancesApi::list()),
         merging(m_instances, InstancesApi::parseInstances, followed(Resource::Instances),
                 "server:"),
         [this] {
             return m_instances->hasTransitional()
                     && m_operations->inProgress(Resource::Instances) == 0;
         });
    make(Resource::BlockStorage, listing(client, BlockStorageApi::list()),
         merging(m_volumes, BlockStorageApi::parseVolumes, followed(Resource::BlockStorage),
                 "block storage:"),
         [this] {
             return m_volumes->hasTransitional()
                     && m_operations->inProgress(Resource::BlockStorage) == 0;
         });
    make(
            Resource::Firewalls,
            [this](QObject *receiver, Priority priority, ApiCallback done) {
                return FirewallFetch::start(m_client, &m_firewallDialect, receiver, priority,
                                            std::move(done));
            },
            merging(m_firewalls, FirewallsApi::parseFirewalls, followed(Resource::Firewalls),
                    "firewall:"));
    make(Resource::Images, listing(client, ImagesApi::list()),
         merging(m_images, ImagesApi::parseImages));
    make(Resource::Flavors, listing(client, FlavorsApi::list()),
         merging(m_flavors, FlavorsApi::parseFlavors));
    make(Resource::Zones, listing(client, ZonesApi::list()),
         merging(m_zones, ZonesApi::parseZones));
    make(Resource::SshKeys, listing(client, SshKeysApi::list()),
         merging(m_sshKeys, SshKeysApi::parseSshKeys));
    make(Resource::UserScripts, listing(client, UserScriptsApi::list()),
         merging(m_userScripts, UserScriptsApi::parseUserScripts));

    m_volumes->setServerNames(
            [this](const QString &id) {
                const Instance *in = m_instances->find(id);
                return in ? in->name : QString();
            },
            m_instances);
    // Seen on a real account: the user script list answered 404. The account works; it has no
    // scripts to list (or no access to them).
    store(Resource::UserScripts)->setUnavailableWhen([](const ApiError &e) {
        return e.kind == ApiError::Kind::NotFound && e.httpStatus == 404;
    });
    m_operations->setFirewallDialect(&m_firewallDialect);
    connectTracker();
    // A client without an address has no account yet (its keys are being read): nothing is
    // asked for until switchAccount() opens one.
    const bool hasAccount = !client->endpoint().isEmpty();
    for (ResourceStore *s : m_stores)
        s->setHeld(!hasAccount);
}

AccountSession::~AccountSession() = default;

QList<QAbstractItemModel *> AccountSession::models() const
{
    return {m_instances, m_volumes, m_firewalls, m_images,
            m_flavors,   m_zones,   m_sshKeys,   m_userScripts};
}

void AccountSession::setJournal(Journal *journal)
{
    m_journal = journal;
    m_operations->setJournal(journal);
}

void AccountSession::switchAccount(const QUrl &endpoint, const Credentials &credentials, bool demo,
                                   bool readOnly)
{
    for (ResourceStore *s : m_stores)
        s->reset();
    m_operations->reset();
    m_client->resetAccount();
    m_client->setEndpoint(endpoint);
    m_client->setCredentials(credentials);
    m_client->setReadOnly(readOnly);
    m_demo = demo;
    m_firewallDialect = FirewallsApi::Dialect::Firewall;
    m_volumeTypes.clear();
    m_instances->clear();
    m_volumes->clear();
    m_firewalls->clear();
    m_images->clear();
    m_flavors->clear();
    m_zones->clear();
    m_sshKeys->clear();
    m_userScripts->clear();
    for (ResourceStore *s : m_stores)
        s->setHeld(false);
    Q_EMIT accountChanged();
    setActive(m_active);
}

ResourceStore *AccountSession::store(Resource resource) const
{
    return m_stores[size_t(resource)];
}

void AccountSession::setActive(Resource resource)
{
    m_active = resource;
    applyAutoRefresh();
    store(resource)->refreshIfStale();
    // Pages name each other's resources: servers on the volume and firewall pages, volumes and
    // firewalls in a server's details.
    if (resource == Resource::BlockStorage || resource == Resource::Firewalls)
        store(Resource::Instances)->refreshIfStale();
    if (resource == Resource::Instances) {
        store(Resource::BlockStorage)->refreshIfStale();
        store(Resource::Firewalls)->refreshIfStale();
    }
    // A spec's details name the images it supports.
    if (resource == Resource::Flavors)
        store(Resource::Images)->refreshIfStale();
}

ApiCall *AccountSession::readSecrets(
        const QString &instanceId, QObject *receiver,
        std::function<void(const InstancesApi::Secrets &, const ApiError &)> done)
{
    return m_client->send(
            InstancesApi::secrets(instanceId), receiver,
            [done = std::move(done)](const ApiResult &result) {
                done(result.ok() ? InstancesApi::parseSecrets(result.rows())
                                 : InstancesApi::Secrets(),
                     result.error);
            },
            Priority::Read);
}

void AccountSession::withVolumeTypes(
        QObject *receiver,
        std::function<void(const QList<BlockStorageType> &, const ApiError &)> done)
{
    if (!m_volumeTypes.isEmpty()) {
        done(m_volumeTypes, ApiError());
        return;
    }
    m_client->send(
            BlockStorageApi::types(), receiver,
            [this, done = std::move(done)](const ApiResult &result) {
                if (result.ok())
                    m_volumeTypes = BlockStorageApi::parseTypes(result.rows()).items;
                done(m_volumeTypes, result.error);
            },
            Priority::Read);
}

ApiCall *
AccountSession::readConsoleLink(const QString &instanceId, QObject *receiver,
                                std::function<void(const QString &, const ApiError &)> done)
{
    return m_client->send(
            InstancesApi::remoteConsole(instanceId), receiver,
            [done = std::move(done)](const ApiResult &result) {
                if (!result.ok()) {
                    done(QString(), result.error);
                    return;
                }
                const auto console = InstancesApi::parseRemoteConsole(result.rows());
                done(console ? console->link : QString(), ApiError());
            },
            Priority::Read);
}

bool AccountSession::refreshDetail(Resource resource, const QString &id)
{
    if (id.isEmpty())
        return false;
    // A detail that finds nothing (404, ID_INVALID, an empty result) means the resource is gone.
    auto gone = [](const ApiResult &r) {
        return r.error.kind == ApiError::Kind::NotFound || (r.ok() && r.rows().isEmpty());
    };
    auto apply = [gone, id](auto *model, auto parse) {
        return [model, parse, gone, id](const ApiResult &r) {
            if (gone(r))
                upsertRows(model, parse, r, id);
            else if (r.ok())
                upsertRows(model, parse, r, QString());
        };
    };
    switch (resource) {
    case Resource::Instances:
        m_client->send(InstancesApi::detail(id), this,
                       apply(m_instances, InstancesApi::parseInstances), Priority::Read);
        return true;
    case Resource::BlockStorage:
        m_client->send(BlockStorageApi::detail(id), this,
                       apply(m_volumes, BlockStorageApi::parseVolumes), Priority::Read);
        return true;
    case Resource::Firewalls:
        // Only the security groups' detail is observed; /v1/firewall/{id} is inferred, and a
        // 404 there must not remove a firewall that exists.
        if (m_firewallDialect != FirewallsApi::Dialect::SecurityGroups)
            return false;
        FirewallFetch::startDetail(m_client, &m_firewallDialect, id, this, Priority::Read,
                                   apply(m_firewalls, FirewallsApi::parseFirewalls));
        return true;
    case Resource::Images:
        m_client->send(ImagesApi::detail(id), this, apply(m_images, ImagesApi::parseImages),
                       Priority::Read);
        return true;
    case Resource::Flavors:
        m_client->send(FlavorsApi::detail(id), this, apply(m_flavors, FlavorsApi::parseFlavors),
                       Priority::Read);
        return true;
    case Resource::Zones:
    case Resource::SshKeys:
    case Resource::UserScripts:
        break;
    }
    return false;
}

ApiCall *AccountSession::readFirewall(const QString &id, QObject *receiver,
                                      std::function<void(const ApiResult &)> done)
{
    if (m_firewallDialect == FirewallsApi::Dialect::SecurityGroups)
        return FirewallFetch::startDetail(m_client, &m_firewallDialect, id, receiver,
                                          Priority::Change, std::move(done));
    return FirewallFetch::start(m_client, &m_firewallDialect, receiver, Priority::Change,
                                [id, done = std::move(done)](const ApiResult &all) {
                                    ApiResult one = all;
                                    QJsonArray rows;
                                    for (const QJsonValue &row : all.rows()) {
                                        const QJsonObject o = row.toObject();
                                        if (o.value(QLatin1String("firewall_id")).toString() == id)
                                            rows.append(row);
                                    }
                                    one.envelope.result = rows;
                                    done(one);
                                });
}

void AccountSession::setAutoRefreshMs(qint64 intervalMs)
{
    m_autoRefreshMs = qMax<qint64>(0, intervalMs);
    m_billing->setAutoRefreshMs(m_autoRefreshMs);
    applyAutoRefresh();
}

void AccountSession::applyAutoRefresh()
{
    for (ResourceStore *s : m_stores)
        s->setAutoRefresh(m_autoRefreshMs, s->resource() == m_active);
}

void AccountSession::refreshActive()
{
    store(m_active)->refresh();
}

void AccountSession::connectTracker()
{
    // The poller's listings are fresh data too (the tracker has read them itself).
    connect(m_operations, &OperationTracker::listed, this,
            [this](Resource resource, const ApiResult &result) {
                switch (resource) {
                case Resource::Instances:
                    m_instances->merge(InstancesApi::parseInstances(result.rows()).items);
                    break;
                case Resource::BlockStorage:
                    m_volumes->merge(BlockStorageApi::parseVolumes(result.rows()).items);
                    break;
                case Resource::Firewalls:
                    m_firewalls->merge(FirewallsApi::parseFirewalls(result.rows()).items);
                    break;
                default:
                    return;
                }
                store(resource)->markRefreshed();
            });
    connect(m_operations, &OperationTracker::rowsReceived, this,
            [this](Resource resource, const ApiResult &result, const QString &goneId) {
                switch (resource) {
                case Resource::Instances:
                    upsertRows(m_instances, InstancesApi::parseInstances, result, goneId);
                    break;
                case Resource::BlockStorage:
                    upsertRows(m_volumes, BlockStorageApi::parseVolumes, result, goneId);
                    break;
                case Resource::Firewalls:
                    upsertRows(m_firewalls, FirewallsApi::parseFirewalls, result, goneId);
                    break;
                default:
                    break;
                }
            });
    connect(m_operations, &OperationTracker::operationChanged, this, [this](const Operation &op) {
        if (op.state == Operation::State::Done)
            refreshRelated(op);
    });
}

void AccountSession::refreshRelated(const Operation &op)
{
    switch (op.resource) {
    case Resource::Instances:
        // A server made with volumes, or deleted (its volumes kept and detached).
        if (op.kind == Operation::Kind::Create || op.kind == Operation::Kind::Delete) {
            store(Resource::BlockStorage)->refresh();
            store(Resource::Firewalls)->refresh();
        }
        break;
    case Resource::BlockStorage:
    case Resource::Firewalls:
        // The server's side: its volumes, its firewall.
        if (op.kind != Operation::Kind::Edit)
            store(Resource::Instances)->refresh();
        // An edited firewall's rules come with the listing (its answer is not trusted for them).
        else if (op.resource == Resource::Firewalls)
            store(Resource::Firewalls)->refresh();
        break;
    default:
        break;
    }
}
