#pragma once

class SimRouter;
struct SimContext;

//! /v1/security-groups (the older reference, seen working on the real server), when the
//! options' dialect includes it, over the same firewalls as /v1/firewall. Answers as §6
//! observed them: rows keyed by firewall_id with content HTML-escaped, 50 rows a page, detail
//! of an unknown group 200 with an empty result, create 200 (403 CHECK_IP without content),
//! edit keeping what is omitted, delete 200 with a string result; rules as an unpaginated
//! sub-resource (400 CHECK_PARAM for a group that is not there), create 200; /instances,
//! /attach and /detach as documented (202).
namespace SimSecurityGroupRoutes {
//! Adds the /v1/security-groups routes to \a router, unless the options ask for /v1/firewall
//! only.
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimSecurityGroupRoutes
