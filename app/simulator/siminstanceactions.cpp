#include "siminstanceactions.h"

#include "simcontext.h"
#include "siminstancefactory.h"
#include "simjson.h"
#include "simlifecycle.h"
#include "simparams.h"
#include "simrouter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SimInstanceActions {

namespace {
SimResponse busy()
{
    return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                              u"the instance is busy or being deleted"_s);
}

SimResponse notFound()
{
    return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
}

SimResponse accepted(const SimInstance &si)
{
    return SimResponse::ok(QJsonArray {SimJson::instance(si.data)}, 202);
}

bool fits(const Flavor &flavor, const Image &image, const QString &zoneId)
{
    return flavor.supportingImages.contains(image.id) && image.zones.contains(zoneId);
}

struct NewVolume
{
    qint64 size;
    QString name;
};

std::optional<SimResponse> readVolumes(const SimRequest &req, int nameMax, QList<NewVolume> *out)
{
    static const QRegularExpression key(u"^block_storage\\.(\\d+)\\.(size|name)$"_s);
    QMap<int, NewVolume> byIndex;
    for (auto it = req.form.begin(); it != req.form.end(); ++it) {
        const auto m = key.match(it.key());
        if (!m.hasMatch())
            continue;
        NewVolume &v = byIndex[m.captured(1).toInt()];
        if (m.captured(2) == u"name"_s) {
            if (auto bad = SimParams::checkLength(u"block_storage name"_s, it.value(), 1, nameMax))
                return bad;
            v.name = it.value();
        } else {
            bool ok = false;
            v.size = it.value().toLongLong(&ok);
            if (!ok || v.size < 10 || v.size > 2000 || v.size % 10 != 0)
                return SimResponse::error(
                        SimCode::CheckParam,
                        u"block_storage size must be 10-2000 GB in steps of 10"_s);
        }
    }
    for (const NewVolume &v : byIndex) {
        if (v.size == 0)
            return SimResponse::error(SimCode::RequiredPostParamMissing,
                                      u"block_storage size is required"_s);
        out->append(v);
    }
    if (out->size() > 3)
        return SimResponse::error(SimCode::LimitExceeded,
                                  u"at most 3 block storages per instance"_s);
    return std::nullopt;
}

SimResponse create(SimContext &ctx, SimRequest &req)
{
    SimParams::urlDecodeNames(req);
    if (auto bad = SimParams::requireForm(req, {u"zone_id"_s, u"flavor_id"_s, u"image_id"_s}))
        return *bad;
    const QString zoneId = req.form.value(u"zone_id"_s);
    const Zone *zone = ctx.state.zone(zoneId);
    if (!zone)
        return SimResponse::error(SimCode::CheckParam, u"unknown zone_id"_s);
    const Flavor *flavor = ctx.state.flavor(req.form.value(u"flavor_id"_s));
    if (!flavor)
        return SimResponse::error(SimCode::CheckParam, u"unknown flavor_id"_s);
    if (!flavor->zones.contains(zoneId) || flavor->status != u"available"_s)
        return SimResponse::error(SimCode::UnavailableFlavor,
                                  u"the flavor is not available in this zone"_s);
    const Image *image = ctx.state.image(req.form.value(u"image_id"_s));
    if (!image)
        return SimResponse::error(SimCode::CheckParam, u"unknown image_id"_s);
    if (!fits(*flavor, *image, zoneId))
        return SimResponse::error(SimCode::UnavailableCombination,
                                  u"the flavor, image and zone do not fit together"_s);
    QString name = req.form.value(u"name"_s);
    if (req.form.contains(u"name"_s)) {
        if (auto bad = SimParams::checkLength(u"name"_s, name, 1, ctx.options.nameMax))
            return *bad;
    }
    const QString description = req.form.value(u"description"_s);
    if (auto bad
        = SimParams::checkLength(u"description"_s, description, 0, ctx.options.descriptionMax))
        return *bad;
    int count = 1;
    if (req.form.contains(u"count"_s)) {
        bool ok = false;
        count = req.form.value(u"count"_s).toInt(&ok);
        if (!ok || count < 1 || count > 10)
            return SimResponse::error(SimCode::CheckParam, u"count must be 1-10"_s);
    }
    for (const QString &keyId : req.form.value(u"ssh_key_id"_s).split(u',', Qt::SkipEmptyParts)) {
        const bool known = std::any_of(ctx.state.sshKeys.begin(), ctx.state.sshKeys.end(),
                                       [&](const SshKey &k) { return k.id == keyId.trimmed(); });
        if (!known)
            return SimResponse::error(SimCode::UnavailableSshKey, u"unknown ssh_key_id"_s);
    }
    const QString scriptId = req.form.value(u"user_script_id"_s);
    if (!scriptId.isEmpty()
        && std::none_of(ctx.state.userScripts.begin(), ctx.state.userScripts.end(),
                        [&](const UserScript &s) { return s.id == scriptId; }))
        return SimResponse::error(SimCode::CheckParam, u"unknown user_script_id"_s);
    QList<NewVolume> volumes;
    if (auto bad = readVolumes(req, ctx.options.nameMax, &volumes))
        return *bad;
    if (zone->status != u"available"_s)
        // Observed on the real server: nothing is created.
        return SimResponse::error(SimCode::DevCheckReturn,
                                  u"선택하신 존의 자원이 제한되어 서버를 생성할 수 없습니다."_s);

    if (name.isEmpty())
        name = u"server-"_s + ctx.state.randomToken(6).toLower();
    QJsonArray created;
    for (int n = 1; n <= count; ++n) {
        const QString each = count > 1 ? u"%1-%2"_s.arg(name).arg(n) : name;
        SimInstance si
                = SimInstanceFactory::make(ctx.state, each, zoneId, *flavor, *image, ctx.nowMs());
        si.data.description = description;
        SimLifecycle::begin(ctx, si, u"building"_s, u"active"_s, 2);
        for (const NewVolume &nv : std::as_const(volumes)) {
            SimVolume v;
            v.data.id = ctx.state.newId(u"BLOCK-"_s);
            v.data.name = nv.name.isEmpty() ? each + u"-data"_s : nv.name;
            v.data.type = u"ssd"_s;
            v.data.sizeGb = nv.size;
            v.data.zoneId = zoneId;
            v.data.instanceId = si.data.id;
            v.data.createdAt = si.data.startDate;
            SimLifecycle::begin(ctx, v, u"creating"_s, u"in-use"_s, 2);
            si.data.blockStorageIds.append(v.data.id);
            ctx.state.volumes.append(v);
        }
        ctx.state.appendInstance(si);
        created.append(SimJson::instance(si.data));
    }
    return SimResponse::ok(created, 202);
}

SimResponse remove(SimContext &ctx, const QString &id)
{
    SimInstance *si = ctx.state.instance(id);
    if (!si)
        return notFound();
    // A change in progress blocks delete; a server stuck in `pending` or `error` can be deleted.
    if (SimLifecycle::isBusy(*si) && si->data.status != u"pending"_s)
        return busy();
    // Volumes are detached and kept (observed).
    const QStringList kept = si->data.blockStorageIds;
    for (const QString &volumeId : kept) {
        if (SimVolume *v = ctx.state.volume(volumeId)) {
            v->data.instanceId.clear();
            v->data.status = u"available"_s;
            v->finalStatus.clear();
        }
    }
    si->data.blockStorageIds.clear();
    si->pendingFlavorId.clear();
    si->pendingImageId.clear();
    SimLifecycle::begin(ctx, *si, u"deleting"_s, u"deleted"_s);
    si->removeWhenDone = true;
    return SimResponse::ok(
            QJsonArray {QJsonObject {{u"status"_s, u"deleting"_s},
                                     {u"block_storage"_s, QJsonArray::fromStringList(kept)}}},
            202);
}

//! start/shutdown/reboot: allowed from \a from, through `work` to \a to.
SimResponse power(SimContext &ctx, const QString &id, const QStringList &from, const QString &to)
{
    SimInstance *si = ctx.state.instance(id);
    if (!si)
        return notFound();
    if (SimLifecycle::isBusy(*si) || !from.contains(si->data.status))
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"not possible while the instance is %1"_s.arg(si->data.status));
    SimLifecycle::begin(ctx, *si, u"work"_s, to);
    return accepted(*si);
}

SimResponse rebuild(SimContext &ctx, SimRequest &req, const QString &id)
{
    // A rebuild names its image: without one it is refused, never run on the old image.
    if (auto bad = SimParams::requireForm(req, {u"image_id"_s}))
        return *bad;
    SimInstance *si = ctx.state.instance(id);
    if (!si)
        return notFound();
    if (SimLifecycle::isBusy(*si) || si->data.status == u"error"_s)
        return busy();
    const Image *image = ctx.state.image(SimParams::field(req, u"image_id"_s));
    if (!image)
        return SimResponse::error(SimCode::CheckParam, u"unknown image_id"_s);
    const Flavor *flavor = ctx.state.flavor(si->data.flavor.id);
    if (!flavor || !fits(*flavor, *image, si->data.zoneId))
        return SimResponse::error(SimCode::UnavailableCombination,
                                  u"the image does not fit this instance's flavor and zone"_s);
    si->pendingImageId = image->id;
    SimLifecycle::begin(ctx, *si, u"work"_s, si->data.status, 3);
    return accepted(*si);
}

SimResponse resize(SimContext &ctx, SimRequest &req, const QString &id)
{
    if (auto bad = SimParams::requireForm(req, {u"flavor_id"_s}))
        return *bad;
    SimInstance *si = ctx.state.instance(id);
    if (!si)
        return notFound();
    if (SimLifecycle::isBusy(*si) || si->data.status == u"error"_s)
        return busy();
    const Flavor *flavor = ctx.state.flavor(req.form.value(u"flavor_id"_s));
    if (!flavor)
        return SimResponse::error(SimCode::CheckParam, u"unknown flavor_id"_s);
    if (flavor->id == si->data.flavor.id)
        return SimResponse::error(SimCode::CheckParam, u"the instance already has this flavor"_s);
    if (!flavor->zones.contains(si->data.zoneId) || flavor->status != u"available"_s)
        return SimResponse::error(SimCode::UnavailableFlavor,
                                  u"the flavor is not available in this zone"_s);
    if (!flavor->supportingImages.contains(si->data.image.id))
        return SimResponse::error(SimCode::UnavailableCombination,
                                  u"the flavor does not support this instance's image"_s);
    if (flavor->diskGb < si->data.flavor.diskGb)
        return SimResponse::error(SimCode::CheckParam, u"the disk cannot shrink"_s);
    si->pendingFlavorId = flavor->id;
    SimLifecycle::begin(ctx, *si, u"work"_s, si->data.status, 3);
    return accepted(*si);
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    router.add(u"POST"_s, u"/v1/instances"_s,
               [&ctx](SimRequest &req, const QStringList &) { return create(ctx, req); });
    router.add(u"DELETE"_s, u"/v1/instances/{}"_s,
               [&ctx](SimRequest &, const QStringList &a) { return remove(ctx, a.at(0)); });
    router.add(u"POST"_s, u"/v1/instances/{}/start"_s, [&ctx](SimRequest &, const QStringList &a) {
        return power(ctx, a.at(0), {u"off"_s, u"error"_s}, u"active"_s);
    });
    router.add(u"POST"_s, u"/v1/instances/{}/shutdown"_s,
               [&ctx](SimRequest &, const QStringList &a) {
                   return power(ctx, a.at(0), {u"active"_s, u"error"_s}, u"off"_s);
               });
    router.add(u"POST"_s, u"/v1/instances/{}/reboot"_s, [&ctx](SimRequest &, const QStringList &a) {
        return power(ctx, a.at(0), {u"active"_s}, u"active"_s);
    });
    router.add(
            u"POST"_s, u"/v1/instances/{}/rebuild"_s,
            [&ctx](SimRequest &req, const QStringList &a) { return rebuild(ctx, req, a.at(0)); });
    router.add(u"POST"_s, u"/v1/instances/{}/resize"_s,
               [&ctx](SimRequest &req, const QStringList &a) { return resize(ctx, req, a.at(0)); });
}

} // namespace SimInstanceActions
