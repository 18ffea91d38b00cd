#include "firewallsapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace FirewallsApi {

QString basePath(Dialect dialect)
{
    switch (dialect) {
    case Dialect::Firewall:
        return u"/v1/firewall"_s;
    case Dialect::SecurityGroups:
        return u"/v1/security-groups"_s;
    }
    return {};
}

namespace {
QString op(Dialect dialect, const char *verb)
{
    return (dialect == Dialect::Firewall ? u"firewall."_s : u"securitygroups."_s)
            + QLatin1String(verb);
}
} // namespace

ApiRequest list(Dialect dialect)
{
    ApiRequest r;
    r.path = basePath(dialect);
    r.operation = op(dialect, "list");
    r.listing = true;
    r.paged = true;
    // Both dialects key their rows by firewall_id (observed on the real server).
    r.idField = u"firewall_id"_s;
    return r;
}

ApiRequest detail(const QString &firewallId, Dialect dialect)
{
    return QueryHelpers::plainRequest(HttpMethod::Get,
                                      ApiRequest::path1(basePath(dialect), firewallId),
                                      op(dialect, "detail"), Repeat::Safe);
}

QJsonObject ruleToJson(const FirewallRule &rule)
{
    return QJsonObject {{u"bound"_s, rule.bound},     {u"protocol"_s, rule.protocol},
                        {u"port"_s, rule.port},       {u"ip"_s, rule.ip},
                        {u"content"_s, rule.content}, {u"title"_s, rule.title}};
}

QJsonObject specToJson(const Spec &spec, bool withRules)
{
    QJsonObject body {{u"title"_s, spec.title},
                      {u"content"_s, spec.content},
                      {u"icmp"_s, spec.icmp ? u"Y"_s : u"N"_s}};
    if (withRules) {
        QJsonArray rules;
        for (const FirewallRule &rule : spec.rules)
            rules.append(ruleToJson(rule));
        body.insert(u"rules"_s, rules);
    }
    return body;
}

QString unescaped(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&#039;"_s, u"'"_s);
    text.replace(u"&#39;"_s, u"'"_s);
    text.replace(u"&amp;"_s, u"&"_s); // last: "&amp;lt;" is the text "&lt;"
    return text;
}

std::optional<Spec> specFromJson(const QJsonObject &json, QString *problem)
{
    if (!json.value("rules"_L1).isArray() && !json.contains("title"_L1)) {
        *problem = u"neither a title nor rules"_s;
        return std::nullopt;
    }
    Spec spec;
    spec.title = JsonRead::str(json, "title"_L1);
    spec.content = JsonRead::str(json, "content"_L1);
    spec.icmp = JsonRead::flag(json, "icmp"_L1);
    const QJsonArray rules = JsonRead::arr(json, "rules"_L1);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (!rules.at(i).isObject()) {
            *problem = u"rule %1 is not an object"_s.arg(i + 1);
            return std::nullopt;
        }
        FirewallRule rule = parseRule(rules.at(i).toObject());
        rule.ruleId.clear(); // a rule set, not a group's rules
        spec.rules.append(rule);
    }
    return spec;
}

ApiRequest create(const Spec &spec, Dialect dialect)
{
    ApiRequest r = QueryHelpers::jsonRequest(HttpMethod::Post, basePath(dialect),
                                             op(dialect, "create"), Repeat::Never);
    r.json = specToJson(spec, dialect == Dialect::Firewall);
    return r;
}

ApiRequest edit(const QString &firewallId, const Spec &spec, Dialect dialect)
{
    ApiRequest r = QueryHelpers::jsonRequest(HttpMethod::Put,
                                             ApiRequest::path1(basePath(dialect), firewallId),
                                             op(dialect, "edit"), Repeat::Idempotent);
    r.json = specToJson(spec, dialect == Dialect::Firewall);
    return r;
}

ApiRequest remove(const QString &firewallId, Dialect dialect)
{
    return QueryHelpers::plainRequest(HttpMethod::Delete,
                                      ApiRequest::path1(basePath(dialect), firewallId),
                                      op(dialect, "delete"), Repeat::Idempotent);
}

ApiRequest attach(const QString &firewallId, const QString &instanceId, Dialect dialect)
{
    ApiRequest r = QueryHelpers::jsonRequest(
            HttpMethod::Post, ApiRequest::path2(basePath(dialect), firewallId, u"attach"_s),
            op(dialect, "attach"), Repeat::Idempotent);
    r.json = QJsonObject {{u"instance_id"_s, instanceId}};
    return r;
}

ApiRequest detach(const QString &firewallId, const QString &instanceId, Dialect dialect)
{
    ApiRequest r = QueryHelpers::jsonRequest(
            HttpMethod::Post, ApiRequest::path2(basePath(dialect), firewallId, u"detach"_s),
            op(dialect, "detach"), Repeat::Idempotent);
    r.json = QJsonObject {{u"instance_id"_s, instanceId}};
    return r;
}

ApiRequest groupRules(const QString &groupId)
{
    ApiRequest r = QueryHelpers::plainRequest(
            HttpMethod::Get,
            ApiRequest::path2(basePath(Dialect::SecurityGroups), groupId, u"rules"_s),
            u"securitygroups.rules"_s, Repeat::Safe);
    r.listing = true;
    return r;
}

ApiRequest addGroupRule(const QString &groupId, const FirewallRule &rule)
{
    ApiRequest r = QueryHelpers::jsonRequest(
            HttpMethod::Post,
            ApiRequest::path2(basePath(Dialect::SecurityGroups), groupId, u"rules"_s),
            u"securitygroups.rules.add"_s, Repeat::Never);
    r.json = ruleToJson(rule);
    return r;
}

ApiRequest editGroupRule(const QString &groupId, const FirewallRule &rule)
{
    const QString path = ApiRequest::path1(
            ApiRequest::path2(basePath(Dialect::SecurityGroups), groupId, u"rules"_s), rule.ruleId);
    ApiRequest r = QueryHelpers::jsonRequest(HttpMethod::Put, path, u"securitygroups.rules.edit"_s,
                                             Repeat::Idempotent);
    r.json = ruleToJson(rule);
    return r;
}

ApiRequest removeGroupRule(const QString &groupId, const QString &ruleId)
{
    const QString path = ApiRequest::path1(
            ApiRequest::path2(basePath(Dialect::SecurityGroups), groupId, u"rules"_s), ruleId);
    return QueryHelpers::plainRequest(HttpMethod::Delete, path, u"securitygroups.rules.delete"_s,
                                      Repeat::Idempotent);
}

ApiRequest groupInstances(const QString &groupId)
{
    ApiRequest r = QueryHelpers::plainRequest(
            HttpMethod::Get,
            ApiRequest::path2(basePath(Dialect::SecurityGroups), groupId, u"instances"_s),
            u"securitygroups.instances"_s, Repeat::Safe);
    r.listing = true;
    return r;
}

FirewallRule parseRule(const QJsonObject &row)
{
    FirewallRule rule;
    rule.ruleId = JsonRead::str(row, "rule_id"_L1);
    if (rule.ruleId.isEmpty())
        rule.ruleId = JsonRead::str(row, "id"_L1);
    rule.bound = JsonRead::str(row, "bound"_L1);
    rule.protocol = JsonRead::str(row, "protocol"_L1);
    rule.port = JsonRead::str(row, "port"_L1);
    rule.ip = JsonRead::str(row, "ip"_L1);
    rule.title = JsonRead::str(row, "title"_L1);
    rule.content = JsonRead::str(row, "content"_L1);
    return rule;
}

QList<FirewallRule> parseRules(const QJsonArray &rows)
{
    QList<FirewallRule> out;
    for (const QJsonValue &value : rows) {
        if (value.isObject())
            out.append(parseRule(value.toObject()));
    }
    return out;
}

std::optional<Firewall> parseFirewall(const QJsonObject &row, QString *problem)
{
    Firewall fw;
    for (const QLatin1String key : {"firewall_id"_L1, "security_group_id"_L1, "id"_L1}) {
        fw.id = JsonRead::str(row, key);
        if (!fw.id.isEmpty())
            break;
    }
    if (fw.id.isEmpty()) {
        *problem = u"no firewall_id"_s;
        return std::nullopt;
    }
    fw.title = JsonRead::str(row, "title"_L1);
    if (fw.title.isEmpty())
        fw.title = JsonRead::str(row, "name"_L1);
    fw.content = JsonRead::str(row, "content"_L1);
    fw.icmp = JsonRead::flag(row, "icmp"_L1);
    fw.rules = parseRules(JsonRead::arr(row, "rules"_L1));
    fw.instanceIds = JsonRead::strList(row, "instances"_L1, "instance_id"_L1);
    if (fw.instanceIds.isEmpty())
        fw.instanceIds = JsonRead::strList(row, "instance_id"_L1);
    return fw;
}

Parsed<Firewall> parseFirewalls(const QJsonArray &rows)
{
    return parseRows<Firewall>(rows, parseFirewall);
}

QStringList parseInstanceIds(const QJsonArray &rows)
{
    QStringList out;
    for (const QJsonValue &value : rows) {
        const QString id = value.isObject() ? JsonRead::str(value.toObject(), "instance_id"_L1)
                                            : JsonRead::str(value);
        if (!id.isEmpty())
            out.append(id);
    }
    return out;
}

} // namespace FirewallsApi
