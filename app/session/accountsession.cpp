#include "accountsession.h"

#include "api/apiclient.h"
#include "api/blockstorageapi.h"
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/instancesapi.h"
#include "api/sshkeysapi.h"
#include "api/userscriptsapi.h"
#include "api/zonesapi.h"
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

namespace {
//! A store's fetch for a plain paged listing.
ResourceStore::Fetch listing(ApiClient *client, const ApiRequest &request)
{
    return [client, request](QObject *receiver, Priority priority, ApiCallback done) {
        return client->fetchAll(request, receiver, std::move(done), priority);
    };
}

//! A store's apply: parse with \a parse, merge into \a model, report unreadable rows.
template<class Model, class ParseAll>
ResourceStore::Apply merging(Model *model, ParseAll parse)
{
    return [model, parse](const ApiResult &result) {
        const auto parsed = parse(result.rows());
        for (const QString &problem : parsed.problems)
            qCWarning(lcSession).noquote() << "unreadable row:" << problem;
        model->merge(parsed.items);
        return int(parsed.problems.size());
    };
}
} // namespace

AccountSession::AccountSession(ApiClient *client, bool demo, QObject *parent)
    : QObject(parent), m_client(client), m_demo(demo), m_instances(new InstanceModel(this)),
      m_volumes(new BlockStorageModel(this)), m_firewalls(new FirewallModel(this)),
      m_images(new ImageModel(this)), m_flavors(new FlavorModel(this)),
      m_zones(new ZoneModel(this)), m_sshKeys(new SshKeyModel(this)),
      m_userScripts(new UserScriptModel(this)), m_operations(new OperationTracker(client, this))
{
    Clock *clock = client->clock();
    auto make = [this, clock](Resource r, ResourceStore::Fetch fetch, ResourceStore::Apply apply,
                              ResourceStore::Changing changing = {}) {
        m_stores[size_t(r)] = new ResourceStore(r, clock, std::move(fetch), std::move(apply),
                                                std::move(changing), this);
    };
    make(
            Resource::Instances, listing(client, InstancesApi::list()),
            [this](const ApiResult &result) {
                const Parsed<Instance> parsed = InstancesApi::parseInstances(result.rows());
                for (const QString &problem : parsed.problems)
                    qCWarning(lcSession).noquote() << "unreadable server:" << problem;
                m_instances->merge(parsed.items);
                m_operations->observe(parsed.items);
                return int(parsed.problems.size());
            },
            [this] { return m_instances->hasTransitional() && m_operations->inProgress() == 0; });
    make(Resource::BlockStorage, listing(client, BlockStorageApi::list()),
         merging(m_volumes, BlockStorageApi::parseVolumes),
         [this] { return m_volumes->hasTransitional(); });
    make(
            Resource::Firewalls,
            [this](QObject *receiver, Priority priority, ApiCallback done) {
                return FirewallFetch::start(m_client, &m_firewallDialect, receiver, priority,
                                            std::move(done));
            },
            merging(m_firewalls, FirewallsApi::parseFirewalls));
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
    // The poller's listings are fresh server data too.
    connect(m_operations, &OperationTracker::instancesListed, this,
            [this](const QList<Instance> &items) {
                m_instances->merge(items);
                store(Resource::Instances)->markRefreshed();
            });
    ResourceStore *servers = store(Resource::Instances);
    connect(servers, &ResourceStore::loadingChanged, this, &AccountSession::loadingChanged);
    connect(servers, &ResourceStore::refreshed, this, &AccountSession::instancesRefreshed);
    connect(servers, &ResourceStore::failed, this, &AccountSession::refreshFailed);
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

void AccountSession::setAutoRefreshMs(qint64 intervalMs)
{
    m_autoRefreshMs = qMax<qint64>(0, intervalMs);
    applyAutoRefresh();
}

void AccountSession::applyAutoRefresh()
{
    for (ResourceStore *s : m_stores)
        s->setAutoRefresh(m_autoRefreshMs, s->resource() == m_active);
}

void AccountSession::refreshInstances()
{
    store(Resource::Instances)->refresh();
}

void AccountSession::refreshActive()
{
    store(m_active)->refresh();
}

bool AccountSession::isLoading() const
{
    return store(Resource::Instances)->isLoading();
}

qint64 AccountSession::lastRefreshMs() const
{
    return store(Resource::Instances)->lastRefreshMs();
}

const ApiError &AccountSession::lastError() const
{
    return store(Resource::Instances)->lastError();
}

int AccountSession::unreadableRows() const
{
    return store(Resource::Instances)->unreadableRows();
}
