#pragma once

#include <functional>

class ApiClient;
class ManualClock;

//! Lets a test wait for a client on a manual clock without sleeping: real I/O runs while
//! attempts are on the wire; when nothing is in flight, the clock jumps to the next timer
//! (a backoff, a scheduler slot, a poll). Returns false after \a realTimeoutMs of real time.
bool driveUntil(ManualClock &clock, const ApiClient &client, const std::function<bool()> &done,
                int realTimeoutMs = 30000);
