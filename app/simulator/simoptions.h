#pragma once

#include <QString>
#include <QtGlobal>

//! How the simulator behaves where the reference leaves a choice. Defaults follow the
//! reference's "simulator default" notes.
struct SimOptions
{
    enum class FirewallDialect { Firewall, SecurityGroups, Both };

    quint64 seed = 1; //!< the same seed gives the same world
    int instanceCount = 40; //!< ~40 for demo; 10,000 for scale runs
    qint64 transitionMs = 6000; //!< how long an action stays in its transitional status
    double errorChance = 0.0; //!< chance an action ends in `error`
    int defaultPageSize = 10;
    int maxPageSize = 100;
    bool silentPageCap = false; //!< answer fewer rows while echoing the requested page_size
    int requestsPerMinute = 60; //!< per access key; 0 = unlimited
    bool sendDate = true; //!< send a Date header
    FirewallDialect firewallDialect = FirewallDialect::Firewall;
};
