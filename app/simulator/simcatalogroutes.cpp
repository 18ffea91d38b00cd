#include "simcatalogroutes.h"

#include "simcatalogseed.h"
#include "simcontext.h"
#include "simjson.h"
#include "simparams.h"
#include "simrouter.h"

using namespace Qt::StringLiterals;

namespace SimCatalogRoutes {

namespace {
const QStringList kOsValues
        = {u"windows"_s, u"windows_core"_s, u"windows_sql"_s, u"ubuntu"_s,   u"rocky"_s,
           u"cent"_s,    u"fedora"_s,       u"freebsd"_s,     u"opensuse"_s, u"coreos"_s,
           u"oracle"_s,  u"debian"_s,       u"alma"_s,        u"mint"_s,     u"hamonikr"_s};
const QStringList kImageTypes = {u"os"_s, u"vdi"_s, u"gpu"_s, u"solution"_s};
const QStringList kVisibility = {u"public"_s, u"private"_s};

bool inRange(qint64 value, const std::optional<qint64> &min, const std::optional<qint64> &max)
{
    return (!min || value >= *min) && (!max || value <= *max);
}

bool anyOf(const QStringList &wanted, const QStringList &have)
{
    if (wanted.isEmpty())
        return true;
    for (const QString &w : wanted) {
        if (have.contains(w))
            return true;
    }
    return false;
}

SimResponse listFlavors(SimContext &ctx, SimRequest &req)
{
    std::optional<qint64> minV, maxV, minM, maxM, minD, maxD, minG, maxG;
    for (auto [key, out] : {std::pair {u"min_vcpu"_s, &minV},
                            {u"max_vcpu"_s, &maxV},
                            {u"min_memory"_s, &minM},
                            {u"max_memory"_s, &maxM},
                            {u"min_disk"_s, &minD},
                            {u"max_disk"_s, &maxD},
                            {u"min_gpu"_s, &minG},
                            {u"max_gpu"_s, &maxG}}) {
        if (auto bad = SimParams::readInt(req, key, out))
            return *bad;
    }
    const QStringList zones = SimParams::list(req, u"zone_id"_s);
    const QStringList images = SimParams::list(req, u"image_id"_s);
    const QStringList types = SimParams::list(req, u"type"_s);
    const QString imageType = req.query.value(u"image_type"_s);
    QJsonArray rows;
    for (const Flavor &f : std::as_const(ctx.state.flavors)) {
        if (!anyOf(zones, f.zones) || !anyOf(images, f.supportingImages))
            continue;
        if (!types.isEmpty() && !types.contains(f.type))
            continue;
        if (!imageType.isEmpty()) {
            bool fits = false;
            for (const QString &id : f.supportingImages) {
                const Image *image = ctx.state.image(id);
                fits = fits || (image && image->imageType == imageType);
            }
            if (!fits)
                continue;
        }
        const qint64 gpus = f.gpu.isEmpty() ? 0 : 1;
        if (!inRange(f.vcpu, minV, maxV) || !inRange(f.memoryGb, minM, maxM)
            || !inRange(f.diskGb, minD, maxD) || !inRange(gpus, minG, maxG))
            continue;
        rows.append(SimJson::flavor(f, ctx.options.flavorPrice));
    }
    return SimParams::page(rows, req, ctx.options, {.extra = {{u"total"_s, rows.size()}}});
}

SimResponse listImages(SimContext &ctx, SimRequest &req)
{
    if (auto bad = SimParams::checkEnum(req, u"os"_s, kOsValues))
        return *bad;
    if (auto bad = SimParams::checkEnum(req, u"type"_s, kImageTypes))
        return *bad;
    if (auto bad = SimParams::checkEnum(req, u"visibility"_s, kVisibility))
        return *bad;
    const QStringList zones = SimParams::list(req, u"zone_id"_s);
    const QStringList os = SimParams::list(req, u"os"_s);
    const QStringList types = SimParams::list(req, u"type"_s);
    const QString visibility = req.query.value(u"visibility"_s);
    const QString name = req.query.value(u"name"_s);
    QJsonArray rows;
    for (const Image &i : std::as_const(ctx.state.images)) {
        if (!anyOf(zones, i.zones))
            continue;
        if (!os.isEmpty() && !os.contains(SimCatalogSeed::osKey(i.osType)))
            continue;
        if (!types.isEmpty() && !types.contains(i.osKind.toLower()))
            continue;
        if (!visibility.isEmpty() && i.visibility != visibility)
            continue;
        if (!name.isEmpty() && !i.displayName().contains(name, Qt::CaseInsensitive))
            continue;
        rows.append(SimJson::image(i));
    }
    return SimParams::page(rows, req, ctx.options);
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    router.add(u"GET"_s, u"/v1/zones"_s, [&ctx](SimRequest &, const QStringList &) {
        QJsonArray rows;
        for (const Zone &z : std::as_const(ctx.state.zones))
            rows.append(SimJson::zone(z));
        return SimResponse::ok(rows);
    });
    router.add(u"GET"_s, u"/v1/flavors"_s,
               [&ctx](SimRequest &req, const QStringList &) { return listFlavors(ctx, req); });
    router.add(u"GET"_s, u"/v1/flavors/{}"_s, [&ctx](SimRequest &, const QStringList &args) {
        // Observed: an unknown flavor id answers 200 with an empty result.
        const Flavor *f = ctx.state.flavor(args.at(0));
        return SimResponse::ok(f ? QJsonArray {SimJson::flavor(*f, ctx.options.flavorPrice)}
                                 : QJsonArray());
    });
    router.add(u"GET"_s, u"/v1/images"_s,
               [&ctx](SimRequest &req, const QStringList &) { return listImages(ctx, req); });
    router.add(u"GET"_s, u"/v1/images/{}"_s, [&ctx](SimRequest &, const QStringList &args) {
        // Observed: an unknown image id answers 400 ID_INVALID.
        const Image *i = ctx.state.image(args.at(0));
        if (!i)
            return SimResponse::error(SimCode::IdInvalid, u"image not found"_s);
        return SimResponse::ok(QJsonArray {SimJson::image(*i)});
    });
}

} // namespace SimCatalogRoutes
