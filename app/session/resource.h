#pragma once

//! The kinds of resource the console browses, in the order of the sidebar.
enum class Resource {
    Instances,
    BlockStorage,
    Firewalls,
    Images,
    Flavors,
    Zones,
    SshKeys,
    UserScripts,
};

constexpr int kResourceCount = 8;
