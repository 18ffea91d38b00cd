#include "operationtracker.h"

#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "journal.h"
#include "domain/status.h"
#include "util/clock.h"
#include "util/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kPollDelaysMs[] = {2000, 2000, 3000, 5000};
constexpr qint64 kSteadyPollMs = 5000;
constexpr int kPollsBeforeTrustingNoTransition = 3;

QString finalStatusFor(Operation::Kind kind, const QString &initial)
{
    switch (kind) {
    case Operation::Kind::Create:
    case Operation::Kind::Start:
    case Operation::Kind::Reboot:
        return u"active"_s;
    case Operation::Kind::Shutdown:
        return u"off"_s;
    case Operation::Kind::Rebuild:
    case Operation::Kind::Resize:
        return initial.isEmpty() ? u"active"_s : initial;
    case Operation::Kind::Delete:
        break;
    }
    return {};
}
} // namespace

OperationTracker::OperationTracker(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

OperationTracker::~OperationTracker()
{
    m_client->clock()->cancelTimer(m_pollTimer);
    if (m_pollCall)
        m_pollCall->cancel();
}

Operation *OperationTracker::find(quint64 id)
{
    for (Operation &op : m_operations) {
        if (op.id == id)
            return &op;
    }
    return nullptr;
}

const Operation *OperationTracker::operation(quint64 id) const
{
    for (const Operation &op : m_operations) {
        if (op.id == id)
            return &op;
    }
    return nullptr;
}

int OperationTracker::inProgress() const
{
    int n = 0;
    for (const Operation &op : m_operations)
        n += op.isFinished() ? 0 : 1;
    return n;
}

void OperationTracker::setState(Operation &op, Operation::State state)
{
    if (op.state == state)
        return;
    op.state = state;
    if (m_journal && m_journalEntries.contains(op.id)) {
        static const char *const names[]
                = {"sending",        "checking", "accepted",        "taking long",    "done",
                   "ended in error", "gone",     "not carried out", "no change seen", "refused"};
        QString outcome = QLatin1String(names[int(state)]);
        if (state == Operation::State::Refused)
            outcome += u": "_s + ApiError::kindName(op.error.kind) + u' ' + op.error.errorCode;
        m_journal->outcome(m_journalEntries.value(op.id), outcome.trimmed());
    }
    Q_EMIT operationChanged(op);
}

void OperationTracker::reset()
{
    if (m_pollCall)
        m_pollCall->cancel(); // answers at once, as cancelled: neither an error nor a new poll
    m_client->clock()->cancelTimer(m_pollTimer);
    m_pollTimer = 0;
    if (m_pollErrors > kToleratedPollErrors)
        Q_EMIT pollingTroubled(false); // the new account's polling has not failed
    m_operations.clear();
    m_initialStatus.clear();
    m_sawTransition.clear();
    m_pollsSeen.clear();
    m_journalEntries.clear();
    m_knownIds.clear();
    m_pollIndex = 0;
    m_pollErrors = 0;
}

const Operation *OperationTracker::unfinishedFor(const QString &instanceId) const
{
    for (const Operation &op : m_operations) {
        if (op.instanceId == instanceId && !op.isFinished())
            return &op;
    }
    return nullptr;
}

quint64 OperationTracker::submit(Operation::Kind kind, const ApiRequest &request,
                                 const QString &instanceId, const QString &name,
                                 const QString &currentStatus)
{
    if (!instanceId.isEmpty() && unfinishedFor(instanceId))
        return 0;
    Operation op;
    op.id = ++m_nextId;
    op.kind = kind;
    op.instanceId = instanceId;
    op.name = name;
    op.startedMs = m_client->clock()->nowMs();
    op.lastStatus = currentStatus;
    m_operations.append(op);
    if (!currentStatus.isEmpty())
        m_initialStatus.insert(op.id, currentStatus);
    m_sawTransition.insert(op.id, false);
    m_pollsSeen.insert(op.id, 0);
    const quint64 id = op.id;
    if (m_journal)
        m_journalEntries.insert(
                id,
                m_journal->sent(request,
                                name.isEmpty() ? instanceId : u"%1 (%2)"_s.arg(name, instanceId)));
    m_client->send(
            request, this, [this, id](const ApiResult &result) { onAnswer(id, result); },
            Priority::Change);
    Q_EMIT operationChanged(op);
    return id;
}

void OperationTracker::onAnswer(quint64 id, const ApiResult &result)
{
    Operation *op = find(id);
    if (!op)
        return;
    op->error = result.error;
    if (result.ok()) {
        op->acceptedMs = m_client->clock()->nowMs();
        if (op->kind == Operation::Kind::Create) {
            const Parsed<Instance> created = InstancesApi::parseInstances(result.rows());
            if (!created.items.isEmpty()) {
                op->instanceId = created.items.first().id;
                op->lastStatus = created.items.first().status;
            } else {
                // Accepted without saying which server: find it by name, like a lost answer.
                setState(*op, Operation::State::Checking);
                m_pollIndex = 0;
                schedulePoll();
                return;
            }
        }
        setState(*op, Operation::State::Waiting);
    } else if (result.error.outcomeUnknown) {
        op->acceptedMs = m_client->clock()->nowMs();
        setState(*op, Operation::State::Checking);
    } else if (op->kind == Operation::Kind::Delete
               && result.error.kind == ApiError::Kind::NotFound) {
        setState(*op, Operation::State::Done); // already gone
        return;
    } else {
        setState(*op, Operation::State::Refused);
        return;
    }
    if (!m_pollTimer && !m_pollCall)
        m_pollIndex = 0;
    schedulePoll();
}

void OperationTracker::schedulePoll()
{
    if (m_pollTimer || m_pollCall)
        return;
    bool needed = false;
    bool allSlow = true;
    for (const Operation &op : std::as_const(m_operations)) {
        if (op.isFinished() || op.state == Operation::State::Sending)
            continue;
        needed = true;
        allSlow = allSlow && op.state == Operation::State::TakingLong;
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
    ++m_pollsSent;
    m_pollCall = m_client->fetchAll(
            InstancesApi::list(), this,
            [this](const ApiResult &result) {
                m_pollCall.clear();
                if (result.error.kind == ApiError::Kind::Cancelled)
                    return; // another account, or the end: nothing to count, nothing to follow
                ++m_pollIndex;
                if (!result.ok()) {
                    ++m_pollErrors;
                    qCInfo(lcSession) << "poll failed" << m_pollErrors << "in a row";
                    if (m_pollErrors == kToleratedPollErrors + 1)
                        Q_EMIT pollingTroubled(true);
                    schedulePoll();
                    return;
                }
                if (m_pollErrors > kToleratedPollErrors)
                    Q_EMIT pollingTroubled(false);
                m_pollErrors = 0;
                const Parsed<Instance> parsed = InstancesApi::parseInstances(result.rows());
                Q_EMIT instancesListed(parsed.items);
                observe(parsed.items);
                schedulePoll();
            },
            Priority::Read);
}

void OperationTracker::observe(const QList<Instance> &instances)
{
    QHash<QString, const Instance *> byId;
    byId.reserve(instances.size());
    for (const Instance &in : instances)
        byId.insert(in.id, &in);
    for (Operation &op : m_operations) {
        if (op.isFinished() || op.state == Operation::State::Sending)
            continue;
        update(op, byId, instances);
    }
    for (const Instance &in : instances)
        m_knownIds.insert(in.id);
}

void OperationTracker::update(Operation &op, const QHash<QString, const Instance *> &byId,
                              const QList<Instance> &instances)
{
    using State = Operation::State;
    using Kind = Operation::Kind;
    const qint64 now = m_client->clock()->nowMs();
    ++m_pollsSeen[op.id];

    if (op.state == State::Checking && op.kind == Kind::Create && op.instanceId.isEmpty()) {
        for (const Instance &in : instances) {
            if (in.name == op.name && !m_knownIds.contains(in.id)) {
                op.instanceId = in.id;
                break;
            }
        }
        if (op.instanceId.isEmpty()) {
            setState(op, State::NotCarriedOut);
            return;
        }
    }
    const Instance *in = byId.value(op.instanceId);
    if (!in) {
        setState(op, op.kind == Kind::Delete ? State::Done : State::Gone);
        return;
    }
    const QString status = in->status;
    const QString before = op.lastStatus;
    op.lastStatus = status;
    if (!m_initialStatus.contains(op.id))
        m_initialStatus.insert(op.id, before.isEmpty() ? status : before);
    const bool transitional = Status::isTransitional(Status::server(status));
    if (transitional)
        m_sawTransition[op.id] = true;

    if (op.state == State::Checking) {
        // The answer was lost: does the listing show the change?
        const QString final = finalStatusFor(op.kind, m_initialStatus.value(op.id));
        if (transitional || op.kind == Kind::Create) {
            setState(op, State::Waiting);
        } else if ((op.kind == Kind::Start || op.kind == Kind::Shutdown) && status == final) {
            setState(op, State::Done);
            return;
        } else if (op.kind == Kind::Start || op.kind == Kind::Shutdown || op.kind == Kind::Delete) {
            setState(op, State::NotCarriedOut);
            return;
        } else {
            setState(op, State::NoChangeSeen);
            return;
        }
    }

    if (status == u"error"_s) {
        setState(op, State::EndedInError);
        return;
    }
    if (op.kind != Kind::Delete) {
        const QString final = finalStatusFor(op.kind, m_initialStatus.value(op.id));
        const bool stateChanges
                = op.kind == Kind::Start || op.kind == Kind::Shutdown || op.kind == Kind::Create;
        if (status == final
            && (stateChanges || m_sawTransition.value(op.id)
                || m_pollsSeen.value(op.id) >= kPollsBeforeTrustingNoTransition)) {
            setState(op, State::Done);
            return;
        }
    }
    if (op.state == State::Waiting && now - op.acceptedMs > Operation::patienceMs(op.kind)) {
        qCInfo(lcSession) << "operation" << op.id << "is taking longer than expected";
        setState(op, State::TakingLong);
        return;
    }
    if (before != status)
        Q_EMIT operationChanged(op);
}
