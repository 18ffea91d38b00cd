#include "blockstorageapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace BlockStorageApi {

namespace {
const QString kBase = u"/v1/block-storages"_s;

//! The first non-empty value of \a keys; an object value is searched for \a innerKeys
//! (e.g. "instance": {"instance_id": ...} or {"id": ...}).
QString firstOf(const QJsonObject &row, std::initializer_list<QLatin1String> keys,
                std::initializer_list<QLatin1String> innerKeys)
{
    for (const QLatin1String key : keys) {
        const QJsonValue value = row.value(key);
        if (value.isObject()) {
            const QJsonObject o = value.toObject();
            for (const QLatin1String inner : innerKeys) {
                const QString text = JsonRead::str(o, inner);
                if (!text.isEmpty())
                    return text;
            }
            continue;
        }
        const QString text = JsonRead::str(value);
        if (!text.isEmpty())
            return text;
    }
    return {};
}
} // namespace

ApiRequest types(const QString &type)
{
    ApiRequest r;
    r.path = kBase + u"/types"_s;
    r.operation = u"blockstorage.types"_s;
    r.listing = true;
    r.idField = u"type"_s;
    QueryHelpers::addText(r, u"type"_s, type);
    return r;
}

ApiRequest list(const Query &q)
{
    ApiRequest r;
    r.path = kBase;
    r.operation = u"blockstorage.list"_s;
    r.listing = true;
    r.idField = u"block_storage_id"_s;
    QueryHelpers::addText(r, u"zone_id"_s, q.zoneId);
    QueryHelpers::addText(r, u"name"_s, q.name);
    QueryHelpers::addText(r, u"type"_s, q.type);
    return r;
}

ApiRequest detail(const QString &blockStorageId)
{
    return QueryHelpers::plainRequest(HttpMethod::Get, ApiRequest::path1(kBase, blockStorageId),
                                      u"blockstorage.detail"_s, Repeat::Safe);
}

ApiRequest create(const CreateSpec &spec)
{
    ApiRequest r = QueryHelpers::formRequest(HttpMethod::Post, kBase, u"blockstorage.create"_s,
                                             Repeat::Never);
    r.form.append({u"instance_id"_s, spec.instanceId});
    r.form.append({u"type"_s, spec.type});
    r.form.append({u"size"_s, QString::number(spec.sizeGb)});
    QueryHelpers::addField(r, u"name"_s, spec.name);
    QueryHelpers::addField(r, u"description"_s, spec.description);
    return r;
}

ApiRequest remove(const QString &blockStorageId)
{
    return QueryHelpers::plainRequest(HttpMethod::Delete, ApiRequest::path1(kBase, blockStorageId),
                                      u"blockstorage.delete"_s, Repeat::Idempotent);
}

ApiRequest attach(const QString &blockStorageId, const QString &instanceId)
{
    const QString path
            = ApiRequest::path1(ApiRequest::path2(kBase, blockStorageId, u"attach"_s), instanceId);
    return QueryHelpers::plainRequest(HttpMethod::Post, path, u"blockstorage.attach"_s,
                                      Repeat::Idempotent);
}

ApiRequest detach(const QString &blockStorageId)
{
    return QueryHelpers::plainRequest(HttpMethod::Post,
                                      ApiRequest::path2(kBase, blockStorageId, u"detach"_s),
                                      u"blockstorage.detach"_s, Repeat::Idempotent);
}

std::optional<BlockStorageType> parseType(const QJsonObject &row, QString *problem)
{
    BlockStorageType t;
    t.type = JsonRead::str(row, "type"_L1);
    if (t.type.isEmpty()) {
        *problem = u"no type"_s;
        return std::nullopt;
    }
    t.minGb = JsonRead::amount(row, "min"_L1);
    t.maxGb = JsonRead::amount(row, "max"_L1);
    t.zones = JsonRead::strList(row, "zones"_L1, "zone_id"_L1);
    if (t.zones.isEmpty())
        t.zones = JsonRead::strList(row, "zone"_L1, "zone_id"_L1);
    return t;
}

Parsed<BlockStorageType> parseTypes(const QJsonArray &rows)
{
    return parseRows<BlockStorageType>(rows, parseType);
}

std::optional<BlockStorage> parseVolume(const QJsonObject &row, QString *problem)
{
    BlockStorage v;
    v.id = firstOf(row, {"block_storage_id"_L1, "id"_L1}, {});
    if (v.id.isEmpty()) {
        *problem = u"no block_storage_id"_s;
        return std::nullopt;
    }
    v.name = JsonRead::str(row, "name"_L1);
    v.description = JsonRead::str(row, "description"_L1);
    v.type = JsonRead::str(row, "type"_L1);
    v.sizeGb = JsonRead::amount(row, "size"_L1);
    v.status = JsonRead::str(row, "status"_L1);
    v.zoneId = firstOf(row, {"zone_id"_L1, "zone"_L1}, {"zone_id"_L1, "id"_L1});
    v.instanceId = firstOf(row, {"instance_id"_L1, "instance"_L1}, {"instance_id"_L1, "id"_L1});
    v.createdAt = firstOf(row, {"created_at"_L1, "start_date"_L1}, {});
    return v;
}

Parsed<BlockStorage> parseVolumes(const QJsonArray &rows)
{
    return parseRows<BlockStorage>(rows, parseVolume);
}

} // namespace BlockStorageApi
