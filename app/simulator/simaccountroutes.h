#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 17, 25-28: user scripts, SSH keys and billing.
namespace SimAccountRoutes {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimAccountRoutes
