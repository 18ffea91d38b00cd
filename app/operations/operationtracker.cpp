#include "operationtracker.h"

#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "domain/instance.h"
#include "domain/status.h"
#include "journal.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kPollDelaysMs[] = {2000, 2000, 3000, 5000};
constexpr qint64 kSteadyPollMs = 5000;
constexpr Resource kFollowed[] = {Resource::Instances, Resource::BlockStorage, Resource::Firewalls};

//! A new resource a create made: its name, or (several servers) its name numbered.
bool madeBy(const QString &found, const QString &asked, int count)
{
    if (found == asked)
        return true;
    return count > 1 && !asked.isEmpty() && found.startsWith(asked)
            && !found.at(asked.size()).isLetter();
}

//! Whether a lost answer leaves a trace either way: done or not done is visible in a listing.
bool leavesTrace(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Start:
    case Operation::Kind::Shutdown:
    case Operation::Kind::Delete:
    case Operation::Kind::Attach:
    case Operation::Kind::Detach:
        return true;
    case Operation::Kind::Create: // found by name, or not carried out
    case Operation::Kind::Reboot: // a quick reboot leaves none
    case Operation::Kind::Rebuild:
    case Operation::Kind::Resize:
    case Operation::Kind::Edit:
        return false;
    }
    return false;
}

QString stateName(Operation::State state)
{
    switch (state) {
    case Operation::State::Sending:
        return u"sending"_s;
    case Operation::State::Checking:
        return u"checking"_s;
    case Operation::State::Waiting:
        return u"accepted"_s;
    case Operation::State::TakingLong:
        return u"taking long"_s;
    case Operation::State::Done:
        return u"done"_s;
    case Operation::State::EndedInError:
        return u"ended in error"_s;
    case Operation::State::Gone:
        return u"gone"_s;
    case Operation::State::NotCarriedOut:
        return u"not carried out"_s;
    case Operation::State::NoChangeSeen:
        return u"no change seen"_s;
    case Operation::State::Refused:
        return u"refused"_s;
    }
    return {};
}
} // namespace

OperationTracker::OperationTracker(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_kinds {TrackedKinds::servers(), TrackedKinds::volumes(),
                                                  TrackedKinds::firewalls(&m_ownDialect)}
{
    m_listSize.fill(-1);
}

OperationTracker::~OperationTracker()
{
    m_client->clock()->cancelTimer(m_pollTimer);
    for (const QPointer<ApiCall> &call : std::as_const(m_pollCalls)) {
        if (call)
            call->cancel();
    }
}

void OperationTracker::setFirewallDialect(FirewallsApi::Dialect *dialect)
{
    m_kinds[2] = TrackedKinds::firewalls(dialect);
}

const TrackedKind *OperationTracker::kindOf(Resource resource) const
{
    for (const TrackedKind &kind : m_kinds) {
        if (kind.resource == resource)
            return &kind;
    }
    return nullptr;
}

OperationTracker::Tracked *OperationTracker::find(quint64 id)
{
    for (Tracked &t : m_tracked) {
        if (t.op.id == id)
            return &t;
    }
    return nullptr;
}

const Operation *OperationTracker::operation(quint64 id) const
{
    for (const Tracked &t : m_tracked) {
        if (t.op.id == id)
            return &t.op;
    }
    return nullptr;
}

QList<Operation> OperationTracker::operations() const
{
    QList<Operation> out;
    out.reserve(m_tracked.size());
    for (const Tracked &t : m_tracked)
        out.append(t.op);
    return out;
}

int OperationTracker::inProgress() const
{
    int n = 0;
    for (const Tracked &t : m_tracked)
        n += t.op.isFinished() ? 0 : 1;
    return n;
}

int OperationTracker::inProgress(Resource resource) const
{
    int n = 0;
    for (const Tracked &t : m_tracked)
        n += !t.op.isFinished() && t.op.resource == resource ? 1 : 0;
    return n;
}

bool OperationTracker::hasCreateOfUnknownOutcome(Resource resource) const
{
    return createOfUnknownOutcome(resource) != nullptr;
}

const Operation *OperationTracker::createOfUnknownOutcome(Resource resource) const
{
    for (const Tracked &t : m_tracked) {
        if (t.op.resource == resource && t.op.kind == Operation::Kind::Create
            && t.op.isOutcomeUnknown())
            return &t.op;
    }
    return nullptr;
}

const Operation *OperationTracker::unfinishedFor(Resource resource, const QString &id) const
{
    for (const Tracked &t : m_tracked) {
        if (t.op.resource == resource && !t.op.isFinished()
            && (t.op.targetId == id || t.op.createdIds.contains(id)))
            return &t.op;
    }
    return nullptr;
}

void OperationTracker::setState(Tracked &t, Operation::State state)
{
    Operation &op = t.op;
    if (op.state == state)
        return;
    op.state = state;
    if (op.isFinished())
        op.finishedMs = m_client->clock()->nowMs();
    if (m_journal && t.journalEntry) {
        QString outcome = stateName(state);
        if (state == Operation::State::Refused)
            outcome += u": "_s + ApiError::kindName(op.error.kind) + u' ' + op.error.errorCode;
        m_journal->outcome(t.journalEntry, outcome.trimmed());
    }
    Q_EMIT operationChanged(op);
}

void OperationTracker::reset()
{
    // Cancelled polls answer at once, as cancelled: neither an error nor a new poll.
    const QList<QPointer<ApiCall>> calls = std::exchange(m_pollCalls, {});
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_client->clock()->cancelTimer(m_pollTimer);
    m_pollTimer = 0;
    if (m_pollErrors > kToleratedPollErrors)
        Q_EMIT pollingTroubled(false); // the new account's polling has not failed
    m_tracked.clear();
    for (QSet<QString> &ids : m_knownIds)
        ids.clear();
    m_listSize.fill(-1);
    m_pollIndex = 0;
    m_pollErrors = 0;
    m_tickPending = 0;
    m_tickFailed = false;
}

quint64 OperationTracker::submit(Operation::Kind kind, const ApiRequest &request,
                                 const QString &instanceId, const QString &name,
                                 const QString &currentStatus)
{
    Change change;
    change.resource = Resource::Instances;
    change.kind = kind;
    change.targetId = instanceId;
    change.name = name;
    change.currentStatus = currentStatus;
    if (kind == Operation::Kind::Rebuild)
        change.expected = request.formValue(u"image_id"_s);
    if (kind == Operation::Kind::Resize)
        change.expected = request.formValue(u"flavor_id"_s);
    if (kind == Operation::Kind::Edit)
        change.expected = request.formValue(u"name"_s);
    if (kind == Operation::Kind::Create)
        change.count = qMax(1, request.formValue(u"count"_s).toInt());
    return submit(change, request);
}

quint64 OperationTracker::submit(const Change &change, const ApiRequest &request)
{
    if (!change.targetId.isEmpty() && unfinishedFor(change.resource, change.targetId))
        return 0;
    // No idempotency key exists: while a create's fate is unknown, a second one (another
    // window, the same choices) could make the same servers twice.
    if (change.kind == Operation::Kind::Create && hasCreateOfUnknownOutcome(change.resource))
        return 0;
    Tracked t;
    Operation &op = t.op;
    op.id = ++m_nextId;
    op.resource = change.resource;
    op.kind = change.kind;
    op.targetId = change.targetId;
    op.name = change.name;
    op.relatedId = change.relatedId;
    op.relatedName = change.relatedName;
    op.expected = change.expected;
    op.profile = m_profile;
    op.startedMs = m_client->clock()->nowMs();
    op.lastStatus = change.currentStatus;
    t.initialStatus = change.currentStatus;
    t.replaced = change.replaced;
    t.count = qMax(1, change.count);
    if (change.kind == Operation::Kind::Create && m_listSize[size_t(change.resource)] >= 0)
        t.knownBefore = m_knownIds[size_t(change.resource)];
    if (change.kind == Operation::Kind::Edit)
        t.expectedDescription = request.formValue(u"description"_s);
    if (m_journal) {
        auto label = [](const QString &name, const QString &id) {
            return name.isEmpty() || name == id ? id : u"%1 (%2)"_s.arg(name, id);
        };
        QString target = label(op.name, op.targetId);
        if (!op.relatedId.isEmpty())
            target += u" → "_s + label(op.relatedName, op.relatedId);
        t.journalEntry = m_journal->sent(request, target);
    }
    const quint64 id = op.id;
    m_tracked.push_back(t);
    m_client->send(
            request, this, [this, id](const ApiResult &result) { onAnswer(id, result); },
            Priority::Change);
    Q_EMIT operationChanged(m_tracked.back().op);
    return id;
}

void OperationTracker::onAnswer(quint64 id, const ApiResult &result)
{
    Tracked *t = find(id);
    if (!t)
        return;
    Operation &op = t->op;
    op.error = result.error;
    if (result.ok()) {
        op.acceptedMs = m_client->clock()->nowMs();
        // A create's answer lists what it made, an edit's (200, not 202) the row as edited: they
        // show at once. (An accepted action's answer may carry a partial row, which must not
        // replace the one shown; a firewall group's answer lacks its rules.)
        if ((op.kind == Operation::Kind::Create || op.kind == Operation::Kind::Edit)
            && op.resource != Resource::Firewalls)
            Q_EMIT rowsReceived(op.resource, result, QString());
        if (op.kind == Operation::Kind::Create) {
            for (const Observed &o : kindOf(op.resource)->read(result.rows()))
                op.createdIds.append(o.id);
            if (op.createdIds.isEmpty()) {
                // Accepted without saying what it made: find it by name, like a lost answer.
                setState(*t, Operation::State::Checking);
                m_pollIndex = 0;
                schedulePoll();
                return;
            }
            op.targetId = op.createdIds.first();
        }
        if (op.kind == Operation::Kind::Edit) {
            setState(*t, Operation::State::Done); // an edit is done when it is answered
            return;
        }
        setState(*t, Operation::State::Waiting);
    } else if (result.error.outcomeUnknown) {
        op.acceptedMs = m_client->clock()->nowMs();
        setState(*t, Operation::State::Checking);
    } else if (op.kind == Operation::Kind::Delete
               && result.error.kind == ApiError::Kind::NotFound) {
        setState(*t, Operation::State::Done); // already gone
        return;
    } else {
        setState(*t, Operation::State::Refused);
        return;
    }
    if (!m_pollTimer && m_tickPending == 0)
        m_pollIndex = 0;
    schedulePoll();
}

QList<OperationTracker::Tracked *> OperationTracker::openOf(Resource resource)
{
    QList<Tracked *> out;
    for (Tracked &t : m_tracked) {
        if (t.op.resource == resource && !t.op.isFinished()
            && t.op.state != Operation::State::Sending)
            out.append(&t);
    }
    return out;
}

void OperationTracker::schedulePoll()
{
    if (m_pollTimer || m_tickPending > 0)
        return;
    bool needed = false;
    bool allSlow = true;
    for (const Tracked &t : std::as_const(m_tracked)) {
        if (t.op.isFinished() || t.op.state == Operation::State::Sending)
            continue;
        needed = true;
        allSlow = allSlow && t.op.state == Operation::State::TakingLong;
    }
    if (!needed)
        return;
    qint64 delay = m_pollIndex < int(std::size(kPollDelaysMs)) ? kPollDelaysMs[m_pollIndex]
                                                               : kSteadyPollMs;
    if (allSlow)
        delay = kSlowPollMs;
    m_pollTimer = m_client->clock()->callAfter(delay, this, [this] {
        m_pollTimer = 0;
        poll();
    });
}

void OperationTracker::poll()
{
    m_tickFailed = false;
    m_pollCalls.clear();
    for (Resource resource : kFollowed) {
        const QList<Tracked *> open = openOf(resource);
        if (!open.isEmpty())
            pollKind(*kindOf(resource), open);
    }
    if (m_tickPending == 0)
        schedulePoll();
}

void OperationTracker::pollKind(const TrackedKind &kind, const QList<Tracked *> &open)
{
    // Details when they cost less than the listing: never for a change that only a listing
    // can settle (a create that did not say what it made, or made several).
    QSet<QString> ids;
    bool needsListing = false;
    for (const Tracked *t : open) {
        const bool multiple = t->op.kind == Operation::Kind::Create
                && (t->op.createdIds.size() != 1 || t->count > 1);
        needsListing = needsListing || t->op.targetId.isEmpty() || multiple;
        ids.insert(t->op.targetId);
    }
    const qsizetype known = m_listSize[size_t(kind.resource)];
    const bool details
            = !needsListing && known >= 0 && ids.size() * kind.detailCost() < kind.listCost(known);
    const Resource resource = kind.resource;
    if (!details) {
        ++m_tickPending;
        ++m_pollsSent;
        m_pollCalls.append(kind.list(m_client, this, [this, resource](const ApiResult &r) {
            onListed(*kindOf(resource), r);
        }));
        return;
    }
    for (const QString &id : std::as_const(ids)) {
        ++m_tickPending;
        ++m_pollsSent;
        m_pollCalls.append(
                kind.detail(m_client, id, this, [this, resource, id](const ApiResult &r) {
                    onDetail(*kindOf(resource), id, r);
                }));
    }
}

void OperationTracker::onListed(const TrackedKind &kind, const ApiResult &result)
{
    if (result.error.kind == ApiError::Kind::Cancelled)
        return; // another account, or the end: nothing to count, nothing to follow
    if (result.ok()) {
        Q_EMIT listed(kind.resource, result);
        observe(kind.resource, kind.read(result.rows()), {result.sentAtMs, !result.truncated});
    } else {
        qCInfo(lcSession) << "poll failed:" << ApiError::kindName(result.error.kind);
    }
    partDone(!result.ok());
}

void OperationTracker::onDetail(const TrackedKind &kind, const QString &id, const ApiResult &result)
{
    if (result.error.kind == ApiError::Kind::Cancelled)
        return;
    const bool gone = (result.ok() && result.rows().isEmpty())
            || result.error.kind == ApiError::Kind::NotFound;
    if (!result.ok() && !gone) {
        qCInfo(lcSession) << "poll failed:" << ApiError::kindName(result.error.kind);
        partDone(true);
        return;
    }
    const QList<Observed> rows = gone ? QList<Observed>() : kind.read(result.rows());
    Q_EMIT rowsReceived(kind.resource, result, gone ? id : QString());
    const Observed *seen = nullptr;
    for (const Observed &o : rows) {
        if (o.id == id)
            seen = &o;
    }
    const Find lookup
            = [seen, &id](const QString &wanted) { return wanted == id ? seen : nullptr; };
    for (Tracked *t : openOf(kind.resource)) {
        // A detail asked for before the change was answered cannot tell its outcome.
        if (t->op.targetId == id && result.sentAtMs > t->op.acceptedMs)
            evaluate(*t, lookup, nullptr, true);
    }
    partDone(false);
}

void OperationTracker::partDone(bool failed)
{
    m_tickFailed = m_tickFailed || failed;
    if (--m_tickPending > 0)
        return;
    m_pollCalls.clear();
    ++m_pollIndex;
    if (m_tickFailed) {
        ++m_pollErrors;
        qCInfo(lcSession) << "poll failed" << m_pollErrors << "in a row";
        if (m_pollErrors == kToleratedPollErrors + 1)
            Q_EMIT pollingTroubled(true);
    } else {
        if (m_pollErrors > kToleratedPollErrors)
            Q_EMIT pollingTroubled(false);
        m_pollErrors = 0;
    }
    schedulePoll();
}

void OperationTracker::observe(const QList<Instance> &instances, ListingInfo listing)
{
    QList<Observed> rows;
    rows.reserve(instances.size());
    for (const Instance &in : instances)
        rows.append(Observed::of(in));
    observe(Resource::Instances, rows, listing);
}

void OperationTracker::observe(Resource resource, const QList<Observed> &rows, ListingInfo listing)
{
    if (!kindOf(resource))
        return;
    QHash<QString, const Observed *> byId;
    byId.reserve(rows.size());
    for (const Observed &o : rows)
        byId.insert(o.id, &o);
    const Find lookup = [&byId](const QString &id) { return byId.value(id); };
    for (Tracked *t : openOf(resource)) {
        // A listing asked for before the change was answered (a refresh already on its way, a
        // poll for another change) shows the world before it: it cannot tell its outcome.
        if (listing.requestedMs > 0 && listing.requestedMs <= t->op.acceptedMs)
            continue;
        evaluate(*t, lookup, &rows, listing.complete);
    }
    if (!listing.complete)
        return; // not the whole list: neither what exists nor how many
    QSet<QString> &known = m_knownIds[size_t(resource)];
    for (const Observed &o : rows)
        known.insert(o.id);
    m_listSize[size_t(resource)] = rows.size();
}

QSet<QString> OperationTracker::claimedByOthers(const Tracked &t) const
{
    QSet<QString> out;
    for (const Tracked &other : m_tracked) {
        if (&other == &t || other.op.resource != t.op.resource)
            continue;
        for (const QString &id : other.op.createdIds)
            out.insert(id);
        if (other.op.kind == Operation::Kind::Create && !other.op.targetId.isEmpty())
            out.insert(other.op.targetId);
    }
    return out;
}

void OperationTracker::evaluate(Tracked &t, const Find &find, const QList<Observed> *all,
                                bool complete)
{
    using State = Operation::State;
    using Kind = Operation::Kind;
    Operation &op = t.op;
    if (op.kind == Kind::Create) {
        ++t.pollsSeen;
        evaluateCreate(t, find, all, complete);
        return;
    }
    const TrackedKind &kind = *kindOf(op.resource);
    const Observed *o = find(op.targetId);
    if (!o) {
        if (!complete)
            return; // a cut listing cannot say it is gone
        ++t.pollsSeen;
        setState(t, op.kind == Kind::Delete ? State::Done : State::Gone);
        return;
    }
    ++t.pollsSeen;
    const QString before = op.lastStatus;
    op.lastStatus = o->status;
    if (t.initialStatus.isEmpty())
        t.initialStatus = before.isEmpty() ? o->status : before;
    const bool transitional = kind.isTransitional(o->status);
    t.sawTransition = t.sawTransition || transitional;
    const bool reached = !transitional && reachedEnd(t, *o);

    if (op.state == State::Checking) {
        // The answer was lost: does the listing show the change?
        if (reached && (leavesTrace(op.kind) || op.kind == Kind::Edit || showsReplacement(t, *o))) {
            setState(t, State::Done);
            return;
        }
        // A firewall has no status to show a change under way: it is looked for a few times
        // (an accepted attach may apply later) before saying it did not happen.
        if (!transitional && op.resource == Resource::Firewalls
            && t.pollsSeen < kPollsBeforeTrustingNoTransition)
            return;
        if (!transitional) {
            setState(t, leavesTrace(op.kind) ? State::NotCarriedOut : State::NoChangeSeen);
            return;
        }
        setState(t, State::Waiting); // under way: follow it
    }
    if (kind.isError(o->status)) {
        setState(t, State::EndedInError);
        return;
    }
    if (reached) {
        setState(t, State::Done);
        return;
    }
    if (op.state == State::Waiting
        && m_client->clock()->nowMs() - op.acceptedMs > Operation::patienceMs(op.kind)) {
        qCInfo(lcSession) << "operation" << op.id << "is taking longer than expected";
        setState(t, State::TakingLong);
        return;
    }
    if (before != o->status)
        Q_EMIT operationChanged(op);
}

void OperationTracker::evaluateCreate(Tracked &t, const Find &find, const QList<Observed> *all,
                                      bool complete)
{
    using State = Operation::State;
    Operation &op = t.op;
    const TrackedKind &kind = *kindOf(op.resource);
    if (op.createdIds.size() < t.count && all) {
        // What the create made and did not name (a lost answer, or fewer ids than servers):
        // rows with its name that were not there before it and that no other create claims.
        const QSet<QString> others = claimedByOthers(t);
        QStringList found;
        for (const Observed &o : *all) {
            if (op.createdIds.size() + found.size() >= t.count)
                break;
            const bool wasThere = t.knownBefore ? t.knownBefore->contains(o.id) : false;
            if (!wasThere && !others.contains(o.id) && !op.createdIds.contains(o.id)
                && madeBy(o.name, op.name, t.count))
                found.append(o.id);
        }
        if (!t.knownBefore && !found.isEmpty() && op.createdIds.isEmpty()) {
            // Never listed before it was sent: a row with its name may be an old one.
            setState(t, State::NoChangeSeen);
            return;
        }
        op.createdIds.append(found);
    }
    if (op.createdIds.isEmpty()) {
        // Only whole listings can say that nothing was made, and not the first one: a list may
        // lag behind a create, like a firewall's attach (kPollsBeforeTrustingNoTransition).
        if (!all || !complete)
            return;
        ++t.listingsWithout;
        if (!op.error.isError()) {
            // Accepted without naming what it made: it exists, so it is looked for until it is
            // listed, more slowly once it takes longer than a create should.
            if (op.state == State::Checking
                && m_client->clock()->nowMs() - op.acceptedMs > Operation::patienceMs(op.kind))
                setState(t, State::TakingLong);
            return;
        }
        if (t.listingsWithout >= kPollsBeforeTrustingNoTransition)
            setState(t, State::NotCarriedOut);
        return;
    }
    op.targetId = op.createdIds.first();
    if (op.state == State::Checking)
        setState(t, State::Waiting); // it was made
    bool allReached = true;
    QString status;
    for (const QString &id : std::as_const(op.createdIds)) {
        const Observed *o = find(id);
        if (!o) {
            if (all && complete) {
                setState(t, State::Gone);
                return;
            }
            allReached = false;
            continue;
        }
        if (kind.isError(o->status)) {
            op.lastStatus = o->status;
            setState(t, State::EndedInError);
            return;
        }
        const bool reached = !kind.isTransitional(o->status) && reachedEnd(t, *o);
        if (!reached && status.isEmpty())
            status = o->status;
        allReached = allReached && reached;
    }
    const QString before = op.lastStatus;
    if (const Observed *first = find(op.targetId); status.isEmpty() && first)
        status = first->status;
    op.lastStatus = status;
    if (allReached && op.createdIds.size() >= t.count) {
        setState(t, State::Done);
        return;
    }
    if (m_client->clock()->nowMs() - op.acceptedMs > Operation::patienceMs(op.kind)
        && op.state == State::Waiting) {
        setState(t, State::TakingLong);
        return;
    }
    if (before != op.lastStatus)
        Q_EMIT operationChanged(op);
}

bool OperationTracker::showsReplacement(const Tracked &t, const Observed &o)
{
    const Operation &op = t.op;
    if (op.resource != Resource::Instances
        || (op.kind != Operation::Kind::Rebuild && op.kind != Operation::Kind::Resize))
        return false;
    const QString now = op.kind == Operation::Kind::Rebuild ? o.imageId : o.flavorId;
    return !now.isEmpty() && !t.replaced.isEmpty() && now == op.expected && now != t.replaced;
}

bool OperationTracker::reachedEnd(const Tracked &t, const Observed &o) const
{
    using Kind = Operation::Kind;
    const Operation &op = t.op;
    const bool trusted = t.sawTransition || t.pollsSeen >= kPollsBeforeTrustingNoTransition;
    switch (op.resource) {
    case Resource::Instances: {
        const Status::Server s = Status::server(o.status);
        switch (op.kind) {
        case Kind::Create:
            return s == Status::Server::Active || s == Status::Server::Off;
        case Kind::Start:
            return s == Status::Server::Active;
        case Kind::Shutdown:
            return s == Status::Server::Off;
        case Kind::Reboot:
            return s == Status::Server::Active && trusted;
        case Kind::Rebuild:
        case Kind::Resize: {
            // Back in the status it had, and (when the listing says) on the new image or spec.
            const QString back = t.initialStatus.isEmpty() ? Status::raw(Status::Server::Active)
                                                           : t.initialStatus;
            const QString now = op.kind == Kind::Rebuild ? o.imageId : o.flavorId;
            const bool changed = now.isEmpty() || op.expected.isEmpty() || now == op.expected;
            return o.status == back && (trusted || showsReplacement(t, o)) && changed;
        }
        case Kind::Edit:
            return o.name == op.expected && o.description == t.expectedDescription;
        case Kind::Delete:
        case Kind::Attach:
        case Kind::Detach:
            return false; // a delete ends when it is gone
        }
        return false;
    }
    case Resource::BlockStorage: {
        // Any status that is not changing and not an error is at rest: the reference gives
        // none, so one the table does not know must not keep a change open for ever.
        const Status::Volume v = Status::volume(o.status);
        const bool settled = !Status::isTransitional(v) && v != Status::Volume::Error;
        switch (op.kind) {
        case Kind::Create:
            return settled;
        case Kind::Attach:
            return settled && o.attachedTo.contains(op.relatedId);
        case Kind::Detach:
            return settled
                    && (op.relatedId.isEmpty() ? o.attachedTo.isEmpty()
                                               : !o.attachedTo.contains(op.relatedId));
        case Kind::Edit:
            return o.name == op.expected;
        case Kind::Delete:
        case Kind::Start:
        case Kind::Shutdown:
        case Kind::Reboot:
        case Kind::Rebuild:
        case Kind::Resize:
            return false;
        }
        return false;
    }
    case Resource::Firewalls:
        switch (op.kind) {
        case Kind::Create:
            return true; // listed
        case Kind::Attach:
            return o.attachedTo.contains(op.relatedId);
        case Kind::Detach:
            return !o.attachedTo.contains(op.relatedId);
        case Kind::Edit:
            return false; // the rules cannot be compared from here: a lost edit is not confirmed
        case Kind::Delete:
        case Kind::Start:
        case Kind::Shutdown:
        case Kind::Reboot:
        case Kind::Rebuild:
        case Kind::Resize:
            return false;
        }
        return false;
    case Resource::Images:
    case Resource::Flavors:
    case Resource::Zones:
    case Resource::SshKeys:
    case Resource::UserScripts:
        break;
    }
    return false;
}
