// The request builders of all 35 endpoints (and the security-group dialect's extra ones):
// what is sent, where, how, and whether it may ever be sent again.
#include "api/apirequest.h"
#include "api/billingapi.h"
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "api/flavorsapi.h"
#include "api/imagesapi.h"
#include "api/instancesapi.h"
#include "api/sshkeysapi.h"
#include "api/userscriptsapi.h"
#include "api/zonesapi.h"
#include "support/fixtures.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// Hand-aligned request tables: clang-format 14 mangles designated initializers.
// clang-format off
Q_DECLARE_METATYPE(ApiRequest)

namespace {

QString bodyName(ApiRequest::Body body)
{
    switch (body) {
    case ApiRequest::Body::None:
        return u"none"_s;
    case ApiRequest::Body::Multipart:
        return u"multipart"_s;
    case ApiRequest::Body::Json:
        return u"json"_s;
    }
    return u"?"_s;
}

QString repeatName(Repeat repeat)
{
    switch (repeat) {
    case Repeat::Safe:
        return u"Safe"_s;
    case Repeat::Idempotent:
        return u"Idempotent"_s;
    case Repeat::Unsafe:
        return u"Unsafe"_s;
    case Repeat::Never:
        return u"Never"_s;
    }
    return u"?"_s;
}

QStringList queryOf(const ApiRequest &request)
{
    QStringList out;
    for (const auto &item : request.query)
        out.append(item.first + u'=' + item.second);
    return out;
}

QStringList formOf(const ApiRequest &request)
{
    QStringList out;
    for (const FormField &field : request.form)
        out.append(field.name + u'=' + field.value);
    return out;
}

//! One expected request. Members in the order of the table's columns.
struct Row
{
    const char *name;
    ApiRequest request;
    QString method;
    QString path;
    QStringList query = {};
    QString body = u"none"_s;
    QStringList form = {};
    QJsonObject json = {};
    QString repeat = u"Safe"_s;
    QString operation = {};
    bool paged = false;
    QString idField = {};
    bool emptySetIsEmpty = false;
};

const QString kInstance = u"INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s;
const QString kInstancePath = u"/v1/instances/INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s;
const QString kGet = u"GET"_s;
const QString kPost = u"POST"_s;
const QString kPut = u"PUT"_s;
const QString kDelete = u"DELETE"_s;

FirewallRule httpRule()
{
    FirewallRule rule;
    rule.bound = u"IN"_s;
    rule.protocol = u"TCP"_s;
    rule.port = u"80"_s;
    rule.ip = u"0.0.0.0/0"_s;
    rule.title = u"HTTP"_s;
    rule.content = u"웹"_s;
    return rule;
}

QJsonObject httpRuleJson()
{
    return QJsonObject{{u"bound"_s, u"IN"_s},     {u"protocol"_s, u"TCP"_s},
                       {u"port"_s, u"80"_s},      {u"ip"_s, u"0.0.0.0/0"_s},
                       {u"title"_s, u"HTTP"_s},   {u"content"_s, u"웹"_s}};
}

QList<Row> instanceRows()
{
    QList<Row> rows;

    InstancesApi::Query filters;
    filters.statuses = {u"active"_s, u"off"_s};
    filters.ips = {u"203.0.113.0/24"_s, u" 10.0.0.5 "_s, QString()};
    filters.name = u"웹 서버"_s;
    filters.zoneId = u"kr1-z01"_s;
    filters.imageId = u"PIMAGE-a"_s;
    filters.type = u"standard"_s;
    filters.minVcpu = 1;
    filters.maxMemory = 5000000000;
    filters.maxGpu = 0;
    filters.fields = std::nullopt;

    InstancesApi::CreateSpec full;
    full.zoneId = u"kr1-z01"_s;
    full.flavorId = u"std.v2.m4"_s;
    full.imageId = u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s;
    full.name = u"web-1"_s;
    full.description = u"웹 서버"_s;
    full.count = 3;
    full.sshKeyIds = {u"KEY-a"_s, u"KEY-b"_s};
    full.userScriptId = u"SCRIPT-1"_s;
    full.volumes = {{50, u"data"_s}, {5000, QString()}};

    InstancesApi::CreateSpec minimal;
    minimal.zoneId = u"kr2-z01"_s;
    minimal.flavorId = u"std.v1.m1"_s;
    minimal.imageId = u"PIMAGE-x"_s;

    const QString all = u"fields=245631"_s;
    rows << Row{.name = "06 Instance List",
                .request = InstancesApi::list(),
                .method = kGet,
                .path = u"/v1/instances"_s,
                .query = {all},
                .operation = u"instances.list"_s,
                .paged = true,
                .idField = u"instance_id"_s};
    rows << Row{.name = "06 Instance List (filters)",
                .request = InstancesApi::list(filters),
                .method = kGet,
                .path = u"/v1/instances"_s,
                .query = {u"status=active,off"_s, u"ip=203.0.113.0/24,10.0.0.5"_s,
                          u"name=웹 서버"_s, u"zone_id=kr1-z01"_s, u"image_id=PIMAGE-a"_s,
                          u"type=standard"_s, u"min_vcpu=1"_s, u"max_memory=5000000000"_s,
                          u"max_gpu=0"_s},
                .operation = u"instances.list"_s,
                .paged = true,
                .idField = u"instance_id"_s};
    rows << Row{.name = "07 Instance Detail",
                .request = InstancesApi::detail(kInstance),
                .method = kGet,
                .path = kInstancePath,
                .query = {all},
                .operation = u"instances.detail"_s};
    // Only the id and the secrets' bits (default_account 128, vnc 16384): 1 + 128 + 16384.
    rows << Row{.name = "07 Instance Detail (secrets, on demand)",
                .request = InstancesApi::secrets(kInstance),
                .method = kGet,
                .path = kInstancePath,
                .query = {u"fields=16513"_s},
                .operation = u"instances.secrets"_s};
    rows << Row{.name = "07 Instance Detail (Korean id, no fields)",
                .request = InstancesApi::detail(u"INSTANCE 한글"_s, std::nullopt),
                .method = kGet,
                .path = u"/v1/instances/INSTANCE%20%ED%95%9C%EA%B8%80"_s,
                .operation = u"instances.detail"_s};
    rows << Row{.name = "08 Create Instance",
                .request = InstancesApi::create(full),
                .method = kPost,
                .path = u"/v1/instances"_s,
                .body = u"multipart"_s,
                .form = {u"zone_id=kr1-z01"_s, u"flavor_id=std.v2.m4"_s,
                         u"image_id=PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s, u"name=web-1"_s,
                         u"description=웹 서버"_s, u"count=3"_s, u"ssh_key_id=KEY-a,KEY-b"_s,
                         u"user_script_id=SCRIPT-1"_s, u"block_storage.0.size=50"_s,
                         u"block_storage.0.name=data"_s, u"block_storage.1.size=5000"_s},
                .repeat = u"Never"_s,
                .operation = u"instances.create"_s};
    rows << Row{.name = "08 Create Instance (required fields only)",
                .request = InstancesApi::create(minimal),
                .method = kPost,
                .path = u"/v1/instances"_s,
                .body = u"multipart"_s,
                .form = {u"zone_id=kr2-z01"_s, u"flavor_id=std.v1.m1"_s, u"image_id=PIMAGE-x"_s},
                .repeat = u"Never"_s,
                .operation = u"instances.create"_s};
    rows << Row{.name = "09 Edit Instance Info",
                .request = InstancesApi::edit(kInstance, u"웹 서버 2"_s, QString()),
                .method = kPut,
                .path = kInstancePath,
                .query = {all},
                .body = u"multipart"_s,
                // An empty description is sent: it clears the old one.
                .form = {u"name=웹 서버 2"_s, u"description="_s},
                .repeat = u"Idempotent"_s,
                .operation = u"instances.edit"_s};
    rows << Row{.name = "10 Delete Instance",
                .request = InstancesApi::remove(kInstance),
                .method = kDelete,
                .path = kInstancePath,
                .repeat = u"Idempotent"_s,
                .operation = u"instances.delete"_s};
    rows << Row{.name = "11 Start (ON)",
                .request = InstancesApi::start(kInstance),
                .method = kPost,
                .path = kInstancePath + u"/start"_s,
                .repeat = u"Idempotent"_s,
                .operation = u"instances.start"_s};
    rows << Row{.name = "12 Shutdown (OFF)",
                .request = InstancesApi::shutdown(kInstance),
                .method = kPost,
                .path = kInstancePath + u"/shutdown"_s,
                .repeat = u"Idempotent"_s,
                .operation = u"instances.shutdown"_s};
    rows << Row{.name = "13 Reboot",
                .request = InstancesApi::reboot(kInstance),
                .method = kPost,
                .path = kInstancePath + u"/reboot"_s,
                .repeat = u"Never"_s,
                .operation = u"instances.reboot"_s};
    rows << Row{.name = "14 Rebuild (Image)",
                .request = InstancesApi::rebuild(kInstance, u"PIMAGE-16OMEFf3FMbFWIHcJ23q8s"_s),
                .method = kPost,
                .path = kInstancePath + u"/rebuild"_s,
                .body = u"multipart"_s,
                .form = {u"image_id=PIMAGE-16OMEFf3FMbFWIHcJ23q8s"_s},
                .repeat = u"Never"_s,
                .operation = u"instances.rebuild"_s};
    rows << Row{.name = "15 Resize (Flavor)",
                .request = InstancesApi::resize(kInstance, u"std.v4.m8"_s),
                .method = kPost,
                .path = kInstancePath + u"/resize"_s,
                .body = u"multipart"_s,
                .form = {u"flavor_id=std.v4.m8"_s},
                .repeat = u"Never"_s,
                .operation = u"instances.resize"_s};
    rows << Row{.name = "16 Remote Console",
                .request = InstancesApi::remoteConsole(kInstance),
                .method = kGet,
                .path = kInstancePath + u"/remote-console"_s,
                .operation = u"instances.remote-console"_s};
    return rows;
}

QList<Row> catalogRows()
{
    QList<Row> rows;

    FlavorsApi::Query flavorFilters;
    flavorFilters.zoneIds = {u"kr1-z01"_s, u"kr2-z01"_s};
    flavorFilters.imageIds = {u"PIMAGE-a"_s, u" "_s};
    flavorFilters.types = {u" standard "_s, QString(), u"gpu"_s};
    flavorFilters.imageType = u"os_linux"_s;
    flavorFilters.minVcpu = 2;
    flavorFilters.maxVcpu = 8;
    flavorFilters.minMemory = 0;
    flavorFilters.maxMemory = 5000000000;
    flavorFilters.maxDisk = 100;
    flavorFilters.minGpu = 1;

    ImagesApi::Query imageFilters;
    imageFilters.zoneIds = {u"kr2-z01"_s};
    imageFilters.name = u"Rocky 9"_s;
    imageFilters.os = {u"rocky"_s, u"ubuntu"_s};
    imageFilters.types = {u"os"_s};
    imageFilters.visibility = u"public"_s;

    rows << Row{.name = "01 Zone List",
                .request = ZonesApi::list(),
                .method = kGet,
                .path = u"/v1/zones"_s,
                .operation = u"zones.list"_s,
                .idField = u"zone_id"_s};
    rows << Row{.name = "02 Flavor List",
                .request = FlavorsApi::list(),
                .method = kGet,
                .path = u"/v1/flavors"_s,
                .operation = u"flavors.list"_s,
                .paged = true,
                .idField = u"flavor_id"_s};
    rows << Row{.name = "02 Flavor List (filters)",
                .request = FlavorsApi::list(flavorFilters),
                .method = kGet,
                .path = u"/v1/flavors"_s,
                .query = {u"zone_id=kr1-z01,kr2-z01"_s, u"image_id=PIMAGE-a"_s,
                          u"type=standard,gpu"_s, u"image_type=os_linux"_s, u"min_vcpu=2"_s,
                          u"max_vcpu=8"_s, u"min_memory=0"_s, u"max_memory=5000000000"_s,
                          u"max_disk=100"_s, u"min_gpu=1"_s},
                .operation = u"flavors.list"_s,
                .paged = true,
                .idField = u"flavor_id"_s};
    rows << Row{.name = "03 Flavor Detail (id with dots)",
                .request = FlavorsApi::detail(u"std.v2.m4"_s),
                .method = kGet,
                .path = u"/v1/flavors/std.v2.m4"_s,
                .operation = u"flavors.detail"_s};
    rows << Row{.name = "04 Image List",
                .request = ImagesApi::list(),
                .method = kGet,
                .path = u"/v1/images"_s,
                .operation = u"images.list"_s,
                .paged = true,
                .idField = u"image_id"_s};
    rows << Row{.name = "04 Image List (filters)",
                .request = ImagesApi::list(imageFilters),
                .method = kGet,
                .path = u"/v1/images"_s,
                .query = {u"zone_id=kr2-z01"_s, u"name=Rocky 9"_s, u"os=rocky,ubuntu"_s,
                          u"type=os"_s, u"visibility=public"_s},
                .operation = u"images.list"_s,
                .paged = true,
                .idField = u"image_id"_s};
    rows << Row{.name = "05 Image Detail",
                .request = ImagesApi::detail(u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s),
                .method = kGet,
                .path = u"/v1/images/PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s,
                .operation = u"images.detail"_s};
    rows << Row{.name = "17 User Script List",
                .request = UserScriptsApi::list(u"init"_s),
                .method = kGet,
                .path = u"/v1/instance/script"_s,
                .query = {u"name=init"_s},
                .operation = u"userscripts.list"_s,
                .paged = true,
                .idField = u"user_script_id"_s};
    rows << Row{.name = "17 User Script List (no name)",
                .request = UserScriptsApi::list(),
                .method = kGet,
                .path = u"/v1/instance/script"_s,
                .operation = u"userscripts.list"_s,
                .paged = true,
                .idField = u"user_script_id"_s};
    return rows;
}

QList<Row> blockStorageRows()
{
    QList<Row> rows;
    const QString volumePath = u"/v1/block-storages/BS-1"_s;

    BlockStorageApi::CreateSpec full;
    full.instanceId = kInstance;
    full.type = u"ssd"_s;
    full.sizeGb = 100;
    full.name = u"data"_s;
    full.description = u"로그 보관"_s;
    BlockStorageApi::CreateSpec minimal;
    minimal.instanceId = kInstance;
    minimal.type = u"sata"_s;
    minimal.sizeGb = 10;

    rows << Row{.name = "18 Block Storage Types",
                .request = BlockStorageApi::types(u"ssd"_s),
                .method = kGet,
                .path = u"/v1/block-storages/types"_s,
                .query = {u"type=ssd"_s},
                .operation = u"blockstorage.types"_s,
                .idField = u"type"_s};
    rows << Row{.name = "18 Block Storage Types (all)",
                .request = BlockStorageApi::types(),
                .method = kGet,
                .path = u"/v1/block-storages/types"_s,
                .operation = u"blockstorage.types"_s,
                .idField = u"type"_s};
    rows << Row{.name = "19 Block Storage List",
                .request = BlockStorageApi::list({u"kr1-z01"_s, u"data"_s, u"ssd"_s}),
                .method = kGet,
                .path = u"/v1/block-storages"_s,
                .query = {u"zone_id=kr1-z01"_s, u"name=data"_s, u"type=ssd"_s},
                .operation = u"blockstorage.list"_s,
                .idField = u"block_storage_id"_s};
    rows << Row{.name = "19 Block Storage List (no filters)",
                .request = BlockStorageApi::list(),
                .method = kGet,
                .path = u"/v1/block-storages"_s,
                .operation = u"blockstorage.list"_s,
                .idField = u"block_storage_id"_s};
    rows << Row{.name = "20 Block Storage Detail",
                .request = BlockStorageApi::detail(u"BS-1"_s),
                .method = kGet,
                .path = volumePath,
                .operation = u"blockstorage.detail"_s};
    rows << Row{.name = "21 Block Storage Create",
                .request = BlockStorageApi::create(full),
                .method = kPost,
                .path = u"/v1/block-storages"_s,
                .body = u"multipart"_s,
                .form = {u"instance_id="_s + kInstance, u"type=ssd"_s, u"size=100"_s,
                         u"name=data"_s, u"description=로그 보관"_s},
                .repeat = u"Never"_s,
                .operation = u"blockstorage.create"_s};
    rows << Row{.name = "21 Block Storage Create (required fields only)",
                .request = BlockStorageApi::create(minimal),
                .method = kPost,
                .path = u"/v1/block-storages"_s,
                .body = u"multipart"_s,
                .form = {u"instance_id="_s + kInstance, u"type=sata"_s, u"size=10"_s},
                .repeat = u"Never"_s,
                .operation = u"blockstorage.create"_s};
    rows << Row{.name = "22 Block Storage Delete",
                .request = BlockStorageApi::remove(u"BS-1"_s),
                .method = kDelete,
                .path = volumePath,
                .repeat = u"Idempotent"_s,
                .operation = u"blockstorage.delete"_s};
    rows << Row{.name = "23 Block Storage Attach",
                .request = BlockStorageApi::attach(u"BS-1"_s, kInstance),
                .method = kPost,
                .path = volumePath + u"/attach/"_s + kInstance,
                .repeat = u"Idempotent"_s,
                .operation = u"blockstorage.attach"_s};
    rows << Row{.name = "24 Block Storage Detach",
                .request = BlockStorageApi::detach(u"BS-1"_s),
                .method = kPost,
                .path = volumePath + u"/detach"_s,
                .repeat = u"Idempotent"_s,
                .operation = u"blockstorage.detach"_s};
    return rows;
}

QList<Row> accountRows()
{
    QList<Row> rows;
    BillingApi::Query billFilters;
    billFilters.startDate = QDate(2023, 12, 1);
    billFilters.endDate = QDate(2023, 12, 31);
    billFilters.minPrice = 0;
    billFilters.maxPrice = 5000000000;

    rows << Row{.name = "25 Live Bill",
                .request = BillingApi::live(),
                .method = kGet,
                .path = u"/v1/bill/live"_s,
                .operation = u"billing.live"_s};
    rows << Row{.name = "26 Billing and Payment List",
                .request = BillingApi::list(billFilters),
                .method = kGet,
                .path = u"/v1/bill"_s,
                .query = {u"start_date=2023-12-01"_s, u"end_date=2023-12-31"_s, u"min_price=0"_s,
                          u"max_price=5000000000"_s},
                .operation = u"billing.list"_s,
                .paged = true,
                .idField = u"bill_id"_s,
                .emptySetIsEmpty = true};
    rows << Row{.name = "26 Billing and Payment List (no filters)",
                .request = BillingApi::list(),
                .method = kGet,
                .path = u"/v1/bill"_s,
                .operation = u"billing.list"_s,
                .paged = true,
                .idField = u"bill_id"_s,
                .emptySetIsEmpty = true};
    rows << Row{.name = "27 Billing and Payment Detail",
                .request = BillingApi::detail(u"BILL-2maQCjuLeNFdjdtIybEMqf"_s),
                .method = kGet,
                .path = u"/v1/bill/BILL-2maQCjuLeNFdjdtIybEMqf"_s,
                .operation = u"billing.detail"_s};
    rows << Row{.name = "28 SSH Key List",
                .request = SshKeysApi::list(u"laptop"_s),
                .method = kGet,
                .path = u"/v1/auth/ssh_key"_s,
                .query = {u"name=laptop"_s},
                .operation = u"sshkeys.list"_s,
                .paged = true,
                .idField = u"ssh_key_id"_s};
    rows << Row{.name = "28 SSH Key List (no name)",
                .request = SshKeysApi::list(),
                .method = kGet,
                .path = u"/v1/auth/ssh_key"_s,
                .operation = u"sshkeys.list"_s,
                .paged = true,
                .idField = u"ssh_key_id"_s};
    return rows;
}

QList<Row> firewallRows()
{
    using FirewallsApi::Dialect;
    QList<Row> rows;

    FirewallsApi::Spec spec;
    spec.title = u"web"_s;
    spec.content = QString();
    spec.icmp = true;
    spec.rules = {httpRule()};
    FirewallsApi::Spec closed;
    closed.title = u"닫힘"_s;
    closed.content = u"no rules"_s;
    closed.icmp = false;

    const QJsonObject specJson{{u"title"_s, u"web"_s},
                               {u"content"_s, QString()},
                               {u"icmp"_s, u"Y"_s},
                               {u"rules"_s, QJsonArray{httpRuleJson()}}};
    const QJsonObject closedJson{{u"title"_s, u"닫힘"_s},
                                 {u"content"_s, u"no rules"_s},
                                 {u"icmp"_s, u"N"_s},
                                 {u"rules"_s, QJsonArray()}};
    const QJsonObject specJsonNoRules{
            {u"title"_s, u"web"_s}, {u"content"_s, QString()}, {u"icmp"_s, u"Y"_s}};
    const QJsonObject attachJson{{u"instance_id"_s, kInstance}};
    const QString fw = u"/v1/firewall/FIREWALL-1"_s;
    const QString sg = u"/v1/security-groups/17"_s;

    rows << Row{.name = "29 Firewall List",
                .request = FirewallsApi::list(),
                .method = kGet,
                .path = u"/v1/firewall"_s,
                .operation = u"firewall.list"_s,
                .paged = true,
                .idField = u"firewall_id"_s};
    rows << Row{.name = "30 Firewall Detail",
                .request = FirewallsApi::detail(u"FIREWALL-1"_s),
                .method = kGet,
                .path = fw,
                .operation = u"firewall.detail"_s};
    rows << Row{.name = "31 Create Firewall",
                .request = FirewallsApi::create(spec),
                .method = kPost,
                .path = u"/v1/firewall"_s,
                .body = u"json"_s,
                .json = specJson,
                .repeat = u"Never"_s,
                .operation = u"firewall.create"_s};
    rows << Row{.name = "32 Edit Firewall",
                .request = FirewallsApi::edit(u"FIREWALL-1"_s, spec),
                .method = kPut,
                .path = fw,
                .body = u"json"_s,
                .json = specJson,
                .repeat = u"Idempotent"_s,
                .operation = u"firewall.edit"_s};
    rows << Row{.name = "32 Edit Firewall (no rules: replaces all with none)",
                .request = FirewallsApi::edit(u"FIREWALL-1"_s, closed),
                .method = kPut,
                .path = fw,
                .body = u"json"_s,
                .json = closedJson,
                .repeat = u"Idempotent"_s,
                .operation = u"firewall.edit"_s};
    rows << Row{.name = "33 Delete Firewall",
                .request = FirewallsApi::remove(u"FIREWALL-1"_s),
                .method = kDelete,
                .path = fw,
                .repeat = u"Idempotent"_s,
                .operation = u"firewall.delete"_s};
    rows << Row{.name = "34 Attach Firewall",
                .request = FirewallsApi::attach(u"FIREWALL-1"_s, kInstance),
                .method = kPost,
                .path = fw + u"/attach"_s,
                .body = u"json"_s,
                .json = attachJson,
                .repeat = u"Idempotent"_s,
                .operation = u"firewall.attach"_s};
    rows << Row{.name = "35 Detach Firewall",
                .request = FirewallsApi::detach(u"FIREWALL-1"_s, kInstance),
                .method = kPost,
                .path = fw + u"/detach"_s,
                .body = u"json"_s,
                .json = attachJson,
                .repeat = u"Idempotent"_s,
                .operation = u"firewall.detach"_s};

    // The same operations in the security-groups dialect: rules are not part of the body.
    rows << Row{.name = "29 Firewall List (security-groups)",
                .request = FirewallsApi::list(Dialect::SecurityGroups),
                .method = kGet,
                .path = u"/v1/security-groups"_s,
                .operation = u"securitygroups.list"_s,
                .paged = true,
                .idField = u"firewall_id"_s};
    rows << Row{.name = "30 Firewall Detail (security-groups)",
                .request = FirewallsApi::detail(u"17"_s, Dialect::SecurityGroups),
                .method = kGet,
                .path = sg,
                .operation = u"securitygroups.detail"_s};
    rows << Row{.name = "31 Create Firewall (security-groups)",
                .request = FirewallsApi::create(spec, Dialect::SecurityGroups),
                .method = kPost,
                .path = u"/v1/security-groups"_s,
                .body = u"json"_s,
                .json = specJsonNoRules,
                .repeat = u"Never"_s,
                .operation = u"securitygroups.create"_s};
    rows << Row{.name = "32 Edit Firewall (security-groups)",
                .request = FirewallsApi::edit(u"17"_s, spec, Dialect::SecurityGroups),
                .method = kPut,
                .path = sg,
                .body = u"json"_s,
                .json = specJsonNoRules,
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.edit"_s};
    rows << Row{.name = "33 Delete Firewall (security-groups)",
                .request = FirewallsApi::remove(u"17"_s, Dialect::SecurityGroups),
                .method = kDelete,
                .path = sg,
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.delete"_s};
    rows << Row{.name = "34 Attach Firewall (security-groups)",
                .request = FirewallsApi::attach(u"17"_s, kInstance, Dialect::SecurityGroups),
                .method = kPost,
                .path = sg + u"/attach"_s,
                .body = u"json"_s,
                .json = attachJson,
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.attach"_s};
    rows << Row{.name = "35 Detach Firewall (security-groups)",
                .request = FirewallsApi::detach(u"17"_s, kInstance, Dialect::SecurityGroups),
                .method = kPost,
                .path = sg + u"/detach"_s,
                .body = u"json"_s,
                .json = attachJson,
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.detach"_s};

    FirewallRule numbered = httpRule();
    numbered.ruleId = u"5"_s;
    rows << Row{.name = "SG Rule List",
                .request = FirewallsApi::groupRules(u"17"_s),
                .method = kGet,
                .path = sg + u"/rules"_s,
                .operation = u"securitygroups.rules"_s};
    rows << Row{.name = "SG Add Rule",
                .request = FirewallsApi::addGroupRule(u"17"_s, numbered),
                .method = kPost,
                .path = sg + u"/rules"_s,
                .body = u"json"_s,
                .json = httpRuleJson(),
                .repeat = u"Never"_s,
                .operation = u"securitygroups.rules.add"_s};
    rows << Row{.name = "SG Edit Rule",
                .request = FirewallsApi::editGroupRule(u"17"_s, numbered),
                .method = kPut,
                .path = sg + u"/rules/5"_s,
                .body = u"json"_s,
                .json = httpRuleJson(),
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.rules.edit"_s};
    rows << Row{.name = "SG Delete Rule",
                .request = FirewallsApi::removeGroupRule(u"17"_s, u"5"_s),
                .method = kDelete,
                .path = sg + u"/rules/5"_s,
                .repeat = u"Idempotent"_s,
                .operation = u"securitygroups.rules.delete"_s};
    rows << Row{.name = "SG Instance List",
                .request = FirewallsApi::groupInstances(u"17"_s),
                .method = kGet,
                .path = sg + u"/instances"_s,
                .operation = u"securitygroups.instances"_s};
    return rows;
}

QList<Row> allRows()
{
    return catalogRows() + instanceRows() + blockStorageRows() + accountRows() + firewallRows();
}

} // namespace

class TstRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildEveryEndpoint_data();
    void shouldBuildEveryEndpoint();
    void shouldKeepEveryRequestWithinTheClientPolicy_data();
    void shouldKeepEveryRequestWithinTheClientPolicy();
    void shouldCoverAllThirtyFiveEndpoints();
    void shouldPercentEncodeIdsInEveryPath_data();
    void shouldPercentEncodeIdsInEveryPath();
    void shouldSendTheDocsFirewallCreateBody();
    void shouldReadAndReplaceQueryValues();
    void shouldNameEveryMethod();
};

void TstRequests::shouldBuildEveryEndpoint_data()
{
    QTest::addColumn<ApiRequest>("request");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("query");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("form");
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("repeat");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("paged");
    QTest::addColumn<QString>("idField");
    QTest::addColumn<bool>("emptySetIsEmpty");

    for (const Row &row : allRows()) {
        QTest::newRow(row.name) << row.request << row.method << row.path << row.query << row.body
                                << row.form << row.json << row.repeat << row.operation
                                << row.paged << row.idField << row.emptySetIsEmpty;
    }
}

void TstRequests::shouldBuildEveryEndpoint()
{
    QFETCH(ApiRequest, request);
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QStringList, query);
    QFETCH(QString, body);
    QFETCH(QStringList, form);
    QFETCH(QJsonObject, json);
    QFETCH(QString, repeat);
    QFETCH(QString, operation);
    QFETCH(bool, paged);
    QFETCH(QString, idField);
    QFETCH(bool, emptySetIsEmpty);

    QCOMPARE(ApiRequest::methodName(request.method), method);
    QCOMPARE(request.path, path);
    QCOMPARE(queryOf(request), query);
    QCOMPARE(bodyName(request.body), body);
    QCOMPARE(formOf(request), form);
    QCOMPARE(request.json, json);
    QCOMPARE(repeatName(request.repeat), repeat);
    QCOMPARE(request.operation, operation);
    QCOMPARE(request.paged, paged);
    QCOMPARE(request.idField, idField);
    QCOMPARE(request.emptySetIsEmpty, emptySetIsEmpty);
    QCOMPARE(request.isMutating(), method != u"GET"_s);
}

void TstRequests::shouldKeepEveryRequestWithinTheClientPolicy_data()
{
    shouldBuildEveryEndpoint_data();
}

void TstRequests::shouldKeepEveryRequestWithinTheClientPolicy()
{
    QFETCH(ApiRequest, request);

    // Signed exactly as sent: the path alone, no query string, no trailing slash.
    QVERIFY(request.path.startsWith(u"/v1/"_s));
    QVERIFY(!request.path.endsWith(u'/'));
    QVERIFY(!request.path.contains(u'?'));
    QVERIFY(!request.path.contains(u' '));
    QVERIFY(!request.path.contains(u"//"_s));
    QVERIFY2(request.path.toLatin1() == request.path.toUtf8(),
             "the path must be percent-encoded ASCII");
    QVERIFY(!request.operation.isEmpty());

    if (request.method == HttpMethod::Get) {
        // A read: no body, repeat at will.
        QCOMPARE(repeatName(request.repeat), u"Safe"_s);
        QCOMPARE(bodyName(request.body), u"none"_s);
        QVERIFY(request.form.isEmpty());
        QVERIFY(request.json.isEmpty());
    } else {
        QVERIFY(request.repeat != Repeat::Safe);
        QVERIFY(!request.paged);
    }
    // Form fields travel only as multipart, JSON only as JSON.
    if (!request.form.isEmpty())
        QCOMPARE(bodyName(request.body), u"multipart"_s);
    if (!request.json.isEmpty())
        QCOMPARE(bodyName(request.body), u"json"_s);
    // Paged listings must say how to recognise a repeated page.
    if (request.paged)
        QVERIFY(!request.idField.isEmpty());
    // Query values are never empty (empty filters are not sent).
    for (const auto &item : request.query) {
        QVERIFY(!item.first.isEmpty());
        QVERIFY2(!item.second.isEmpty(), qPrintable(item.first));
    }
}

void TstRequests::shouldCoverAllThirtyFiveEndpoints()
{
    QSet<int> numbers;
    QSet<QString> names;
    static const QRegularExpression numbered(u"^(\\d\\d) "_s);
    for (const Row &row : allRows()) {
        const QString name = QString::fromUtf8(row.name);
        QVERIFY2(!names.contains(name), row.name);
        names.insert(name);
        const QRegularExpressionMatch match = numbered.match(name);
        if (match.hasMatch())
            numbers.insert(match.captured(1).toInt());
    }
    for (int n = 1; n <= 35; ++n)
        QVERIFY2(numbers.contains(n), qPrintable(u"endpoint %1 has no row"_s.arg(n)));
    QCOMPARE(numbers.size(), 35);
}

void TstRequests::shouldPercentEncodeIdsInEveryPath_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("plain") << u"INSTANCE-abc"_s << u"INSTANCE-abc"_s;
    QTest::newRow("dots") << u"std.v2.m4"_s << u"std.v2.m4"_s;
    QTest::newRow("unreserved") << u"a-b_c.d~e"_s << u"a-b_c.d~e"_s;
    QTest::newRow("space") << u"my volume"_s << u"my%20volume"_s;
    QTest::newRow("korean") << u"서버"_s << u"%EC%84%9C%EB%B2%84"_s;
    QTest::newRow("korean with space") << u"웹 서버"_s << u"%EC%9B%B9%20%EC%84%9C%EB%B2%84"_s;
    QTest::newRow("slash") << u"a/b"_s << u"a%2Fb"_s;
    QTest::newRow("query and fragment") << u"a?b#c"_s << u"a%3Fb%23c"_s;
    QTest::newRow("percent") << u"%41"_s << u"%2541"_s;
    QTest::newRow("plus and ampersand") << u"a+b&c=d"_s << u"a%2Bb%26c%3Dd"_s;
}

void TstRequests::shouldPercentEncodeIdsInEveryPath()
{
    QFETCH(QString, id);
    QFETCH(QString, encoded);

    QCOMPARE(FlavorsApi::detail(id).path, u"/v1/flavors/"_s + encoded);
    QCOMPARE(ImagesApi::detail(id).path, u"/v1/images/"_s + encoded);
    QCOMPARE(InstancesApi::detail(id).path, u"/v1/instances/"_s + encoded);
    QCOMPARE(InstancesApi::edit(id, u"n"_s, u"d"_s).path, u"/v1/instances/"_s + encoded);
    QCOMPARE(InstancesApi::remove(id).path, u"/v1/instances/"_s + encoded);
    QCOMPARE(InstancesApi::start(id).path, u"/v1/instances/"_s + encoded + u"/start"_s);
    QCOMPARE(InstancesApi::resize(id, u"f"_s).path, u"/v1/instances/"_s + encoded + u"/resize"_s);
    QCOMPARE(InstancesApi::remoteConsole(id).path,
             u"/v1/instances/"_s + encoded + u"/remote-console"_s);
    QCOMPARE(BlockStorageApi::detail(id).path, u"/v1/block-storages/"_s + encoded);
    QCOMPARE(BlockStorageApi::attach(id, id).path,
             u"/v1/block-storages/"_s + encoded + u"/attach/"_s + encoded);
    QCOMPARE(BlockStorageApi::detach(id).path, u"/v1/block-storages/"_s + encoded + u"/detach"_s);
    QCOMPARE(BillingApi::detail(id).path, u"/v1/bill/"_s + encoded);
    QCOMPARE(FirewallsApi::detail(id).path, u"/v1/firewall/"_s + encoded);
    QCOMPARE(FirewallsApi::attach(id, u"i"_s).path, u"/v1/firewall/"_s + encoded + u"/attach"_s);
    QCOMPARE(FirewallsApi::removeGroupRule(id, id).path,
             u"/v1/security-groups/"_s + encoded + u"/rules/"_s + encoded);

    // Ids inside bodies travel as written: the transport encodes them.
    QCOMPARE(InstancesApi::resize(u"i"_s, id).formValue(u"flavor_id"_s), id);
    QCOMPARE(FirewallsApi::attach(u"f"_s, id).json.value("instance_id"_L1).toString(), id);
}

void TstRequests::shouldSendTheDocsFirewallCreateBody()
{
    // The docs' example request, built from the equivalent spec.
    FirewallsApi::Spec spec;
    spec.title = u"Firewall01"_s;
    spec.content = u"firewall"_s;
    spec.icmp = true;
    FirewallRule http;
    http.bound = u"IN"_s;
    http.protocol = u"TCP"_s;
    http.port = u"80"_s;
    http.ip = u"192.168.1.10/24"_s;
    http.content = u"Allow inbound HTTP traffic on port 80"_s;
    http.title = u"Allow HTTP"_s;
    FirewallRule dns;
    dns.bound = u"OUT"_s;
    dns.protocol = u"UDP"_s;
    dns.port = u"53"_s;
    dns.ip = u"10.0.0.5/16"_s;
    dns.content = u"Allow outbound DNS traffic on port 53"_s;
    dns.title = u"Allow DNS"_s;
    spec.rules = {http, dns};

    const QJsonObject expected = Fixtures::object(u"firewall-create-request.json"_s);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(expected.value("rules"_L1).toArray().size(), 2);

    const ApiRequest create = FirewallsApi::create(spec);
    QCOMPARE(create.json, expected);
    QCOMPARE(bodyName(create.body), u"json"_s);
    QVERIFY(create.form.isEmpty());
    // Edit sends the same body ("JSON as create").
    QCOMPARE(FirewallsApi::edit(u"FIREWALL-1"_s, spec).json, expected);
    QCOMPARE(FirewallsApi::specToJson(spec, true), expected);
}

void TstRequests::shouldReadAndReplaceQueryValues()
{
    ApiRequest request = InstancesApi::list();
    QCOMPARE(request.queryValue(u"fields"_s), u"245631"_s);
    QCOMPARE(request.queryValue(u"page_no"_s), QString());

    request.setQueryValue(u"page_no"_s, u"1"_s);
    request.setQueryValue(u"page_size"_s, u"100"_s);
    request.setQueryValue(u"page_no"_s, u"2"_s);
    QCOMPARE(queryOf(request),
             (QStringList{u"fields=245631"_s, u"page_no=2"_s, u"page_size=100"_s}));

    const ApiRequest create = BlockStorageApi::create({kInstance, u"ssd"_s, 20, {}, {}});
    QCOMPARE(create.formValue(u"size"_s), u"20"_s);
    QCOMPARE(create.formValue(u"instance_id"_s), kInstance);
    QCOMPARE(create.formValue(u"name"_s), QString());
}

void TstRequests::shouldNameEveryMethod()
{
    QCOMPARE(ApiRequest::methodName(HttpMethod::Get), u"GET"_s);
    QCOMPARE(ApiRequest::methodName(HttpMethod::Post), u"POST"_s);
    QCOMPARE(ApiRequest::methodName(HttpMethod::Put), u"PUT"_s);
    QCOMPARE(ApiRequest::methodName(HttpMethod::Delete), u"DELETE"_s);
}

// clang-format on
QTEST_GUILESS_MAIN(TstRequests)
#include "tst_requests.moc"
