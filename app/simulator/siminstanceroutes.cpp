#include "siminstanceroutes.h"

#include "simcontext.h"
#include "simjson.h"
#include "simlifecycle.h"
#include "simparams.h"
#include "simrouter.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace SimInstanceRoutes {

namespace {
const QStringList kStatusFilter = {u"pending"_s, u"active"_s, u"error"_s, u"work"_s, u"off"_s};

bool inRange(qint64 value, const std::optional<qint64> &min, const std::optional<qint64> &max)
{
    return (!min || value >= *min) && (!max || value <= *max);
}

//! Does \a address match \a pattern (an address or an IPv4 CIDR)?
bool ipMatches(const QString &address, const QString &pattern)
{
    if (address.isEmpty())
        return false;
    if (!pattern.contains(u'/'))
        return address == pattern;
    const auto subnet = QHostAddress::parseSubnet(pattern);
    return subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol
            && QHostAddress(address).isInSubnet(subnet);
}

std::optional<SimResponse> readFields(const SimRequest &req, qint64 *fields)
{
    std::optional<qint64> value;
    if (auto bad = SimParams::readInt(req, u"fields"_s, &value))
        return bad;
    *fields = value.value_or(-1);
    if (*fields == 0)
        *fields = -1;
    return std::nullopt;
}

SimResponse list(SimContext &ctx, SimRequest &req)
{
    if (auto bad = SimParams::checkEnum(req, u"status"_s, kStatusFilter))
        return *bad;
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
    qint64 fields = -1;
    if (auto bad = readFields(req, &fields))
        return *bad;
    const QStringList statuses = SimParams::list(req, u"status"_s);
    const QStringList ips = SimParams::list(req, u"ip"_s);
    for (const QString &ip : ips) {
        if (ip.contains(u':'))
            return SimResponse::error(SimCode::Ipv6NotSupported, u"IPv6 is not supported"_s);
        const bool valid = ip.contains(u'/')
                ? QHostAddress::parseSubnet(ip).first.protocol() == QAbstractSocket::IPv4Protocol
                : QHostAddress(ip).protocol() == QAbstractSocket::IPv4Protocol;
        if (!valid)
            return SimResponse::error(SimCode::CidrNotValid,
                                      u"'%1' is not an address or CIDR"_s.arg(ip));
    }
    const QString name = req.query.value(u"name"_s);
    const QString zoneId = req.query.value(u"zone_id"_s);
    const QString imageId = req.query.value(u"image_id"_s);
    const QString type = req.query.value(u"type"_s);
    const QString coreType = req.query.value(u"core_type"_s);

    QList<const Instance *> rows;
    for (const SimInstance &si : std::as_const(ctx.state.instances)) {
        const Instance &in = si.data;
        if (!statuses.isEmpty() && !statuses.contains(in.status))
            continue;
        if (!ips.isEmpty()) {
            bool hit = false;
            for (const QString &pattern : ips) {
                for (const InstanceIp &ip : in.ips)
                    hit = hit || ipMatches(ip.publicAddress, pattern)
                            || ipMatches(ip.privateAddress, pattern);
            }
            if (!hit)
                continue;
        }
        if (!name.isEmpty() && !in.name.contains(name, Qt::CaseInsensitive))
            continue;
        if (!zoneId.isEmpty() && in.zoneId != zoneId)
            continue;
        if (!imageId.isEmpty() && in.image.id != imageId)
            continue;
        if (!type.isEmpty()) {
            const Image *image = ctx.state.image(in.image.id);
            if (!image || image->osKind.toLower() != type)
                continue;
        }
        if (!coreType.isEmpty() && in.flavor.type != coreType)
            continue;
        const qint64 gpus = in.flavor.gpu.isEmpty() ? 0 : 1;
        if (!inRange(in.flavor.vcpu, minV, maxV) || !inRange(in.flavor.memoryGb, minM, maxM)
            || !inRange(in.flavor.diskGb, minD, maxD) || !inRange(gpus, minG, maxG))
            continue;
        rows.append(&in);
    }
    return SimParams::page(
            rows.size(),
            [&rows, fields](qsizetype i) { return SimJson::instance(*rows.at(i), fields); }, req,
            ctx.options);
}

SimResponse edit(SimContext &ctx, SimRequest &req, const QString &id)
{
    SimParams::urlDecodeNames(req);
    SimInstance *si = ctx.state.instance(id);
    if (!si)
        return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
    if (si->data.status == u"deleting"_s)
        return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                  u"instance is being deleted"_s);
    const bool hasName = req.form.contains(u"name"_s);
    const bool hasDescription = req.form.contains(u"description"_s);
    if (!hasName && !hasDescription)
        return SimResponse::error(SimCode::RequiredPostParamMissing,
                                  u"name or description is required"_s);
    if (hasName) {
        if (auto bad
            = SimParams::checkLength(u"name"_s, req.form.value(u"name"_s), 1, ctx.options.nameMax))
            return *bad;
    }
    if (hasDescription) {
        if (auto bad = SimParams::checkLength(u"description"_s, req.form.value(u"description"_s), 0,
                                              ctx.options.descriptionMax))
            return *bad;
    }
    if (hasName)
        si->data.name = req.form.value(u"name"_s);
    if (hasDescription)
        si->data.description = req.form.value(u"description"_s);
    qint64 fields = -1;
    if (auto bad = readFields(req, &fields))
        return *bad;
    return SimResponse::ok(QJsonArray {SimJson::instance(si->data, fields)});
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    router.add(u"GET"_s, u"/v1/instances"_s,
               [&ctx](SimRequest &req, const QStringList &) { return list(ctx, req); });
    router.add(u"GET"_s, u"/v1/instances/{}"_s, [&ctx](SimRequest &req, const QStringList &args) {
        const SimInstance *si = ctx.state.instance(args.at(0));
        if (!si)
            return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
        qint64 fields = -1;
        if (auto bad = readFields(req, &fields))
            return *bad;
        return SimResponse::ok(QJsonArray {SimJson::instance(si->data, fields)});
    });
    router.add(u"PUT"_s, u"/v1/instances/{}"_s, [&ctx](SimRequest &req, const QStringList &args) {
        return edit(ctx, req, args.at(0));
    });
    router.add(u"GET"_s, u"/v1/instances/{}/remote-console"_s,
               [&ctx](SimRequest &, const QStringList &args) {
                   SimInstance *si = ctx.state.instance(args.at(0));
                   if (!si)
                       return SimResponse::error(SimCode::NotFound, u"instance not found"_s);
                   if (si->data.status != u"active"_s)
                       return SimResponse::error(SimCode::DeletedOrWorkingInstance,
                                                 u"the console needs a running instance"_s);
                   // A fresh one-time link per request.
                   si->data.vncLink
                           = u"https://console.iwinv.kr/vnc/?token="_s + ctx.state.randomToken(32);
                   return SimResponse::ok(QJsonArray {
                           QJsonObject {{u"vnc"_s,
                                         QJsonObject {{u"link"_s, si->data.vncLink},
                                                      {u"type"_s, si->data.vncType}}}}});
               });
}

} // namespace SimInstanceRoutes
