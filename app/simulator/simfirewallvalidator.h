#pragma once

#include "domain/firewall.h"
#include "simresponse.h"

#include <QJsonObject>

#include <optional>

//! The firewall validation observed on the real server: case-sensitive enums, IPv4 CIDR with a
//! prefix, no port 0 or 0-65535, titles of 1-25 characters, no exact duplicate rules.
namespace SimFirewallValidator {

//! Reads and checks one rule object.
[[nodiscard]] std::optional<SimResponse> readRule(const QJsonObject &json, FirewallRule *rule);
//! Reads title/content/icmp (and rules when \a withRules) into \a firewall.
[[nodiscard]] std::optional<SimResponse> readFirewall(const QJsonObject &json, bool withRules,
                                                      Firewall *firewall);
//! A security group's create body (§6): title, content and icmp as readFirewall() reads them,
//! and an omitted or empty content answered 403 CHECK_IP, as observed. \a group changes only
//! on success.
[[nodiscard]] std::optional<SimResponse> readGroup(const QJsonObject &json, Firewall *group);
//! A security group's edit body over \a group (§6): omitted fields are kept, and so is the
//! content when an empty one is sent. \a group changes only on success.
[[nodiscard]] std::optional<SimResponse> editGroup(const QJsonObject &json, Firewall *group);
//! A rule's edit body over \a rule (§6): omitted (or null) fields are kept; the result is
//! checked as a whole, as readRule() checks a new one. \a rule changes only on success.
[[nodiscard]] std::optional<SimResponse> editRule(const QJsonObject &json, FirewallRule *rule);
//! CHECK_PARAM when \a rule duplicates one of \a rules (ignoring ids, titles and contents).
[[nodiscard]] std::optional<SimResponse> checkDuplicate(const QList<FirewallRule> &rules,
                                                        const FirewallRule &rule);

} // namespace SimFirewallValidator
