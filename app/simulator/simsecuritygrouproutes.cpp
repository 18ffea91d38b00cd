#include "simsecuritygrouproutes.h"

#include "simcontext.h"
#include "simfirewallroutes.h"
#include "simfirewallvalidator.h"
#include "simjson.h"
#include "simparams.h"
#include "simrouter.h"

using namespace Qt::StringLiterals;

namespace SimSecurityGroupRoutes {

namespace {
const QString kBase = u"/v1/security-groups"_s;
constexpr int kDefaultPageSize = 50; // observed

SimResponse notFound()
{
    return SimResponse::error(SimCode::NotFound, u"security group not found"_s);
}

//! Observed: the rules of a deleted (or unknown) group answer 400 CHECK_PARAM.
SimResponse noSuchGroup()
{
    return SimResponse::error(SimCode::CheckParam, u"no such security group"_s);
}

SimResponse ruleNotFound()
{
    return SimResponse::error(SimCode::NotFound, u"rule not found"_s);
}

FirewallRule *findRule(Firewall &group, const QString &ruleId)
{
    for (FirewallRule &r : group.rules) {
        if (r.ruleId == ruleId)
            return &r;
    }
    return nullptr;
}

SimResponse create(SimContext &ctx, const SimRequest &req)
{
    Firewall group;
    if (auto bad = SimFirewallValidator::readGroup(req.json, &group))
        return *bad;
    group.id = ctx.state.newId(u"FIREWALL-"_s);
    ctx.state.firewalls.append(group);
    return SimResponse::ok(QJsonArray {SimJson::securityGroup(group)}); // 200, not 202
}

SimResponse edit(SimContext &ctx, const SimRequest &req, const QString &id)
{
    Firewall *group = ctx.state.firewall(id);
    if (!group)
        return notFound();
    if (auto bad = SimFirewallValidator::editGroup(req.json, group))
        return *bad;
    return SimResponse::ok(QJsonArray {SimJson::securityGroup(*group)});
}

SimResponse addRule(SimContext &ctx, const SimRequest &req, const QString &id)
{
    Firewall *group = ctx.state.firewall(id);
    if (!group)
        return noSuchGroup();
    FirewallRule rule;
    if (auto bad = SimFirewallValidator::readRule(req.json, &rule))
        return *bad;
    if (auto bad = SimFirewallValidator::checkDuplicate(group->rules, rule))
        return *bad;
    rule.ruleId = QString::number(ctx.state.nextRuleId++);
    group->rules.append(rule);
    return SimResponse::ok(QJsonArray {SimJson::groupRule(rule)}); // 200, not 202
}

SimResponse editRule(SimContext &ctx, const SimRequest &req, const QString &id,
                     const QString &ruleId)
{
    Firewall *group = ctx.state.firewall(id);
    if (!group)
        return noSuchGroup();
    FirewallRule *rule = findRule(*group, ruleId);
    if (!rule)
        return ruleNotFound();
    FirewallRule edited = *rule;
    if (auto bad = SimFirewallValidator::editRule(req.json, &edited))
        return *bad;
    QList<FirewallRule> others = group->rules;
    others.removeIf([&ruleId](const FirewallRule &r) { return r.ruleId == ruleId; });
    if (auto bad = SimFirewallValidator::checkDuplicate(others, edited))
        return *bad;
    *rule = edited;
    return SimResponse::ok(QJsonArray {SimJson::groupRule(edited)});
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    using Dialect = SimOptions::FirewallDialect;
    if (ctx.options.firewallDialect == Dialect::Firewall)
        return;
    router.add(u"GET"_s, kBase, [&ctx](SimRequest &req, const QStringList &) {
        QJsonArray rows;
        for (const Firewall &f : std::as_const(ctx.state.firewalls))
            rows.append(SimJson::securityGroup(f));
        return SimParams::page(rows, req, ctx.options, {.defaultSize = kDefaultPageSize});
    });
    router.add(u"GET"_s, kBase + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        // Observed: an unknown or deleted group answers 200 with an empty result.
        const Firewall *group = ctx.state.firewall(a.at(0));
        return SimResponse::ok(group ? QJsonArray {SimJson::securityGroup(*group)} : QJsonArray());
    });
    router.add(u"POST"_s, kBase,
               [&ctx](SimRequest &req, const QStringList &) { return create(ctx, req); });
    router.add(u"PUT"_s, kBase + u"/{}"_s,
               [&ctx](SimRequest &req, const QStringList &a) { return edit(ctx, req, a.at(0)); });
    router.add(u"DELETE"_s, kBase + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        if (auto refused = SimFirewallRoutes::remove(ctx, a.at(0)))
            return *refused;
        return SimResponse::okText(u"deleted"_s);
    });

    router.add(u"GET"_s, kBase + u"/{}/rules"_s, [&ctx](SimRequest &, const QStringList &a) {
        // Not paginated: page_no and page_size are ignored.
        const Firewall *group = ctx.state.firewall(a.at(0));
        if (!group)
            return noSuchGroup();
        QJsonArray rows;
        for (const FirewallRule &r : group->rules)
            rows.append(SimJson::groupRule(r));
        return SimResponse::ok(rows);
    });
    router.add(u"POST"_s, kBase + u"/{}/rules"_s, [&ctx](SimRequest &req, const QStringList &a) {
        return addRule(ctx, req, a.at(0));
    });
    router.add(u"PUT"_s, kBase + u"/{}/rules/{}"_s, [&ctx](SimRequest &req, const QStringList &a) {
        return editRule(ctx, req, a.at(0), a.at(1));
    });
    router.add(u"DELETE"_s, kBase + u"/{}/rules/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        Firewall *group = ctx.state.firewall(a.at(0));
        if (!group)
            return noSuchGroup();
        if (group->rules.removeIf([&a](const FirewallRule &r) { return r.ruleId == a.at(1); }) == 0)
            return ruleNotFound();
        return SimResponse::okText(u"deleted"_s);
    });

    router.add(u"GET"_s, kBase + u"/{}/instances"_s, [&ctx](SimRequest &, const QStringList &a) {
        const Firewall *group = ctx.state.firewall(a.at(0));
        if (!group)
            return notFound();
        QJsonArray rows;
        for (const QString &id : group->instanceIds) {
            if (const SimInstance *si = ctx.state.instance(id))
                rows.append(QJsonObject {{u"instance_id"_s, id}, {u"name"_s, si->data.name}});
        }
        return SimResponse::ok(rows);
    });
    router.add(u"POST"_s, kBase + u"/{}/attach"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *group = ctx.state.firewall(a.at(0));
        if (!group)
            return notFound();
        if (auto refused = SimFirewallRoutes::attach(ctx, req, *group))
            return *refused;
        return SimResponse::ok(QJsonArray {SimJson::securityGroup(*group)}, 202);
    });
    router.add(u"POST"_s, kBase + u"/{}/detach"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *group = ctx.state.firewall(a.at(0));
        if (!group)
            return notFound();
        if (auto refused = SimFirewallRoutes::detach(req, *group))
            return *refused;
        return SimResponse::ok(QJsonArray {SimJson::securityGroup(*group)}, 202);
    });
}

} // namespace SimSecurityGroupRoutes
