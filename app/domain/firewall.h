#pragma once

#include <QList>
#include <QString>
#include <QStringList>

//! One firewall rule. Values are case-sensitive on the server: "IN"/"OUT", "TCP"/"UDP".
struct FirewallRule
{
    QString ruleId; //!< absent in the /v1/firewall dialect, an integer in the security-group one
    QString bound; //!< IN, OUT
    QString protocol; //!< TCP, UDP
    QString port; //!< "80" or "10000-10002"
    QString ip; //!< IPv4 CIDR
    QString title;
    QString content;
    friend bool operator==(const FirewallRule &, const FirewallRule &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(FirewallRule, Q_RELOCATABLE_TYPE);

//! A firewall with its rules and the instances it protects.
struct Firewall
{
    QString id; //!< firewall_id (FIREWALL-...)
    QString title;
    QString content;
    bool icmp = false; //!< "Y"/"N"
    QList<FirewallRule> rules;
    QStringList instanceIds;
    friend bool operator==(const Firewall &, const Firewall &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Firewall, Q_RELOCATABLE_TYPE);
