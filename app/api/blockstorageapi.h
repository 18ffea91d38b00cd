#pragma once

#include "apirequest.h"
#include "domain/blockstorage.h"
#include "domain/blockstoragetype.h"
#include "parsed.h"

//! Endpoints 18-24: block storage types, volumes and their actions.
namespace BlockStorageApi {

struct Query
{
    QString zoneId;
    QString name; //!< substring
    QString type;
};

struct CreateSpec
{
    QString instanceId; //!< required: a volume is created attached
    QString type;
    qint64 sizeGb = 0;
    QString name;
    QString description;
};

[[nodiscard]] ApiRequest types(const QString &type = QString());
[[nodiscard]] ApiRequest list(const Query &query = {});
[[nodiscard]] ApiRequest detail(const QString &blockStorageId);
[[nodiscard]] ApiRequest create(const CreateSpec &spec);
[[nodiscard]] ApiRequest remove(const QString &blockStorageId);
[[nodiscard]] ApiRequest attach(const QString &blockStorageId, const QString &instanceId);
[[nodiscard]] ApiRequest detach(const QString &blockStorageId);

[[nodiscard]] std::optional<BlockStorageType> parseType(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<BlockStorageType> parseTypes(const QJsonArray &rows);
[[nodiscard]] std::optional<BlockStorage> parseVolume(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<BlockStorage> parseVolumes(const QJsonArray &rows);

} // namespace BlockStorageApi
