#pragma once

#include "apirequest.h"
#include "domain/firewall.h"
#include "parsed.h"

//! Endpoints 29-35: firewalls, in both dialects the server may speak.
//! `Firewall`: /v1/firewall, rules inside the firewall, edit replaces all rules (the docs).
//! `SecurityGroups`: /v1/security-groups, rules as a sub-resource (the older reference, observed
//! working in 2026). The client tries Firewall first and falls back on a 404.
namespace FirewallsApi {

enum class Dialect { Firewall, SecurityGroups };

//! What a create or an edit sends.
struct Spec
{
    QString title;
    QString content;
    bool icmp = false;
    QList<FirewallRule> rules; //!< sent inside the body in the Firewall dialect only
};

[[nodiscard]] QString basePath(Dialect dialect);
[[nodiscard]] ApiRequest list(Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest detail(const QString &firewallId, Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest create(const Spec &spec, Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest edit(const QString &firewallId, const Spec &spec,
                              Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest remove(const QString &firewallId, Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest attach(const QString &firewallId, const QString &instanceId,
                                Dialect dialect = Dialect::Firewall);
[[nodiscard]] ApiRequest detach(const QString &firewallId, const QString &instanceId,
                                Dialect dialect = Dialect::Firewall);

// The security-group dialect's rule and instance sub-resources.
[[nodiscard]] ApiRequest groupRules(const QString &groupId);
[[nodiscard]] ApiRequest addGroupRule(const QString &groupId, const FirewallRule &rule);
[[nodiscard]] ApiRequest editGroupRule(const QString &groupId, const FirewallRule &rule);
[[nodiscard]] ApiRequest removeGroupRule(const QString &groupId, const QString &ruleId);
[[nodiscard]] ApiRequest groupInstances(const QString &groupId);

[[nodiscard]] QJsonObject ruleToJson(const FirewallRule &rule);
[[nodiscard]] QJsonObject specToJson(const Spec &spec, bool withRules);
//! A security group's `content` as written: the older dialect answers it HTML-escaped once.
[[nodiscard]] QString unescaped(QString text);
//! A rule set in the create request's shape (an exported file): title, content, icmp, rules.
//! \a problem says why it cannot be read.
[[nodiscard]] std::optional<Spec> specFromJson(const QJsonObject &json, QString *problem);
[[nodiscard]] FirewallRule parseRule(const QJsonObject &row);
[[nodiscard]] std::optional<Firewall> parseFirewall(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Firewall> parseFirewalls(const QJsonArray &rows);
[[nodiscard]] QList<FirewallRule> parseRules(const QJsonArray &rows);
//! Instance ids from a security group's instance list (ids or objects).
[[nodiscard]] QStringList parseInstanceIds(const QJsonArray &rows);

} // namespace FirewallsApi
