#pragma once

#include <QString>

//! The words a person reads for a resource status; unknown values are shown as written.
namespace StatusText {
[[nodiscard]] QString instance(const QString &status);
//! True for statuses that change by themselves soon (work, building, deleting, ...).
[[nodiscard]] bool isTransitional(const QString &status);
} // namespace StatusText
