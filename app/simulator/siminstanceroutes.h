#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 6, 7, 9, 16: instance list (with every filter), detail, edit, remote console.
namespace SimInstanceRoutes {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimInstanceRoutes
