#pragma once

#include "simrequest.h"
#include "simresponse.h"

class Simulator;

//! The loopback-only routes under /_sim that steer a running simulator: faults
//! (`POST`/`DELETE /_sim/faults`), the server clock (`POST /_sim/clock`), the Date header
//! (`POST /_sim/date`) and stuck or flapping instances (`POST /_sim/instances/{id}/stick|flap`).
//! Their answers are plain JSON, not the API's envelope.
namespace SimControlRoutes {

//! The answer to \a request on \a simulator: 403 from another host, 404 for an unknown route.
[[nodiscard]] SimResponse answer(Simulator &simulator, const SimRequest &request);

} // namespace SimControlRoutes
