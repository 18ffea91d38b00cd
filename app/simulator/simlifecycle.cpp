#include "simlifecycle.h"

#include "simcontext.h"
#include "siminstancefactory.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SimLifecycle {

void begin(SimContext &ctx, SimInstance &instance, const QString &transitional, QString finalStatus,
           int factor)
{
    instance.data.status = transitional;
    instance.finalStatus = std::move(finalStatus);
    instance.dueMs = ctx.nowMs() + ctx.options.transitionMs * factor;
}

void begin(SimContext &ctx, SimVolume &volume, const QString &transitional, QString finalStatus,
           int factor)
{
    volume.data.status = transitional;
    volume.finalStatus = std::move(finalStatus);
    volume.dueMs = ctx.nowMs() + ctx.options.transitionMs * factor;
}

bool isBusy(const SimInstance &instance)
{
    const QString &s = instance.data.status;
    return !instance.finalStatus.isEmpty() || s == u"work"_s || s == u"building"_s
            || s == u"deleting"_s || s == u"pending"_s;
}

namespace {
bool failsNow(SimContext &ctx)
{
    return ctx.options.errorChance > 0 && ctx.state.rng.generateDouble() < ctx.options.errorChance;
}

void finishInstance(SimContext &ctx, SimInstance &si)
{
    if (!si.pendingFlavorId.isEmpty()) {
        if (const Flavor *f = ctx.state.flavor(si.pendingFlavorId))
            SimInstanceFactory::applyFlavor(si.data, *f);
        si.pendingFlavorId.clear();
    }
    if (!si.pendingImageId.isEmpty()) {
        if (const Image *i = ctx.state.image(si.pendingImageId))
            SimInstanceFactory::applyImage(si.data, *i);
        si.data.defaultAccountPassword = ctx.state.randomToken(16);
        si.pendingImageId.clear();
    }
    si.data.status = failsNow(ctx) ? u"error"_s : si.finalStatus;
    if (si.data.status == u"off"_s) // in KST, as iwinv writes it
        si.data.stopDate = QDateTime::fromMSecsSinceEpoch(ctx.nowMs(), Qt::OffsetFromUTC, 9 * 3600)
                                   .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    else if (si.data.status == u"active"_s)
        si.data.stopDate.clear();
    si.finalStatus.clear();
    si.dueMs = 0;
}
} // namespace

void advance(SimContext &ctx)
{
    const qint64 now = ctx.nowMs();
    QStringList gone;
    for (SimInstance &si : ctx.state.instances) {
        if (si.flapping)
            si.data.status = si.data.status == u"work"_s ? u"active"_s : u"work"_s;
        if (si.finalStatus.isEmpty() || si.dueMs > now || si.stuck)
            continue;
        if (si.removeWhenDone)
            gone.append(si.data.id);
        else
            finishInstance(ctx, si);
    }
    for (const QString &id : std::as_const(gone)) {
        ctx.state.removeInstance(id);
        for (Firewall &fw : ctx.state.firewalls)
            fw.instanceIds.removeAll(id);
    }

    QStringList goneVolumes;
    for (SimVolume &v : ctx.state.volumes) {
        if (v.finalStatus.isEmpty() || v.dueMs > now)
            continue;
        if (v.removeWhenDone) {
            goneVolumes.append(v.data.id);
            continue;
        }
        if (v.data.status == u"detaching"_s) {
            if (SimInstance *owner = ctx.state.instance(v.data.instanceId))
                owner->data.blockStorageIds.removeAll(v.data.id);
            v.data.instanceId.clear();
        }
        v.data.status = v.finalStatus;
        v.finalStatus.clear();
        v.dueMs = 0;
    }
    ctx.state.volumes.removeIf(
            [&goneVolumes](const SimVolume &v) { return goneVolumes.contains(v.data.id); });
}

} // namespace SimLifecycle
