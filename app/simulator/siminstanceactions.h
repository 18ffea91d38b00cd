#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 8, 10-15: create, delete, start, shutdown, reboot, rebuild, resize, with the
//! validation the reference lists and the transitions of SimLifecycle.
namespace SimInstanceActions {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimInstanceActions
