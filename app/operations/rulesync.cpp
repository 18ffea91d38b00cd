#include "rulesync.h"

#include "api/apiclient.h"
#include "domain/rulecheck.h"
#include "journal.h"

#include <memory>

using namespace Qt::StringLiterals;

RuleSync::RuleSync(ApiClient *client, const QString &groupId, QObject *parent)
    : QObject(parent), m_client(client), m_groupId(groupId)
{ }

QList<RuleSync::Step> RuleSync::plan(const Firewall &group, const FirewallsApi::Spec &wanted)
{
    using Kind = Step::Kind;
    QList<Step> steps;
    const bool groupChanges = group.title != wanted.title || group.icmp != wanted.icmp
            || (!wanted.content.isEmpty() && group.content != wanted.content);
    // ICMP allowed now: that opens, so it goes with the rules that open (first).
    const bool opens = wanted.icmp && !group.icmp;
    if (groupChanges && opens)
        steps.append({Kind::EditGroup, {}, {}, {}});
    const RuleCheck::Diff diff = RuleCheck::diff(group.rules, wanted.rules);
    for (const FirewallRule &rule : diff.added)
        steps.append({Kind::AddRule, rule, {}, {}});
    for (const auto &[before, after] : diff.edited) {
        FirewallRule edited = after;
        edited.ruleId = before.ruleId;
        steps.append({Kind::EditRule, edited, {}, {}});
    }
    for (const FirewallRule &rule : diff.removed)
        steps.append({Kind::RemoveRule, rule, {}, {}});
    if (groupChanges && !opens)
        steps.append({Kind::EditGroup, {}, {}, {}});
    return steps;
}

void RuleSync::start(const Firewall &group, const FirewallsApi::Spec &wanted)
{
    if (m_stopped)
        return;
    m_wanted = wanted;
    m_steps = plan(group, wanted);
    m_current = -1;
    m_running = true;
    next();
}

bool RuleSync::succeeded() const
{
    return std::all_of(m_steps.begin(), m_steps.end(),
                       [](const Step &s) { return s.state == Step::State::Done; });
}

ApiRequest RuleSync::requestFor(const Step &step) const
{
    using Kind = Step::Kind;
    switch (step.kind) {
    case Kind::EditGroup: {
        FirewallsApi::Spec fields = m_wanted;
        fields.rules.clear(); // the group's own fields only: its rules are a sub-resource
        return FirewallsApi::edit(m_groupId, fields, FirewallsApi::Dialect::SecurityGroups);
    }
    case Kind::AddRule:
        return FirewallsApi::addGroupRule(m_groupId, step.rule);
    case Kind::EditRule:
        return FirewallsApi::editGroupRule(m_groupId, step.rule);
    case Kind::RemoveRule:
        return FirewallsApi::removeGroupRule(m_groupId, step.rule.ruleId);
    }
    return {};
}

void RuleSync::next()
{
    ++m_current;
    if (m_current >= m_steps.size()) {
        m_running = false;
        Q_EMIT finished(true);
        return;
    }
    Step &step = m_steps[m_current];
    step.state = Step::State::Sent;
    const ApiRequest request = requestFor(step);
    const quint64 entry = m_journal
            ? m_journal->sent(request,
                              step.rule.title.isEmpty()
                                      ? m_groupId
                                      : u"%1 (%2)"_s.arg(step.rule.title, m_groupId))
            : 0;
    const int index = m_current;
    m_client->send(
            request, this,
            [this, index, entry](const ApiResult &result) { onAnswer(index, entry, result); },
            Priority::Change);
    Q_EMIT stepChanged(index);
}

void RuleSync::onAnswer(int index, quint64 entry, const ApiResult &result)
{
    if (index != m_current || index >= m_steps.size())
        return;
    Step &step = m_steps[index];
    step.error = result.error;
    // A rule already gone when it is removed is what was wanted.
    const bool done = result.ok()
            || (step.kind == Step::Kind::RemoveRule
                && result.error.kind == ApiError::Kind::NotFound);
    step.state = done ? Step::State::Done : Step::State::Failed;
    // A call cancelled or unanswered after it left may have been carried out: said so, never
    // "refused".
    const ApiError::Kind kind = result.error.kind;
    const bool lost = !done
            && (kind == ApiError::Kind::Cancelled || kind == ApiError::Kind::Timeout
                || kind == ApiError::Kind::InvalidResponse || kind == ApiError::Kind::Server
                || (kind == ApiError::Kind::Network && result.error.mayHaveReachedServer));
    if (m_journal && entry)
        m_journal->outcome(entry,
                           done           ? u"done"_s
                                   : lost ? QString(u"answer lost: "_s + ApiError::kindName(kind))
                                          : QString(u"refused: "_s + ApiError::kindName(kind) + u' '
                                                    + result.error.errorCode));
    Q_EMIT stepChanged(index);
    if (m_stopped)
        return;
    if (done) {
        next();
        return;
    }
    // The first failure stops the rest: what was done keeps every rule both sets allow.
    for (int i = index + 1; i < m_steps.size(); ++i) {
        m_steps[i].state = Step::State::NotSent;
        Q_EMIT stepChanged(i);
    }
    m_running = false;
    Q_EMIT finished(false);
}

void RuleSync::stop()
{
    m_stopped = true;
    for (QPointer<ApiCall> &read : m_reads) {
        if (read)
            read->cancel();
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps[i].state == Step::State::Planned) {
            m_steps[i].state = Step::State::NotSent;
            Q_EMIT stepChanged(i);
        }
    }
    m_running = false;
}

void RuleSync::retry()
{
    if (m_running || m_stopped)
        return;
    m_running = true;
    // The group and its rules as they are now, then the rest of the way.
    auto group = std::make_shared<Firewall>();
    auto pending = std::make_shared<int>(2);
    auto failed = std::make_shared<bool>(false);
    auto part = [this, group, pending, failed](const ApiResult &result, bool rules) {
        if (*failed)
            return;
        if (!result.ok()) {
            *failed = true;
            m_running = false;
            Q_EMIT readFailed(result.error);
            return;
        }
        if (rules) {
            group->rules = FirewallsApi::parseRules(result.rows());
        } else {
            QString problem;
            if (const auto fw = result.rows().isEmpty()
                        ? std::nullopt
                        : FirewallsApi::parseFirewall(result.rows().first().toObject(), &problem)) {
                group->title = fw->title;
                group->content = FirewallsApi::unescaped(fw->content);
                group->icmp = fw->icmp;
            }
        }
        if (--*pending == 0)
            start(*group, m_wanted);
    };
    m_reads = {m_client->send(
                       FirewallsApi::detail(m_groupId, FirewallsApi::Dialect::SecurityGroups), this,
                       [part](const ApiResult &r) { part(r, false); }, Priority::Change),
               m_client->send(
                       FirewallsApi::groupRules(m_groupId), this,
                       [part](const ApiResult &r) { part(r, true); }, Priority::Change)};
}
