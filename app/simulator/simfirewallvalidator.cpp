#include "simfirewallvalidator.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SimFirewallValidator {

namespace {
SimResponse bad(SimCode code, const QString &message)
{
    return SimResponse::error(code, message);
}

std::optional<SimResponse> checkPort(const QString &port)
{
    const QStringList parts = port.split(u'-');
    if (parts.size() > 2 || port.isEmpty())
        return bad(SimCode::CheckParam, u"port must be a number or a range a-b"_s);
    QList<int> values;
    for (const QString &p : parts) {
        bool ok = false;
        const int v = p.toInt(&ok);
        if (!ok || v < 1 || v > 65535)
            return bad(SimCode::CheckParam, u"ports are 1-65535"_s);
        values.append(v);
    }
    if (values.size() == 2 && values.at(0) > values.at(1))
        return bad(SimCode::CheckParam, u"port range is reversed"_s);
    return std::nullopt;
}

std::optional<SimResponse> checkCidr(const QString &ip)
{
    if (ip.contains(u':'))
        return bad(SimCode::Ipv6NotSupported, u"IPv6 is not supported"_s);
    if (!ip.contains(u'/'))
        return bad(SimCode::CheckParam, u"ip must be a CIDR such as 10.0.0.0/8"_s);
    const auto subnet = QHostAddress::parseSubnet(ip);
    const QString address = ip.section(u'/', 0, 0);
    if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol
        || QHostAddress(address).protocol() != QAbstractSocket::IPv4Protocol
        || address.count(u'.') != 3)
        return bad(SimCode::CidrNotValid, u"'%1' is not a valid IPv4 CIDR"_s.arg(ip));
    return std::nullopt;
}
} // namespace

std::optional<SimResponse> readRule(const QJsonObject &json, FirewallRule *rule)
{
    rule->bound = json.value(u"bound"_s).toString();
    rule->protocol = json.value(u"protocol"_s).toString();
    rule->port = json.value(u"port"_s).isDouble() ? QString::number(json.value(u"port"_s).toInt())
                                                  : json.value(u"port"_s).toString();
    rule->ip = json.value(u"ip"_s).toString();
    rule->title = json.value(u"title"_s).toString();
    rule->content = json.value(u"content"_s).toString();
    for (const char *key : {"bound", "protocol", "port", "ip", "title"}) {
        if (!json.contains(QLatin1String(key)))
            return bad(SimCode::RequiredPostParamMissing,
                       u"rule %1 is required"_s.arg(QLatin1String(key)));
    }
    if (rule->bound != u"IN"_s && rule->bound != u"OUT"_s)
        return bad(SimCode::CheckParamEnum, u"bound must be IN or OUT"_s);
    if (rule->protocol != u"TCP"_s && rule->protocol != u"UDP"_s)
        return bad(SimCode::CheckParamEnum, u"protocol must be TCP or UDP"_s);
    if (auto b = checkPort(rule->port))
        return b;
    if (auto b = checkCidr(rule->ip))
        return b;
    if (rule->title.isEmpty() || rule->title.size() > 25)
        return bad(SimCode::CheckLength, u"rule title must be 1-25 characters"_s);
    if (rule->content.size() > 255)
        return bad(SimCode::CheckLength, u"rule content must be at most 255 characters"_s);
    return std::nullopt;
}

std::optional<SimResponse> readGroup(const QJsonObject &json, Firewall *group)
{
    Firewall read = *group;
    if (auto b = readFirewall(json, false, &read))
        return b;
    if (read.content.isEmpty()) // an oddity of the real server, seen live
        return bad(SimCode::CheckIp, u"content is required"_s);
    *group = read;
    return std::nullopt;
}

std::optional<SimResponse> editGroup(const QJsonObject &json, Firewall *group)
{
    QJsonObject merged {{u"title"_s, group->title},
                        {u"content"_s, group->content},
                        {u"icmp"_s, group->icmp ? u"Y"_s : u"N"_s}};
    for (const QString &key : {u"title"_s, u"icmp"_s}) {
        if (json.contains(key) && !json.value(key).isNull())
            merged.insert(key, json.value(key));
    }
    // Observed: an omitted content is kept, and an empty one does not clear it.
    const QJsonValue content = json.value(u"content"_s);
    if (content.isString() && !content.toString().isEmpty())
        merged.insert(u"content"_s, content);
    Firewall edited = *group;
    if (auto b = readFirewall(merged, false, &edited))
        return b;
    *group = edited;
    return std::nullopt;
}

std::optional<SimResponse> editRule(const QJsonObject &json, FirewallRule *rule)
{
    QJsonObject merged {{u"bound"_s, rule->bound}, {u"protocol"_s, rule->protocol},
                        {u"port"_s, rule->port},   {u"ip"_s, rule->ip},
                        {u"title"_s, rule->title}, {u"content"_s, rule->content}};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (merged.contains(it.key()) && !it.value().isNull())
            merged.insert(it.key(), it.value());
    }
    FirewallRule edited = *rule;
    if (auto b = readRule(merged, &edited))
        return b;
    *rule = edited;
    return std::nullopt;
}

std::optional<SimResponse> checkDuplicate(const QList<FirewallRule> &rules,
                                          const FirewallRule &rule)
{
    for (const FirewallRule &r : rules) {
        if (r.bound == rule.bound && r.protocol == rule.protocol && r.port == rule.port
            && r.ip == rule.ip)
            return bad(SimCode::CheckParam, u"the same rule exists already"_s);
    }
    return std::nullopt;
}

std::optional<SimResponse> readFirewall(const QJsonObject &json, bool withRules, Firewall *firewall)
{
    if (json.value(u"title"_s).toString().isEmpty())
        return bad(SimCode::RequiredPostParamMissing, u"title is required"_s);
    firewall->title = json.value(u"title"_s).toString();
    if (firewall->title.size() > 50)
        return bad(SimCode::CheckLength, u"title must be 1-50 characters"_s);
    firewall->content = json.value(u"content"_s).toString();
    if (firewall->content.size() > 255)
        return bad(SimCode::CheckLength, u"content must be at most 255 characters"_s);
    const QString icmp = json.value(u"icmp"_s).toString(u"N"_s);
    if (icmp != u"Y"_s && icmp != u"N"_s)
        return bad(SimCode::CheckParamEnum, u"icmp must be Y or N"_s);
    firewall->icmp = icmp == u"Y"_s;
    if (!withRules)
        return std::nullopt;
    const QJsonValue rulesValue = json.value(u"rules"_s);
    if (!rulesValue.isUndefined() && !rulesValue.isArray())
        return bad(SimCode::CheckParam, u"rules must be an array"_s);
    QList<FirewallRule> rules;
    for (const QJsonValue &value : rulesValue.toArray()) {
        if (!value.isObject())
            return bad(SimCode::CheckParam, u"each rule must be an object"_s);
        FirewallRule rule;
        if (auto b = readRule(value.toObject(), &rule))
            return b;
        if (auto b = checkDuplicate(rules, rule))
            return b;
        rules.append(rule);
    }
    firewall->rules = rules;
    return std::nullopt;
}

} // namespace SimFirewallValidator
