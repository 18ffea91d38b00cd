#pragma once

#include "serverplan.h"

#include <optional>

struct ApiError;

//! Which field of a new server a refused create is about, so its reason is said next to that
//! field: by the error code where it names one (UNAVAILABLE_SSH_KEY: the keys,
//! UNAVAILABLE_FLAVOR: the spec, UNAVAILABLE_COMBINATION: the image), otherwise by the first
//! request parameter the server's message names, spelled as the API spells it ("block_storage
//! name must be ..." is about the block storage, not the server's name). None: only the
//! dialog's message says it.
namespace CreateRefusal {

[[nodiscard]] std::optional<ServerPlan::Field> field(const ApiError &error);

} // namespace CreateRefusal
