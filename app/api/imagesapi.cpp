#include "imagesapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace ImagesApi {

ApiRequest list(const Query &q)
{
    ApiRequest r;
    r.path = u"/v1/images"_s;
    r.operation = u"images.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"image_id"_s;
    QueryHelpers::addList(r, u"zone_id"_s, q.zoneIds);
    QueryHelpers::addText(r, u"name"_s, q.name);
    QueryHelpers::addList(r, u"os"_s, q.os);
    QueryHelpers::addList(r, u"type"_s, q.types);
    QueryHelpers::addText(r, u"visibility"_s, q.visibility);
    return r;
}

ApiRequest detail(const QString &imageId)
{
    ApiRequest r;
    r.path = ApiRequest::path1(u"/v1/images"_s, imageId);
    r.operation = u"images.detail"_s;
    return r;
}

std::optional<Image> parseImage(const QJsonObject &row, QString *problem)
{
    Image image;
    image.id = JsonRead::str(row, "image_id"_L1);
    if (image.id.isEmpty()) {
        *problem = u"no image_id"_s;
        return std::nullopt;
    }
    image.visibility = JsonRead::str(row, "visibility"_L1);
    const QJsonObject os = JsonRead::obj(row, "os"_L1);
    image.osKind = JsonRead::str(os, "type"_L1);
    image.osName = JsonRead::str(os, "name"_L1);
    image.osStatus = JsonRead::str(os, "status"_L1);
    image.osContent = JsonRead::strList(os, "content"_L1);
    image.osType = JsonRead::str(os, "os_type"_L1);
    image.osVersion = JsonRead::str(os, "version"_L1);
    image.oid = JsonRead::str(os, "oid"_L1);
    image.imageType = JsonRead::str(row, "image_type"_L1);
    image.zones = JsonRead::strList(row, "zone"_L1, "zone_id"_L1);
    image.name = JsonRead::str(row, "name"_L1);
    image.description = JsonRead::str(row, "description"_L1);
    image.status = JsonRead::str(row, "status"_L1);
    image.isProtected = JsonRead::flag(row, "protected"_L1);
    image.minDiskGb = JsonRead::amount(row, "min_disk"_L1);
    image.minRamMb = JsonRead::amount(row, "min_ram"_L1);
    image.fileSize = JsonRead::amount(row, "file_size"_L1);
    image.createdAt = JsonRead::str(row, "created_at"_L1);
    image.updatedAt = JsonRead::str(row, "updated_at"_L1);
    image.tags = JsonRead::strList(row, "tags"_L1);
    return image;
}

Parsed<Image> parseImages(const QJsonArray &rows)
{
    return parseRows<Image>(rows, parseImage);
}

} // namespace ImagesApi
