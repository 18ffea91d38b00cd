#pragma once

#include "simstate.h"

//! Makes a new simulated instance as the server would describe it: id, addresses, default
//! account, console link, the flavor and image it runs. Shared by the seeder and "create".
namespace SimInstanceFactory {
[[nodiscard]] SimInstance make(SimState &state, const QString &name, const QString &zoneId,
                               const Flavor &flavor, const Image &image, qint64 createdMs);
//! Copies \a flavor / \a image into the instance's own description of them.
void applyFlavor(Instance &instance, const Flavor &flavor);
void applyImage(Instance &instance, const Image &image);
} // namespace SimInstanceFactory
