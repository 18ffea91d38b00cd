#pragma once

#include "api/apierror.h"
#include "api/firewallsapi.h"
#include "api/instancesapi.h"
#include "domain/blockstoragetype.h"
#include "resource.h"

#include <QList>
#include <QObject>

#include <array>
#include <functional>

class ApiCall;
class BillingSession;
struct ApiResult;
class ApiClient;
class QAbstractItemModel;
class BlockStorageModel;
class FirewallModel;
class FlavorModel;
class ImageModel;
class InstanceModel;
class Journal;
struct Credentials;
class QUrl;
class OperationTracker;
struct Operation;
class ResourceStore;
class SshKeyModel;
class UserScriptModel;
class ZoneModel;

//! One signed-in account: its client, a model and a store per resource, the changes in
//! progress, and the console's own refreshing (background priority, only for the page on screen).
class AccountSession final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kDefaultRefreshMs = 60'000;

    //! \a client must outlive the session; \a demo marks the built-in demo account.
    AccountSession(ApiClient *client, bool demo, QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] ApiClient *client() const { return m_client; }
    [[nodiscard]] bool isDemo() const { return m_demo; }
    [[nodiscard]] OperationTracker *operations() const { return m_operations; }
    [[nodiscard]] ResourceStore *store(Resource resource) const;

    [[nodiscard]] InstanceModel *instances() const { return m_instances; }
    [[nodiscard]] BlockStorageModel *volumes() const { return m_volumes; }
    [[nodiscard]] FirewallModel *firewalls() const { return m_firewalls; }
    //! The account's bills, live bill, samples and budget (the billing page).
    [[nodiscard]] BillingSession *billing() const { return m_billing; }
    [[nodiscard]] ImageModel *images() const { return m_images; }
    [[nodiscard]] FlavorModel *flavors() const { return m_flavors; }
    [[nodiscard]] ZoneModel *zones() const { return m_zones; }
    [[nodiscard]] SshKeyModel *sshKeys() const { return m_sshKeys; }
    [[nodiscard]] UserScriptModel *userScripts() const { return m_userScripts; }
    //! Every resource model of the account, in Resource order.
    [[nodiscard]] QList<QAbstractItemModel *> models() const;
    //! The firewall dialect the server turned out to speak.
    [[nodiscard]] FirewallsApi::Dialect firewallDialect() const { return m_firewallDialect; }

    //! Works with another account from now on: every model is emptied and filled again from it.
    void switchAccount(const QUrl &endpoint, const Credentials &credentials, bool demo,
                       bool readOnly);
    //! The journal of changes sent (may be null).
    void setJournal(Journal *journal);
    [[nodiscard]] Journal *journal() const { return m_journal; }
    //! The page on screen: its store refreshes by itself (and is refreshed now if stale).
    void setActive(Resource resource);
    [[nodiscard]] Resource active() const { return m_active; }
    //! Reads server \a instanceId's secrets (one detail request), for the person who asked to
    //! see or copy them; \a done runs on \a receiver. Nothing of them is kept here.
    ApiCall *readSecrets(const QString &instanceId, QObject *receiver,
                         std::function<void(const InstancesApi::Secrets &, const ApiError &)> done);
    //! The block storage types (read once per account, then kept): \a done runs on \a receiver
    //! with them, at once when known.
    void
    withVolumeTypes(QObject *receiver,
                    std::function<void(const QList<BlockStorageType> &, const ApiError &)> done);
    //! Asks for server \a instanceId's remote console link (a fresh one each time; a secret:
    //! never logged or kept here).
    ApiCall *readConsoleLink(const QString &instanceId, QObject *receiver,
                             std::function<void(const QString &link, const ApiError &)> done);
    //! Reads resource \a id's detail once and puts it in its model (a detail opened on rows
    //! older than the refresh interval: one request instead of the whole listing). Servers,
    //! block storage, firewalls, images and specs; false (nothing sent) for the others.
    bool refreshDetail(Resource resource, const QString &id);
    //! Reads firewall \a id as iwinv has it now, at change priority (before an edit replaces its
    //! rules): the listing on /v1/firewall, whose detail path is only inferred; the group's
    //! detail and rules on the security groups. \a done gets its row, or no row when it is gone.
    ApiCall *readFirewall(const QString &id, QObject *receiver,
                          std::function<void(const ApiResult &)> done);
    //! The console's own refresh interval (0: off).
    void setAutoRefreshMs(qint64 intervalMs);
    [[nodiscard]] qint64 autoRefreshMs() const { return m_autoRefreshMs; }

public Q_SLOTS:
    //! The person asked for the page on screen to be refreshed now (F5).
    void refreshActive();

Q_SIGNALS:
    //! switchAccount() happened: the window shows the new account.
    void accountChanged();

private:
    void applyAutoRefresh();
    //! The tracker's listings and rows go into the models.
    void connectTracker();
    //! A change ended: the resources on its other side are read again (a volume's server, a
    //! deleted server's volumes and firewall).
    void refreshRelated(const Operation &operation);

    ApiClient *m_client;
    bool m_demo;
    InstanceModel *m_instances;
    BlockStorageModel *m_volumes;
    FirewallModel *m_firewalls;
    ImageModel *m_images;
    FlavorModel *m_flavors;
    ZoneModel *m_zones;
    SshKeyModel *m_sshKeys;
    UserScriptModel *m_userScripts;
    OperationTracker *m_operations;
    std::array<ResourceStore *, kResourceCount> m_stores {};
    FirewallsApi::Dialect m_firewallDialect = FirewallsApi::Dialect::Firewall;
    BillingSession *m_billing = nullptr;
    QList<BlockStorageType> m_volumeTypes; //!< empty: not read yet
    Journal *m_journal = nullptr;
    Resource m_active = Resource::Instances;
    qint64 m_autoRefreshMs = 0;
};
