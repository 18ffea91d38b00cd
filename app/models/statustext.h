#pragma once

#include <QString>

//! The words a person reads for a status, and its tone, through the table of domain/status.h;
//! a status the console does not know is shown as the server wrote it.
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

} // namespace StatusText
