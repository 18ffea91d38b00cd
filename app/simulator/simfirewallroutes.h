#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 29-35 in the dialects chosen by the options: /v1/firewall (rules inside, edit
//! replaces all) and/or /v1/security-groups (rules and instances as sub-resources).
namespace SimFirewallRoutes {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimFirewallRoutes
