#include "instancesapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace InstancesApi {

namespace {
const QString kBase = u"/v1/instances"_s;

ApiRequest action(const QString &instanceId, const QString &verb, Repeat repeat)
{
    return QueryHelpers::plainRequest(HttpMethod::Post, ApiRequest::path2(kBase, instanceId, verb),
                                      u"instances."_s + verb, repeat);
}
} // namespace

ApiRequest list(const Query &q)
{
    ApiRequest r;
    r.path = kBase;
    r.operation = u"instances.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"instance_id"_s;
    QueryHelpers::addList(r, u"status"_s, q.statuses);
    QueryHelpers::addList(r, u"ip"_s, q.ips);
    QueryHelpers::addText(r, u"name"_s, q.name);
    QueryHelpers::addText(r, u"zone_id"_s, q.zoneId);
    QueryHelpers::addText(r, u"image_id"_s, q.imageId);
    QueryHelpers::addText(r, u"type"_s, q.type);
    QueryHelpers::addText(r, u"core_type"_s, q.coreType);
    QueryHelpers::addNumber(r, u"min_vcpu"_s, q.minVcpu);
    QueryHelpers::addNumber(r, u"max_vcpu"_s, q.maxVcpu);
    QueryHelpers::addNumber(r, u"min_memory"_s, q.minMemory);
    QueryHelpers::addNumber(r, u"max_memory"_s, q.maxMemory);
    QueryHelpers::addNumber(r, u"min_disk"_s, q.minDisk);
    QueryHelpers::addNumber(r, u"max_disk"_s, q.maxDisk);
    QueryHelpers::addNumber(r, u"min_gpu"_s, q.minGpu);
    QueryHelpers::addNumber(r, u"max_gpu"_s, q.maxGpu);
    QueryHelpers::addNumber(r, u"fields"_s, q.fields);
    return r;
}

ApiRequest detail(const QString &instanceId, std::optional<qint64> fields)
{
    ApiRequest r = QueryHelpers::plainRequest(HttpMethod::Get, ApiRequest::path1(kBase, instanceId),
                                              u"instances.detail"_s, Repeat::Safe);
    QueryHelpers::addNumber(r, u"fields"_s, fields);
    return r;
}

ApiRequest secrets(const QString &instanceId)
{
    ApiRequest r = detail(instanceId, 1 | kSecretFields);
    r.operation = u"instances.secrets"_s;
    return r;
}

ApiRequest create(const CreateSpec &spec)
{
    ApiRequest r = QueryHelpers::formRequest(HttpMethod::Post, kBase, u"instances.create"_s,
                                             Repeat::Never);
    r.form.append({u"zone_id"_s, spec.zoneId});
    r.form.append({u"flavor_id"_s, spec.flavorId});
    r.form.append({u"image_id"_s, spec.imageId});
    QueryHelpers::addField(r, u"name"_s, spec.name);
    QueryHelpers::addField(r, u"description"_s, spec.description);
    if (spec.count != 1)
        r.form.append({u"count"_s, QString::number(spec.count)});
    QueryHelpers::addField(r, u"ssh_key_id"_s, spec.sshKeyIds.join(u','));
    QueryHelpers::addField(r, u"user_script_id"_s, spec.userScriptId);
    for (qsizetype i = 0; i < spec.volumes.size(); ++i) {
        const QString prefix = u"block_storage.%1."_s.arg(i);
        r.form.append({prefix + u"size"_s, QString::number(spec.volumes.at(i).sizeGb)});
        QueryHelpers::addField(r, prefix + u"name"_s, spec.volumes.at(i).name);
    }
    return r;
}

ApiRequest edit(const QString &instanceId, const QString &name, const QString &description)
{
    ApiRequest r = QueryHelpers::formRequest(HttpMethod::Put, ApiRequest::path1(kBase, instanceId),
                                             u"instances.edit"_s, Repeat::Idempotent);
    r.form.append({u"name"_s, name});
    r.form.append({u"description"_s, description});
    QueryHelpers::addNumber(r, u"fields"_s, kListFields);
    return r;
}

ApiRequest remove(const QString &instanceId)
{
    return QueryHelpers::plainRequest(HttpMethod::Delete, ApiRequest::path1(kBase, instanceId),
                                      u"instances.delete"_s, Repeat::Idempotent);
}

ApiRequest start(const QString &instanceId)
{
    return action(instanceId, u"start"_s, Repeat::Idempotent);
}

ApiRequest shutdown(const QString &instanceId)
{
    return action(instanceId, u"shutdown"_s, Repeat::Idempotent);
}

ApiRequest reboot(const QString &instanceId)
{
    return action(instanceId, u"reboot"_s, Repeat::Never);
}

ApiRequest rebuild(const QString &instanceId, const QString &imageId)
{
    ApiRequest r = action(instanceId, u"rebuild"_s, Repeat::Never);
    r.body = ApiRequest::Body::Multipart;
    r.form.append({u"image_id"_s, imageId});
    return r;
}

ApiRequest resize(const QString &instanceId, const QString &flavorId)
{
    ApiRequest r = action(instanceId, u"resize"_s, Repeat::Never);
    r.body = ApiRequest::Body::Multipart;
    r.form.append({u"flavor_id"_s, flavorId});
    return r;
}

ApiRequest remoteConsole(const QString &instanceId)
{
    return QueryHelpers::plainRequest(HttpMethod::Get,
                                      ApiRequest::path2(kBase, instanceId, u"remote-console"_s),
                                      u"instances.remote-console"_s, Repeat::Safe);
}

namespace {
QList<InstanceIp> parseIps(const QJsonObject &row)
{
    QList<InstanceIp> out;
    const QJsonArray ips = JsonRead::arr(row, "ip"_L1);
    for (const QJsonValue &value : ips) {
        InstanceIp ip;
        if (value.isString()) {
            ip.publicAddress = value.toString();
            out.append(ip);
            continue;
        }
        const QJsonObject o = value.toObject();
        if (o.value("public"_L1).isString()) {
            ip.publicAddress = o.value("public"_L1).toString();
        } else {
            const QJsonObject pub = JsonRead::obj(o, "public"_L1);
            ip.publicAddress = JsonRead::str(pub, "address"_L1);
            ip.publicAttached = JsonRead::flag(pub, "attached"_L1, !ip.publicAddress.isEmpty());
        }
        if (o.value("private"_L1).isString()) {
            ip.privateAddress = o.value("private"_L1).toString();
        } else {
            const QJsonObject priv = JsonRead::obj(o, "private"_L1);
            ip.privateAddress = JsonRead::str(priv, "address"_L1);
            ip.netmask = JsonRead::str(priv, "netmask"_L1);
            ip.network = JsonRead::str(priv, "network"_L1);
            ip.broadcast = JsonRead::str(priv, "broadcast"_L1);
            ip.gateway = JsonRead::str(priv, "gateway"_L1);
        }
        ip.type = JsonRead::str(o, "type"_L1);
        if (!ip.publicAddress.isEmpty() || !ip.privateAddress.isEmpty())
            out.append(ip);
    }
    return out;
}

QString idOrString(const QJsonObject &row, QLatin1String key, QLatin1String idKey)
{
    const QJsonValue value = row.value(key);
    if (value.isObject())
        return JsonRead::str(value.toObject(), idKey);
    return JsonRead::str(value);
}
} // namespace

std::optional<Instance> parseInstance(const QJsonObject &row, QString *problem)
{
    Instance in;
    in.id = JsonRead::str(row, "instance_id"_L1);
    if (in.id.isEmpty()) {
        *problem = u"no instance_id"_s;
        return std::nullopt;
    }
    in.name = JsonRead::str(row, "name"_L1);
    in.description = JsonRead::str(row, "description"_L1);
    in.status = JsonRead::str(row, "status"_L1);
    in.provide = JsonRead::str(row, "provide"_L1);
    in.startDate = JsonRead::str(row, "start_date"_L1);
    in.stopDate = JsonRead::str(row, "stop_date"_L1);
    // default_account.password and vnc.link are never kept from a listing or a detail.
    in.defaultAccountUser = JsonRead::str(JsonRead::obj(row, "default_account"_L1), "username"_L1);
    in.ips = parseIps(row);

    if (row.value("zone"_L1).isString()) {
        in.zoneId = row.value("zone"_L1).toString();
    } else {
        const QJsonObject zone = JsonRead::obj(row, "zone"_L1);
        in.zoneId = JsonRead::str(zone, "zone_id"_L1);
        in.zoneName = JsonRead::str(zone, "name"_L1);
        if (in.zoneName.isEmpty())
            in.zoneName = JsonRead::str(zone, "zone_name"_L1);
    }
    if (in.zoneId.isEmpty())
        in.zoneId = JsonRead::str(row, "zone_id"_L1);

    const QJsonObject flavor = JsonRead::obj(row, "flavor"_L1);
    in.flavor.id = JsonRead::str(flavor, "flavor_id"_L1);
    in.flavor.name = JsonRead::str(flavor, "name"_L1);
    in.flavor.type = JsonRead::str(flavor, "type"_L1);
    in.flavor.vcpu = JsonRead::amount(flavor, "vcpu"_L1);
    in.flavor.memoryGb = JsonRead::amount(flavor, "memory"_L1);
    in.flavor.diskGb = JsonRead::amount(flavor, "disk"_L1);
    in.flavor.network = JsonRead::str(flavor, "network"_L1);
    in.flavor.gpu = JsonRead::str(flavor, "gpu"_L1);

    const QJsonObject image = JsonRead::obj(row, "image"_L1);
    const QJsonObject imageOs = JsonRead::obj(image, "os"_L1);
    in.image.id = JsonRead::str(image, "image_id"_L1);
    in.image.name = JsonRead::str(image, "name"_L1);
    if (in.image.name.isEmpty())
        in.image.name = JsonRead::str(imageOs, "name"_L1);
    in.image.osType = JsonRead::str(image, "os_type"_L1);
    if (in.image.osType.isEmpty())
        in.image.osType = JsonRead::str(imageOs, "os_type"_L1);
    in.image.version = JsonRead::str(image, "version"_L1);
    if (in.image.version.isEmpty())
        in.image.version = JsonRead::str(imageOs, "version"_L1);

    in.monitoringPort = JsonRead::str(JsonRead::obj(row, "monitoring"_L1), "port"_L1);
    in.blockStorageIds = JsonRead::strList(row, "block_storage"_L1, "block_storage_id"_L1);
    in.firewallId = idOrString(row, "firewall"_L1, "firewall_id"_L1);
    in.vncType = JsonRead::str(JsonRead::obj(row, "vnc"_L1), "type"_L1);
    const QJsonObject limit = JsonRead::obj(row, "connection_limit"_L1);
    in.limitBlockStorage = JsonRead::int64(limit, "block_storage"_L1, -1);
    in.limitIp = JsonRead::int64(limit, "ip"_L1, -1);
    const QJsonObject traffic = JsonRead::obj(row, "traffic"_L1);
    in.trafficDefault = JsonRead::amount(traffic, "default"_L1, -1);
    in.trafficPeriod = JsonRead::str(traffic, "period"_L1);
    in.trafficLimit = JsonRead::amount(traffic, "limit"_L1, -1);
    in.trafficResetAllowCount = JsonRead::int64(traffic, "reset_allow_count"_L1, -1);
    return in;
}

Parsed<Instance> parseInstances(const QJsonArray &rows)
{
    return parseRows<Instance>(rows, parseInstance);
}

DeleteResult parseDelete(const QJsonArray &rows)
{
    DeleteResult out;
    if (rows.isEmpty() || !rows.first().isObject())
        return out;
    const QJsonObject row = rows.first().toObject();
    out.status = JsonRead::str(row, "status"_L1);
    out.keptBlockStorageIds = JsonRead::strList(row, "block_storage"_L1, "block_storage_id"_L1);
    return out;
}

Secrets parseSecrets(const QJsonArray &rows)
{
    Secrets out;
    if (rows.isEmpty() || !rows.first().isObject())
        return out;
    const QJsonObject row = rows.first().toObject();
    const QJsonObject account = JsonRead::obj(row, "default_account"_L1);
    out.username = JsonRead::str(account, "username"_L1);
    out.password = JsonRead::str(account, "password"_L1);
    out.consoleLink = JsonRead::str(JsonRead::obj(row, "vnc"_L1), "link"_L1);
    return out;
}

namespace {
bool isWebLink(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"https"_s || scheme == u"http"_s);
}
} // namespace

std::optional<RemoteConsole> parseRemoteConsole(const QJsonArray &rows)
{
    for (const QJsonValue &value : rows) {
        if (value.isString() && isWebLink(value.toString()))
            return RemoteConsole {value.toString().trimmed(), QString()};
        const QJsonObject row = value.toObject();
        for (const QJsonObject &candidate :
             {JsonRead::obj(row, "vnc"_L1), JsonRead::obj(row, "remote_console"_L1), row}) {
            for (const QLatin1String key : {"link"_L1, "url"_L1, "href"_L1}) {
                const QString link = JsonRead::str(candidate, key);
                if (isWebLink(link))
                    return RemoteConsole {link.trimmed(), JsonRead::str(candidate, "type"_L1)};
            }
        }
    }
    return std::nullopt;
}

} // namespace InstancesApi
