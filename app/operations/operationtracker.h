#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"
#include "operation.h"
#include "trackedkind.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <array>
#include <deque>
#include <optional>

class ApiClient;
class Journal;
struct Instance;

//! Sends the person's changes (of servers, block storage and firewalls) and follows each one
//! until the server shows its end, with one poller per account: per tick, one listing per kind
//! of resource with changes in progress, or their details when that costs fewer requests (one
//! change on an account of 300 servers: one detail, not four pages); after 2, 2, 3 and 5 s,
//! then every 5 s; every 30 s once every change takes longer than expected. One change at a
//! time per resource. Never reports a failure that did not happen; a lost answer is resolved
//! from the next listing.
class OperationTracker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kToleratedPollErrors = 3;
    static constexpr qint64 kSlowPollMs = 30'000;
    static constexpr int kPollsBeforeTrustingNoTransition = 3;

    explicit OperationTracker(ApiClient *client, QObject *parent = nullptr);
    ~OperationTracker() override;

    //! Where the account keeps the firewall dialect its server speaks (the session's).
    void setFirewallDialect(FirewallsApi::Dialect *dialect);
    //! Sends \a request (built by the resource's API functions) for \a change and follows it.
    //! Returns the operation's id; 0 (nothing sent) while another change of the same resource
    //! is unfinished, so a double click never reboots twice, and, for a create, while another
    //! create of its kind has an unknown outcome (the same servers are never made twice).
    quint64 submit(const Change &change, const ApiRequest &request);
    //! A server's change: \a name is the server's (for a create: the name asked for),
    //! \a currentStatus its status now (what a rebuild or resize returns to).
    quint64 submit(Operation::Kind kind, const ApiRequest &request, const QString &instanceId,
                   const QString &name, const QString &currentStatus = QString());
    //! Records every change sent and its outcome (optional).
    void setJournal(Journal *journal) { m_journal = journal; }
    //! The account's name, written with each operation.
    void setProfile(const QString &profile) { m_profile = profile; }
    //! Another account: every operation is forgotten, the poller stops.
    void reset();
    //! A listing of \a resource obtained elsewhere (a refresh): it counts as a poll.
    void observe(Resource resource, const QList<Observed> &rows, ListingInfo listing = {});
    void observe(const QList<Instance> &instances, ListingInfo listing = {});

    [[nodiscard]] QList<Operation> operations() const;
    [[nodiscard]] const Operation *operation(quint64 id) const;
    //! The unfinished change of \a resource's \a id, if any.
    [[nodiscard]] const Operation *unfinishedFor(Resource resource, const QString &id) const;
    [[nodiscard]] int inProgress() const;
    //! A create of \a resource whose outcome is not known yet (see Operation::isOutcomeUnknown).
    [[nodiscard]] bool hasCreateOfUnknownOutcome(Resource resource) const;
    //! The create of \a resource whose outcome is not known (on its way, or its answer lost).
    [[nodiscard]] const Operation *createOfUnknownOutcome(Resource resource) const;
    [[nodiscard]] int inProgress(Resource resource) const;
    //! Requests this tracker sent to follow changes (listings and details).
    [[nodiscard]] int pollsSent() const { return m_pollsSent; }
    //! Ticks in a row whose polls failed (more than kToleratedPollErrors: "cannot check").
    [[nodiscard]] int pollErrorsInRow() const { return m_pollErrors; }

Q_SIGNALS:
    void operationChanged(const Operation &operation);
    //! A whole listing the poller received, for that resource's model.
    void listed(Resource resource, const ApiResult &result);
    //! The rows a change's answer or a detail carried (fresh data for the model); \a goneId:
    //! the detail says that resource no longer exists.
    void rowsReceived(Resource resource, const ApiResult &result, const QString &goneId);
    //! Polling failed more often than tolerated (true) or works again (false).
    void pollingTroubled(bool troubled);

private:
    //! An operation and what following it needs.
    struct Tracked
    {
        Operation op;
        QString initialStatus;
        QString replaced; //!< Change::replaced
        bool sawTransition = false;
        int pollsSeen = 0;
        //! Whole listings since a create was sent that showed nothing it made.
        int listingsWithout = 0;
        int count = 1;
        QString expectedDescription;
        quint64 journalEntry = 0;
        //! The ids of its kind listed before it was sent (a lost create's new ids are not
        //! among them); unset: the kind had never been listed.
        std::optional<QSet<QString>> knownBefore;
    };
    using Find = std::function<const Observed *(const QString &id)>;

    [[nodiscard]] const TrackedKind *kindOf(Resource resource) const;
    void onAnswer(quint64 id, const ApiResult &result);
    void schedulePoll();
    void poll();
    void pollKind(const TrackedKind &kind, const QList<Tracked *> &open);
    void onListed(const TrackedKind &kind, const ApiResult &result);
    void onDetail(const TrackedKind &kind, const QString &id, const ApiResult &result);
    void partDone(bool failed);
    //! \a all: the whole listing (null: one detail); \a complete: not cut at the cap.
    void evaluate(Tracked &t, const Find &find, const QList<Observed> *all, bool complete);
    void evaluateCreate(Tracked &t, const Find &find, const QList<Observed> *all, bool complete);
    //! Ids other unfinished creates have claimed.
    [[nodiscard]] QSet<QString> claimedByOthers(const Tracked &t) const;
    [[nodiscard]] bool reachedEnd(const Tracked &t, const Observed &o) const;
    //! The listing shows the new image (rebuild) or spec (resize) in place of the old one.
    [[nodiscard]] static bool showsReplacement(const Tracked &t, const Observed &o);
    void setState(Tracked &t, Operation::State state);
    [[nodiscard]] Tracked *find(quint64 id);
    [[nodiscard]] QList<Tracked *> openOf(Resource resource);

    ApiClient *m_client;
    FirewallsApi::Dialect m_ownDialect = FirewallsApi::Dialect::Firewall;
    std::array<TrackedKind, 3> m_kinds;
    std::deque<Tracked> m_tracked; //!< deque: an entry stays put while others are added
    quint64 m_nextId = 0;
    int m_pollIndex = 0;
    int m_pollErrors = 0;
    int m_pollsSent = 0;
    int m_tickPending = 0;
    bool m_tickFailed = false;
    Clock::TimerId m_pollTimer = 0;
    QList<QPointer<ApiCall>> m_pollCalls;
    //! Per resource: ids seen in listings (to spot a lost create's new ones).
    std::array<QSet<QString>, kResourceCount> m_knownIds;
    //! Per resource: rows of the last whole listing (-1: never listed).
    std::array<qsizetype, kResourceCount> m_listSize;
    Journal *m_journal = nullptr;
    QString m_profile;
};
