#pragma once

#include <QString>
#include <QtGlobal>

//! How the simulator behaves where the reference leaves a choice. Defaults follow the
//! reference's "simulator default" notes.
struct SimOptions
{
    enum class FirewallDialect { Firewall, SecurityGroups, Both };
    //! How price.full.KRW and price.partial.KRW are written: the docs' {price, vat, total}, or
    //! one number, the price without VAT (what a client fixed against live data read, §6).
    enum class FlavorPrice { Object, Number };

    quint64 seed = 1; //!< the same seed gives the same world
    int instanceCount = 40; //!< ~40 for demo; 10,000 for scale runs
    qint64 transitionMs = 6000; //!< how long an action stays in its transitional status
    double errorChance = 0.0; //!< chance an action ends in `error`
    int defaultPageSize = 10;
    int maxPageSize = 100;
    bool silentPageCap = false; //!< answer fewer rows while echoing the requested page_size
    int requestsPerMinute = 60; //!< per access key; 0 = unlimited
    bool sendDate = true; //!< send a Date header
    //! Both by default, over the same firewalls (§3 and §6: each was seen).
    FirewallDialect firewallDialect = FirewallDialect::Both;
    FlavorPrice flavorPrice = FlavorPrice::Object;
    //! Every amount of the bills and the live bill multiplied by this: a large account whose
    //! amounts pass 32 bits (the reference: use 64-bit integers).
    qint64 billScale = 1;
    //! The longest name (of a server or a block storage) and description accepted; the real
    //! limits are unknown (§5), so a test can make the server stricter than the console.
    int nameMax = 50;
    int descriptionMax = 255;
};
