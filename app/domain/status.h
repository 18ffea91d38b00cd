#pragma once

#include <QString>

//! The statuses the server writes, read through one table (status.cpp): the rest of the
//! console compares these values, never the server's strings. A status the table does not
//! know is Unknown and is shown as the server wrote it.
namespace Status {

//! A server's status (doc: pending, active, error, work, off; observed: building, deleting).
enum class Server { Unknown, Pending, Active, Error, Work, Off, Building, Deleting };
//! A block storage's status. The reference gives none: these are the plausible ones.
enum class Volume {
    Unknown,
    Creating,
    Available,
    Attached,
    InUse,
    Active,
    Attaching,
    Detaching,
    Deleting,
    Error
};
//! Whether a zone, spec or image can be used.
enum class Availability { Unknown, Available, SoldOut, Maintenance };

[[nodiscard]] Server server(const QString &status);
[[nodiscard]] Volume volume(const QString &status);
[[nodiscard]] Availability availability(const QString &status);
//! The string the server writes for \a status (filters, the simulator's transitions).
[[nodiscard]] QString raw(Server status);
[[nodiscard]] QString raw(Volume status);

//! Changes by itself soon: the console follows it more closely.
[[nodiscard]] bool isTransitional(Server status);
[[nodiscard]] bool isTransitional(Volume status);

} // namespace Status
