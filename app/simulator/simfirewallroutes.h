#pragma once

#include "domain/firewall.h"
#include "simrequest.h"
#include "simresponse.h"

#include <optional>

class SimRouter;
struct SimContext;

//! Endpoints 29-35 in the /v1/firewall dialect (the docs': rules inside the firewall, create
//! 202, edit replaces all rules), when the options' dialect includes it; and what both
//! dialects share over the one list of firewalls: attach, detach and delete.
namespace SimFirewallRoutes {

//! Adds the /v1/firewall routes to \a router, unless the options ask for security groups only.
void registerRoutes(SimRouter &router, SimContext &ctx);

//! Attaches the instance named by the JSON body's instance_id to \a firewall; nullopt when done.
[[nodiscard]] std::optional<SimResponse> attach(SimContext &ctx, const SimRequest &request,
                                                Firewall &firewall);
//! Detaches the instance named by the JSON body's instance_id; nullopt when done.
[[nodiscard]] std::optional<SimResponse> detach(const SimRequest &request, Firewall &firewall);
//! Deletes the firewall \a id (IN_USE while it protects an instance); nullopt when done.
[[nodiscard]] std::optional<SimResponse> remove(SimContext &ctx, const QString &id);

} // namespace SimFirewallRoutes
