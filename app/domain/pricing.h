#pragma once

#include "flavor.h"
#include "price.h"

#include <QString>

//! Which of a spec's two prices is for a month and which for an hour. The docs name them
//! `full` and `partial`, and each carries a `type`: where the type is given it decides (a
//! `full` whose type says hourly is not the monthly price); where it is not, `full` is the
//! month and `partial` the hour.
namespace Pricing {

enum class Period { Month, Hour, Day, Other, Unstated };

//! What a price's `type` says it is for ("month", "monthly", "Hour", ...); Unstated when empty.
[[nodiscard]] Period periodOf(const QString &type);
//! The period of a spec's price, \a byKey (what its JSON key means) when its type says none.
[[nodiscard]] Period periodOf(const Price &price, Period byKey);
//! The spec's monthly price (not known when neither price is for a month).
[[nodiscard]] Price monthly(const Flavor &flavor);
//! The spec's hourly price.
[[nodiscard]] Price hourly(const Flavor &flavor);

} // namespace Pricing
