#pragma once

#include <QString>

//! The words a person reads for a status, and its tone; unknown values are shown as written.
namespace StatusText {

//! How a status should look: colour and icon come from the tone.
enum class Tone { Good, Stopped, Busy, Bad, Neutral };

[[nodiscard]] QString instance(const QString &status);
[[nodiscard]] Tone instanceTone(const QString &status);
[[nodiscard]] QString volume(const QString &status);
[[nodiscard]] Tone volumeTone(const QString &status);
//! Zones, flavors and images: "available", "soldout", "maintenance", ...
[[nodiscard]] QString availability(const QString &status);
[[nodiscard]] Tone availabilityTone(const QString &status);
//! True for statuses that change by themselves soon (work, building, deleting, attaching...).
[[nodiscard]] bool isTransitional(const QString &status);

} // namespace StatusText
