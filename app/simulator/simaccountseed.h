#pragma once

#include <QtGlobal>

class SimState;
struct SimOptions;

//! Fills the account: instances in mixed states (Korean and English names), volumes,
//! firewalls with rules, SSH keys and user scripts. Deterministic for a seed and a date.
namespace SimAccountSeed {
void seed(SimState &state, const SimOptions &options, qint64 nowMs);
} // namespace SimAccountSeed
