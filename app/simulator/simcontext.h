#pragma once

#include "simoptions.h"
#include "simstate.h"
#include "util/clock.h"

//! What every route handler works with: the world, the options and the (server's) clock.
struct SimContext
{
    SimState &state;
    SimOptions &options;
    Clock &clock;

    [[nodiscard]] qint64 nowMs() const { return clock.nowMs(); }
};
