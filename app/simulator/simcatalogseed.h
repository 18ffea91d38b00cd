#pragma once

#include <QString>

class SimState;

//! Fills zones, flavors, images and block storage types: the shapes of the reference, the docs'
//! own image example included verbatim.
namespace SimCatalogSeed {
void seed(SimState &state);
//! The image-list `os` filter value for an image's os_type ("ROCKYLINUX" -> "rocky").
[[nodiscard]] QString osKey(const QString &osType);
} // namespace SimCatalogSeed
