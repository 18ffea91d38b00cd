#pragma once

#include <QString>

struct SimContext;
struct SimInstance;
struct SimVolume;

//! Transitions of instances and volumes over (injected) time: an action puts a resource in
//! its transitional status; `advance` ends every transition that is due, with the configured
//! chance of `error`. No timers: the state is brought up to date before each request.
namespace SimLifecycle {

//! Starts a transition of \a instance to \a finalStatus through \a transitional, lasting
//! \a factor times the configured transition time.
//! \a finalStatus is taken by value: callers often pass the resource's current status.
void begin(SimContext &ctx, SimInstance &instance, const QString &transitional, QString finalStatus,
           int factor = 1);
void begin(SimContext &ctx, SimVolume &volume, const QString &transitional, QString finalStatus,
           int factor = 1);
//! True while \a instance is changing (or stuck in a transitional status).
[[nodiscard]] bool isBusy(const SimInstance &instance);
//! Ends every transition due at the context's now.
void advance(SimContext &ctx);

} // namespace SimLifecycle
