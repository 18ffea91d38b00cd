#pragma once

#include "apirequest.h"
#include "domain/image.h"
#include "parsed.h"

//! Endpoints 4-5: Image List and Detail.
namespace ImagesApi {

struct Query
{
    QStringList zoneIds;
    QString name; //!< substring
    QStringList os; //!< windows, ubuntu, rocky, ... (case-sensitive on the server)
    QStringList types; //!< os, vdi, gpu, solution
    QString visibility; //!< public, private
};

[[nodiscard]] ApiRequest list(const Query &query = {});
[[nodiscard]] ApiRequest detail(const QString &imageId);
[[nodiscard]] std::optional<Image> parseImage(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Image> parseImages(const QJsonArray &rows);

} // namespace ImagesApi
