#pragma once

#include <QtGlobal>

class SimState;

//! Fills 13 months of bills (newest first) with groups and items from the seeded account, plus
//! one prepaid bill. Amounts are KRW, VAT 10%. Months are KST months, as iwinv's.
namespace SimBillSeed {
//! \a scale multiplies every amount (SimOptions::billScale).
void seed(SimState &state, qint64 nowMs, qint64 scale = 1);
//! The month-to-date estimate (VAT excluded) of what runs now.
[[nodiscard]] qint64 liveEstimate(const SimState &state, qint64 nowMs, qint64 scale = 1);
} // namespace SimBillSeed
