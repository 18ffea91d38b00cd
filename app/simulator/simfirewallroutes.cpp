#include "simfirewallroutes.h"

#include "simcontext.h"
#include "simfirewallvalidator.h"
#include "simjson.h"
#include "simparams.h"
#include "simrouter.h"

using namespace Qt::StringLiterals;

namespace SimFirewallRoutes {

namespace {
const QString kBase = u"/v1/firewall"_s;

SimResponse notFound()
{
    return SimResponse::error(SimCode::NotFound, u"firewall not found"_s);
}

void numberRules(SimContext &ctx, QList<FirewallRule> &rules)
{
    for (FirewallRule &r : rules)
        r.ruleId = QString::number(ctx.state.nextRuleId++);
}

SimResponse create(SimContext &ctx, const SimRequest &req)
{
    Firewall f;
    if (auto bad = SimFirewallValidator::readFirewall(req.json, true, &f))
        return *bad;
    f.id = ctx.state.newId(u"FIREWALL-"_s);
    numberRules(ctx, f.rules);
    ctx.state.firewalls.append(f);
    return SimResponse::ok(QJsonArray {SimJson::firewall(f)}, 202);
}

SimResponse edit(SimContext &ctx, const SimRequest &req, const QString &id)
{
    Firewall *f = ctx.state.firewall(id);
    if (!f)
        return notFound();
    Firewall edited = *f;
    if (auto bad = SimFirewallValidator::readFirewall(req.json, true, &edited))
        return *bad;
    numberRules(ctx, edited.rules); // the rules are replaced as a whole
    *f = edited;
    return SimResponse::ok(QJsonArray {SimJson::firewall(*f)});
}
} // namespace

std::optional<SimResponse> attach(SimContext &ctx, const SimRequest &req, Firewall &firewall)
{
    if (auto bad = SimParams::requireForm(req, {u"instance_id"_s}))
        return bad;
    const QString instanceId = req.json.value(u"instance_id"_s).toString();
    const SimInstance *si = ctx.state.instance(instanceId);
    if (!si)
        return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
    if (si->data.status == u"deleting"_s)
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"the instance is being deleted"_s);
    if (const Firewall *current = ctx.state.firewallOf(instanceId); current && current != &firewall)
        return SimResponse::error(SimCode::InUse, u"the instance has another firewall"_s);
    if (!firewall.instanceIds.contains(instanceId))
        firewall.instanceIds.append(instanceId);
    return std::nullopt;
}

std::optional<SimResponse> detach(const SimRequest &req, Firewall &firewall)
{
    if (auto bad = SimParams::requireForm(req, {u"instance_id"_s}))
        return bad;
    const QString instanceId = req.json.value(u"instance_id"_s).toString();
    if (!firewall.instanceIds.contains(instanceId))
        return SimResponse::error(SimCode::CheckParam,
                                  u"the firewall is not attached to this instance"_s);
    firewall.instanceIds.removeAll(instanceId);
    return std::nullopt;
}

std::optional<SimResponse> remove(SimContext &ctx, const QString &id)
{
    const Firewall *f = ctx.state.firewall(id);
    if (!f)
        return notFound();
    if (!f->instanceIds.isEmpty())
        return SimResponse::error(SimCode::InUse,
                                  u"detach the firewall from its instances first"_s);
    ctx.state.firewalls.removeIf([&id](const Firewall &x) { return x.id == id; });
    return std::nullopt;
}

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    using Dialect = SimOptions::FirewallDialect;
    if (ctx.options.firewallDialect == Dialect::SecurityGroups)
        return;
    router.add(u"GET"_s, kBase, [&ctx](SimRequest &req, const QStringList &) {
        QJsonArray rows;
        for (const Firewall &f : std::as_const(ctx.state.firewalls))
            rows.append(SimJson::firewall(f));
        return SimParams::page(rows, req, ctx.options);
    });
    router.add(u"GET"_s, kBase + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        const Firewall *f = ctx.state.firewall(a.at(0));
        return f ? SimResponse::ok(QJsonArray {SimJson::firewall(*f)}) : notFound();
    });
    router.add(u"POST"_s, kBase,
               [&ctx](SimRequest &req, const QStringList &) { return create(ctx, req); });
    router.add(u"PUT"_s, kBase + u"/{}"_s,
               [&ctx](SimRequest &req, const QStringList &a) { return edit(ctx, req, a.at(0)); });
    router.add(u"DELETE"_s, kBase + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        if (auto refused = remove(ctx, a.at(0)))
            return *refused;
        return SimResponse::ok(QJsonArray {QJsonObject {{u"status"_s, u"deleted"_s}}});
    });
    router.add(u"POST"_s, kBase + u"/{}/attach"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        if (auto refused = attach(ctx, req, *f))
            return *refused;
        return SimResponse::ok(QJsonArray {SimJson::firewall(*f)}, 202);
    });
    router.add(u"POST"_s, kBase + u"/{}/detach"_s, [&ctx](SimRequest &req, const QStringList &a) {
        Firewall *f = ctx.state.firewall(a.at(0));
        if (!f)
            return notFound();
        if (auto refused = detach(req, *f))
            return *refused;
        return SimResponse::ok(QJsonArray {SimJson::firewall(*f)}, 202);
    });
}

} // namespace SimFirewallRoutes
