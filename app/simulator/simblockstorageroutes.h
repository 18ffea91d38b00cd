#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 18-24: block storage types, list, detail, create, delete, attach, detach.
namespace SimBlockStorageRoutes {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimBlockStorageRoutes
