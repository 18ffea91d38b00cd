#pragma once

#include "apirequest.h"
#include "domain/flavor.h"
#include "parsed.h"

//! Endpoints 2-3: Flavor List and Detail.
namespace FlavorsApi {

//! Filters of the flavor list; empty members are not sent. Lists go comma-separated.
struct Query
{
    QStringList zoneIds;
    QStringList imageIds;
    QStringList types;
    QString imageType;
    std::optional<qint64> minVcpu, maxVcpu, minMemory, maxMemory, minDisk, maxDisk, minGpu, maxGpu;
};

[[nodiscard]] ApiRequest list(const Query &query = {});
[[nodiscard]] ApiRequest detail(const QString &flavorId);
[[nodiscard]] std::optional<Flavor> parseFlavor(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Flavor> parseFlavors(const QJsonArray &rows);
//! A flavor detail: the server answers an unknown id with an empty result (nullopt here).
[[nodiscard]] std::optional<Flavor> parseDetail(const QJsonArray &rows, QString *problem);

} // namespace FlavorsApi
