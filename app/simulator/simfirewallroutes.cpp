#include "simfirewallroutes.h"

#include "simcontext.h"
#include "simfirewallvalidator.h"
#include "simjson.h"
#include "simparams.h"
#include "simrouter.h"

using namespace Qt::StringLiterals;

namespace SimFirewallRoutes {

namespace {
SimResponse notFound()
{
    return SimResponse::error(SimCode::NotFound, u"firewall not found"_s);
}

void numberRules(SimContext &ctx, QList<FirewallRule> &rules)
{
    for (FirewallRule &r : rules)
        r.ruleId = QString::number(ctx.state.nextRuleId++);
}

//! The routes one dialect shares with the other; \a groups selects the security-group shape.
void addCommon(SimRouter &router, SimContext &ctx, const QString &base, bool groups)
{
    router.add(u"GET"_s, base, [&ctx, groups](SimRequest &req, const QStringList &) {
        QJsonArray rows;
        for (const Firewall &f : std::as_const(ctx.state.firewalls))
            rows.append(SimJson::firewall(f, groups));
        return SimParams::page(rows, req, ctx.options);
    });
    router.add(u"GET"_s, base + u"/{}"_s, [&ctx, groups](SimRequest &, const QStringList &a) {
        const Firewall *f = ctx.state.firewall(a.at(0));
        return f ? SimResponse::ok(QJsonArray {SimJson::firewall(*f, groups)}) : notFound();
    });
    router.add(u"POST"_s, base, [&ctx, groups](SimRequest &req, const QStringList &) {
        Firewall f;
        if (auto bad = SimFirewallValidator::readFirewall(req.json, !groups, &f))
            return *bad;
        f.id = ctx.state.newId(u"FIREWALL-"_s);
        numberRules(ctx, f.rules);
        ctx.state.firewalls.append(f);
        return SimResponse::ok(QJsonArray {SimJson::firewall(f, groups)}, 202);
    });
    router.add(u"PUT"_s, base + u"/{}"_s, [&ctx, groups](SimRequest &req, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        Firewall edited = *f;
        if (auto bad = SimFirewallValidator::readFirewall(req.json, !groups, &edited))
            return *bad;
        if (!groups)
            numberRules(ctx, edited.rules); // the rules are replaced as a whole
        *f = edited;
        return SimResponse::ok(QJsonArray {SimJson::firewall(*f, groups)});
    });
    router.add(u"DELETE"_s, base + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        const Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        if (!f->instanceIds.isEmpty())
            return SimResponse::error(SimCode::InUse,
                                      u"detach the firewall from its instances first"_s);
        const QString id = f->id;
        ctx.state.firewalls.removeIf([&id](const Firewall &x) { return x.id == id; });
        return SimResponse::ok(QJsonArray {QJsonObject {{u"status"_s, u"deleted"_s}}});
    });
    router.add(u"POST"_s, base + u"/{}/attach"_s,
               [&ctx, groups](SimRequest &req, const QStringList &a) {
                   Firewall *f = ctx.state.firewall(a.at(0));
                   if (!f)
                       return notFound();
                   if (auto bad = SimParams::requireForm(req, {u"instance_id"_s}))
                       return *bad;
                   const QString instanceId = req.json.value(u"instance_id"_s).toString();
                   const SimInstance *si = ctx.state.instance(instanceId);
                   if (!si)
                       return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
                   if (si->data.status == u"deleting"_s)
                       return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                                 u"the instance is being deleted"_s);
                   if (const Firewall *current = ctx.state.firewallOf(instanceId);
                       current && current != f)
                       return SimResponse::error(SimCode::InUse,
                                                 u"the instance has another firewall"_s);
                   if (!f->instanceIds.contains(instanceId))
                       f->instanceIds.append(instanceId);
                   return SimResponse::ok(QJsonArray {SimJson::firewall(*f, groups)}, 202);
               });
    router.add(u"POST"_s, base + u"/{}/detach"_s,
               [&ctx, groups](SimRequest &req, const QStringList &a) {
                   Firewall *f = ctx.state.firewall(a.at(0));
                   if (!f)
                       return notFound();
                   if (auto bad = SimParams::requireForm(req, {u"instance_id"_s}))
                       return *bad;
                   const QString instanceId = req.json.value(u"instance_id"_s).toString();
                   if (!f->instanceIds.contains(instanceId))
                       return SimResponse::error(
                               SimCode::CheckParam,
                               u"the firewall is not attached to this instance"_s);
                   f->instanceIds.removeAll(instanceId);
                   return SimResponse::ok(QJsonArray {SimJson::firewall(*f, groups)}, 202);
               });
}

void addGroupSubresources(SimRouter &router, SimContext &ctx, const QString &base)
{
    router.add(u"GET"_s, base + u"/{}/rules"_s, [&ctx](SimRequest &, const QStringList &a) {
        const Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        QJsonArray rows;
        for (const FirewallRule &r : f->rules)
            rows.append(SimJson::rule(r, true));
        return SimResponse::ok(rows);
    });
    router.add(u"POST"_s, base + u"/{}/rules"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        FirewallRule rule;
        if (auto bad = SimFirewallValidator::readRule(req.json, &rule))
            return *bad;
        if (auto bad = SimFirewallValidator::checkDuplicate(f->rules, rule))
            return *bad;
        rule.ruleId = QString::number(ctx.state.nextRuleId++);
        f->rules.append(rule);
        return SimResponse::ok(QJsonArray {SimJson::rule(rule, true)}, 202);
    });
    router.add(u"PUT"_s, base + u"/{}/rules/{}"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        FirewallRule rule;
        if (auto bad = SimFirewallValidator::readRule(req.json, &rule))
            return *bad;
        QList<FirewallRule> others = f->rules;
        others.removeIf([&a](const FirewallRule &r) { return r.ruleId == a.at(1); });
        if (others.size() == f->rules.size())
            return SimResponse::error(SimCode::NotFound, u"rule not found"_s);
        if (auto bad = SimFirewallValidator::checkDuplicate(others, rule))
            return *bad;
        for (FirewallRule &r : f->rules) {
            if (r.ruleId == a.at(1)) {
                rule.ruleId = r.ruleId;
                r = rule;
            }
        }
        return SimResponse::ok(QJsonArray {SimJson::rule(rule, true)});
    });
    router.add(u"DELETE"_s, base + u"/{}/rules/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        if (f->rules.removeIf([&a](const FirewallRule &r) { return r.ruleId == a.at(1); }) == 0)
            return SimResponse::error(SimCode::NotFound, u"rule not found"_s);
        return SimResponse::ok(QJsonArray {QJsonObject {{u"status"_s, u"deleted"_s}}});
    });
    router.add(u"GET"_s, base + u"/{}/instances"_s, [&ctx](SimRequest &, const QStringList &a) {
        const Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        QJsonArray rows;
        for (const QString &id : f->instanceIds) {
            if (const SimInstance *si = ctx.state.instance(id))
                rows.append(QJsonObject {{u"instance_id"_s, id}, {u"name"_s, si->data.name}});
        }
        return SimResponse::ok(rows);
    });
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    using Dialect = SimOptions::FirewallDialect;
    const Dialect d = ctx.options.firewallDialect;
    if (d == Dialect::Firewall || d == Dialect::Both)
        addCommon(router, ctx, u"/v1/firewall"_s, false);
    if (d == Dialect::SecurityGroups || d == Dialect::Both) {
        addCommon(router, ctx, u"/v1/security-groups"_s, true);
        addGroupSubresources(router, ctx, u"/v1/security-groups"_s);
    }
}

} // namespace SimFirewallRoutes
