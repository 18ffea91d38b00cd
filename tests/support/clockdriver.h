#pragma once

#include <functional>

class ApiClient;
class ManualClock;

//! Lets a test wait for a client on a manual clock without sleeping: real I/O runs while
//! attempts are on the wire; when nothing is in flight, the clock jumps to the next timer
//! (a backoff, a scheduler slot, a poll). With \a stalledAfterMs > 0, an attempt that stays
//! silent that long (real time) is taken as stalled and the clock jumps too (to its timeout):
//! for tests of servers that never answer. Returns false after \a realTimeoutMs of real time.
bool driveUntil(ManualClock &clock, const ApiClient &client, const std::function<bool()> &done,
                int realTimeoutMs = 30000, int stalledAfterMs = 0);
