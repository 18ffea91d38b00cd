#include "simblockstorageroutes.h"

#include "simcontext.h"
#include "simjson.h"
#include "simlifecycle.h"
#include "simparams.h"
#include "simrouter.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SimBlockStorageRoutes {

namespace {
constexpr int kMaxPerInstance = 3;

SimResponse notFound()
{
    return SimResponse::error(SimCode::NotFound, u"block storage not found"_s);
}

QStringList typeCodes(const SimContext &ctx)
{
    QStringList codes;
    for (const BlockStorageType &t : std::as_const(ctx.state.volumeTypes))
        codes.append(t.type);
    return codes;
}

//! The `type` filter of the type and volume lists: one of the codes, or CHECK_PARAM (observed).
std::optional<SimResponse> readTypeFilter(const SimContext &ctx, const SimRequest &req,
                                          QString *type)
{
    *type = req.query.value(u"type"_s);
    if (type->isEmpty() || ctx.state.volumeType(*type))
        return std::nullopt;
    return SimResponse::error(
            SimCode::CheckParam,
            u"type: '%1' is not one of %2"_s.arg(*type, typeCodes(ctx).join(u", "_s)));
}

bool isTransitional(const SimVolume &v)
{
    return !v.finalStatus.isEmpty();
}

SimResponse create(SimContext &ctx, SimRequest &req)
{
    SimParams::urlDecodeNames(req);
    if (auto bad = SimParams::requireForm(req, {u"instance_id"_s, u"type"_s, u"size"_s}))
        return *bad;
    SimInstance *owner = ctx.state.instance(req.form.value(u"instance_id"_s));
    if (!owner)
        return SimResponse::error(SimCode::CheckParam, u"unknown instance_id"_s);
    if (owner->data.status == u"deleting"_s || owner->data.status == u"building"_s)
        return SimResponse::error(SimCode::DeletedOrWorkingInstance, u"the instance is busy"_s);
    const BlockStorageType *type = ctx.state.volumeType(req.form.value(u"type"_s));
    if (!type)
        return SimResponse::error(SimCode::CheckParamEnum,
                                  u"type must be one of %1"_s.arg(typeCodes(ctx).join(u", "_s)));
    if (!type->zones.isEmpty() && !type->zones.contains(owner->data.zoneId))
        return SimResponse::error(SimCode::UnavailableCombination,
                                  u"this type is not offered in the instance's zone"_s);
    bool ok = false;
    const qint64 size = req.form.value(u"size"_s).toLongLong(&ok);
    if (!ok || size < type->minGb || size > type->maxGb || size % 10 != 0)
        return SimResponse::error(
                SimCode::CheckParam,
                u"size must be %1-%2 GB in steps of 10"_s.arg(type->minGb).arg(type->maxGb));
    const QString name = req.form.value(u"name"_s);
    if (req.form.contains(u"name"_s)) {
        if (auto bad = SimParams::checkLength(u"name"_s, name, 1, ctx.options.nameMax))
            return *bad;
    }
    if (auto bad = SimParams::checkLength(u"description"_s, req.form.value(u"description"_s), 0,
                                          ctx.options.descriptionMax))
        return *bad;
    if (owner->data.blockStorageIds.size() >= kMaxPerInstance)
        return SimResponse::error(SimCode::LimitExceeded,
                                  u"at most 3 block storages per instance"_s);
    SimVolume v;
    v.data.id = ctx.state.newId(u"BLOCK-"_s);
    v.data.name = name.isEmpty() ? owner->data.name + u"-volume"_s : name;
    v.data.description = req.form.value(u"description"_s);
    v.data.type = type->type;
    v.data.sizeGb = size;
    v.data.zoneId = owner->data.zoneId;
    v.data.instanceId = owner->data.id;
    // In KST, as iwinv writes it.
    v.data.createdAt = QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), Qt::OffsetFromUTC, 9 * 3600)
                               .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    SimLifecycle::begin(ctx, v, u"creating"_s, u"in-use"_s);
    owner->data.blockStorageIds.append(v.data.id);
    ctx.state.volumes.append(v);
    return SimResponse::ok(QJsonArray {SimJson::volume(v.data)}, 202);
}

SimResponse remove(SimContext &ctx, const QString &id)
{
    SimVolume *v = ctx.state.volume(id);
    if (!v || v->removeWhenDone)
        return notFound();
    if (!v->data.instanceId.isEmpty())
        return SimResponse::error(SimCode::InUse, u"detach the block storage first"_s);
    if (isTransitional(*v))
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"the block storage is busy"_s);
    SimLifecycle::begin(ctx, *v, u"deleting"_s, u"deleted"_s);
    v->removeWhenDone = true;
    return SimResponse::ok(QJsonArray {SimJson::volume(v->data)}, 202);
}

SimResponse attach(SimContext &ctx, const QString &id, const QString &instanceId)
{
    SimVolume *v = ctx.state.volume(id);
    if (!v || v->removeWhenDone)
        return notFound();
    SimInstance *target = ctx.state.instance(instanceId);
    if (!target)
        return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
    if (!v->data.instanceId.isEmpty())
        return SimResponse::error(SimCode::InUse, u"the block storage is already attached"_s);
    if (isTransitional(*v))
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"the block storage is busy"_s);
    if (target->data.status == u"deleting"_s || target->data.status == u"building"_s)
        return SimResponse::error(SimCode::DeletedOrWorkingInstance, u"the instance is busy"_s);
    if (target->data.zoneId != v->data.zoneId)
        return SimResponse::error(SimCode::UnavailableCombination,
                                  u"the instance is in another zone"_s);
    if (target->data.blockStorageIds.size() >= kMaxPerInstance)
        return SimResponse::error(SimCode::LimitExceeded,
                                  u"at most 3 block storages per instance"_s);
    v->data.instanceId = target->data.id;
    target->data.blockStorageIds.append(v->data.id);
    SimLifecycle::begin(ctx, *v, u"attaching"_s, u"in-use"_s);
    return SimResponse::ok(QJsonArray {SimJson::volume(v->data)}, 202);
}

SimResponse detach(SimContext &ctx, const QString &id)
{
    SimVolume *v = ctx.state.volume(id);
    if (!v || v->removeWhenDone)
        return notFound();
    if (v->data.instanceId.isEmpty())
        return SimResponse::error(SimCode::CheckParam, u"the block storage is not attached"_s);
    if (isTransitional(*v))
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"the block storage is busy"_s);
    SimLifecycle::begin(ctx, *v, u"detaching"_s, u"available"_s);
    return SimResponse::ok(QJsonArray {SimJson::volume(v->data)}, 202);
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    const QString base = u"/v1/block-storages"_s;
    router.add(u"GET"_s, base + u"/types"_s, [&ctx](SimRequest &req, const QStringList &) {
        QString type;
        if (auto bad = readTypeFilter(ctx, req, &type))
            return *bad;
        QJsonArray rows;
        for (const BlockStorageType &t : std::as_const(ctx.state.volumeTypes)) {
            if (type.isEmpty() || t.type == type)
                rows.append(SimJson::volumeType(t));
        }
        return SimResponse::ok(rows);
    });
    router.add(u"GET"_s, base, [&ctx](SimRequest &req, const QStringList &) {
        const QString zone = req.query.value(u"zone_id"_s);
        const QString name = req.query.value(u"name"_s);
        QString type;
        if (auto bad = readTypeFilter(ctx, req, &type))
            return *bad;
        QJsonArray rows;
        for (const SimVolume &v : std::as_const(ctx.state.volumes)) {
            if ((!zone.isEmpty() && v.data.zoneId != zone)
                || (!type.isEmpty() && v.data.type != type)
                || (!name.isEmpty() && !v.data.name.contains(name, Qt::CaseInsensitive)))
                continue;
            rows.append(SimJson::volume(v.data));
        }
        return SimResponse::ok(rows);
    });
    router.add(u"GET"_s, base + u"/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        const SimVolume *v = ctx.state.volume(a.at(0));
        return v ? SimResponse::ok(QJsonArray {SimJson::volume(v->data)}) : notFound();
    });
    router.add(u"POST"_s, base,
               [&ctx](SimRequest &req, const QStringList &) { return create(ctx, req); });
    router.add(u"DELETE"_s, base + u"/{}"_s,
               [&ctx](SimRequest &, const QStringList &a) { return remove(ctx, a.at(0)); });
    router.add(u"POST"_s, base + u"/{}/attach/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        return attach(ctx, a.at(0), a.at(1));
    });
    router.add(u"POST"_s, base + u"/{}/detach"_s,
               [&ctx](SimRequest &, const QStringList &a) { return detach(ctx, a.at(0)); });
}

} // namespace SimBlockStorageRoutes
