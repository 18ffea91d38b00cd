#pragma once

#include "apirequest.h"
#include "domain/zone.h"
#include "parsed.h"

//! Endpoint 1: Zone List.
namespace ZonesApi {
[[nodiscard]] ApiRequest list();
[[nodiscard]] std::optional<Zone> parseZone(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Zone> parseZones(const QJsonArray &rows);
} // namespace ZonesApi
