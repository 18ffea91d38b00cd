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
//! CHECK_PARAM when \a rule duplicates one of \a rules (ignoring ids, titles and contents).
[[nodiscard]] std::optional<SimResponse> checkDuplicate(const QList<FirewallRule> &rules,
                                                        const FirewallRule &rule);

} // namespace SimFirewallValidator
