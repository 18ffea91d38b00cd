#pragma once

class SimRouter;
struct SimContext;

//! Endpoints 1-5: zones, flavors, images.
namespace SimCatalogRoutes {
void registerRoutes(SimRouter &router, SimContext &ctx);
} // namespace SimCatalogRoutes
