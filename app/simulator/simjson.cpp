#include "simjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SimJson {

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject price(const Price &p, SimOptions::FlavorPrice shape)
{
    switch (shape) {
    case SimOptions::FlavorPrice::Number:
        return QJsonObject {{u"type"_s, p.type}, {u"KRW"_s, p.price}};
    case SimOptions::FlavorPrice::Object:
        break;
    }
    return QJsonObject {
            {u"type"_s, p.type},
            {u"KRW"_s,
             QJsonObject {{u"price"_s, p.price}, {u"vat"_s, p.vat}, {u"total"_s, p.total}}}};
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QJsonObject zone(const Zone &z)
{
    return QJsonObject {{u"zone_id"_s, z.id},
                        {u"zone_name"_s, z.name},
                        {u"status"_s, z.status},
                        {u"content"_s, strings(z.content)}};
}

QJsonObject flavor(const Flavor &f, SimOptions::FlavorPrice priceShape)
{
    return QJsonObject {{u"flavor_id"_s, f.id},
                        {u"name"_s, f.name},
                        {u"provide"_s, f.provide},
                        {u"status"_s, f.status},
                        {u"spec"_s,
                         QJsonObject {{u"type"_s, f.type},
                                      {u"vcpu"_s, f.vcpu},
                                      {u"memory"_s, f.memoryGb},
                                      {u"disk"_s, f.diskGb},
                                      {u"network"_s, f.network},
                                      {u"gpu"_s, orNull(f.gpu)}}},
                        {u"supporting_images"_s, strings(f.supportingImages)},
                        {u"zone"_s, strings(f.zones)},
                        {u"price"_s,
                         QJsonObject {{u"full"_s, price(f.full, priceShape)},
                                      {u"partial"_s, price(f.partial, priceShape)}}}};
}

QJsonObject image(const Image &i)
{
    QJsonObject o {{u"image_id"_s, i.id},
                   {u"visibility"_s, i.visibility},
                   {u"os"_s,
                    QJsonObject {{u"type"_s, i.osKind},
                                 {u"name"_s, i.osName},
                                 {u"status"_s, i.osStatus},
                                 {u"content"_s, strings(i.osContent)},
                                 {u"os_type"_s, i.osType},
                                 {u"version"_s, i.osVersion},
                                 {u"oid"_s, i.oid}}},
                   {u"image_type"_s, i.imageType},
                   {u"zone"_s, strings(i.zones)}};
    if (i.visibility == u"private"_s) {
        o.insert(u"name"_s, i.name);
        o.insert(u"description"_s, i.description);
        o.insert(u"status"_s, i.status);
        o.insert(u"protected"_s, i.isProtected);
        o.insert(u"min_disk"_s, i.minDiskGb);
        o.insert(u"min_ram"_s, i.minRamMb);
        o.insert(u"file_size"_s, i.fileSize);
        o.insert(u"created_at"_s, i.createdAt);
        o.insert(u"updated_at"_s, i.updatedAt);
        o.insert(u"tags"_s, strings(i.tags));
    }
    return o;
}

QJsonObject instance(const Instance &in, qint64 fields)
{
    auto want = [fields](qint64 bit) { return fields < 0 || (fields & bit) != 0; };
    QJsonObject o;
    if (want(FieldBits::InstanceId))
        o.insert(u"instance_id"_s, in.id);
    if (want(FieldBits::Name))
        o.insert(u"name"_s, in.name);
    if (want(FieldBits::Description))
        o.insert(u"description"_s, in.description);
    if (want(FieldBits::Status))
        o.insert(u"status"_s, in.status);
    o.insert(u"provide"_s, in.provide);
    o.insert(u"start_date"_s, in.startDate);
    o.insert(u"stop_date"_s, orNull(in.stopDate));
    if (want(FieldBits::DefaultAccount))
        o.insert(u"default_account"_s,
                 QJsonObject {{u"username"_s, in.defaultAccountUser},
                              {u"password"_s, in.defaultAccountPassword}});
    QJsonArray ips;
    for (const InstanceIp &ip : in.ips) {
        ips.append(
                QJsonObject {{u"public"_s,
                              QJsonObject {{u"address"_s, orNull(ip.publicAddress)},
                                           {u"attached"_s, ip.publicAttached ? u"Y"_s : u"N"_s}}},
                             {u"private"_s,
                              QJsonObject {{u"address"_s, ip.privateAddress},
                                           {u"netmask"_s, ip.netmask},
                                           {u"network"_s, ip.network},
                                           {u"broadcast"_s, ip.broadcast},
                                           {u"gateway"_s, ip.gateway}}},
                             {u"type"_s, ip.type}});
    }
    o.insert(u"ip"_s, ips);
    if (want(FieldBits::Zone))
        o.insert(u"zone"_s, QJsonObject {{u"zone_id"_s, in.zoneId}, {u"name"_s, in.zoneName}});
    if (want(FieldBits::Flavor))
        o.insert(u"flavor"_s,
                 QJsonObject {{u"flavor_id"_s, in.flavor.id},
                              {u"name"_s, in.flavor.name},
                              {u"type"_s, in.flavor.type},
                              {u"vcpu"_s, in.flavor.vcpu},
                              {u"memory"_s, in.flavor.memoryGb},
                              {u"disk"_s, in.flavor.diskGb},
                              {u"network"_s, in.flavor.network},
                              {u"gpu"_s, orNull(in.flavor.gpu)}});
    if (want(FieldBits::Image))
        o.insert(u"image"_s,
                 QJsonObject {{u"image_id"_s, in.image.id},
                              {u"name"_s, in.image.name},
                              {u"os_type"_s, in.image.osType},
                              {u"version"_s, in.image.version}});
    o.insert(u"monitoring"_s,
             QJsonObject {
                     {u"port"_s, in.monitoringPort},
                     {u"resource"_s, QJsonArray {u"cpu"_s, u"memory"_s, u"disk"_s, u"network"_s}}});
    o.insert(u"block_storage"_s, strings(in.blockStorageIds));
    if (want(FieldBits::Vnc))
        o.insert(u"vnc"_s, QJsonObject {{u"link"_s, in.vncLink}, {u"type"_s, in.vncType}});
    o.insert(u"connection_limit"_s,
             QJsonObject {{u"block_storage"_s, in.limitBlockStorage}, {u"ip"_s, in.limitIp}});
    o.insert(u"traffic"_s,
             QJsonObject {{u"default"_s, in.trafficDefault},
                          {u"period"_s, in.trafficPeriod},
                          {u"limit"_s, in.trafficLimit},
                          {u"reset_allow_count"_s, in.trafficResetAllowCount}});
    return o;
}

QJsonObject volume(const BlockStorage &v)
{
    return QJsonObject {{u"block_storage_id"_s, v.id},
                        {u"name"_s, v.name},
                        {u"description"_s, v.description},
                        {u"type"_s, v.type},
                        {u"size"_s, v.sizeGb},
                        {u"status"_s, v.status},
                        {u"zone_id"_s, v.zoneId},
                        {u"instance_id"_s, orNull(v.instanceId)},
                        {u"created_at"_s, v.createdAt}};
}

QJsonObject volumeType(const BlockStorageType &t)
{
    return QJsonObject {
            {u"type"_s, t.type},
            {u"min"_s, t.minGb},
            {u"max"_s, t.maxGb},
            {u"zones"_s,
             t.zones.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(strings(t.zones))}};
}

QJsonObject rule(const FirewallRule &r)
{
    return QJsonObject {{u"rule_id"_s, r.ruleId.toLongLong()},
                        {u"bound"_s, r.bound},
                        {u"protocol"_s, r.protocol},
                        {u"port"_s, r.port},
                        {u"ip"_s, r.ip},
                        {u"title"_s, r.title},
                        {u"content"_s, r.content}};
}

QJsonObject firewall(const Firewall &f)
{
    QJsonArray rules;
    for (const FirewallRule &r : f.rules)
        rules.append(rule(r));
    return QJsonObject {{u"firewall_id"_s, f.id},
                        {u"title"_s, f.title},
                        {u"content"_s, f.content},
                        {u"icmp"_s, f.icmp ? u"Y"_s : u"N"_s},
                        {u"instances"_s, strings(f.instanceIds)},
                        {u"rules"_s, rules}};
}

QJsonObject securityGroup(const Firewall &g)
{
    // Observed: `<` comes back as `&lt;` (escaped once, on the way out; stored as sent).
    return QJsonObject {{u"firewall_id"_s, g.id},
                        {u"title"_s, g.title},
                        {u"icmp"_s, g.icmp ? u"Y"_s : u"N"_s},
                        {u"content"_s, orNull(g.content.toHtmlEscaped())}};
}

QJsonObject groupRule(const FirewallRule &r)
{
    QJsonObject o = rule(r);
    o.insert(u"content"_s, orNull(r.content));
    return o;
}

QJsonObject sshKey(const SshKey &k)
{
    return QJsonObject {
            {u"ssh_key_id"_s, k.id}, {u"name"_s, k.name}, {u"start_date"_s, k.startDate}};
}

QJsonObject userScript(const UserScript &s)
{
    return QJsonObject {
            {u"user_script_id"_s, s.id}, {u"name"_s, s.name}, {u"start_date"_s, s.startDate}};
}

QJsonObject bill(const Bill &b, bool detail)
{
    QJsonObject o {{u"bill_id"_s, b.id},
                   {u"type"_s, b.type},
                   {u"usage_start"_s, b.usageStart},
                   {u"usage_end"_s, b.usageEnd},
                   {u"bill_date"_s, b.billDate},
                   {u"payment_status"_s, b.paymentStatus},
                   {u"name"_s, b.name},
                   {u"price"_s, b.price},
                   {u"vat"_s, b.vat},
                   {u"payment_price"_s, b.paymentPrice},
                   {u"currency"_s, b.currency},
                   {u"date_paid"_s, orNull(b.datePaid)},
                   {u"invoice"_s, strings(b.invoiceUrls)},
                   {u"tax"_s, strings(b.taxUrls)}};
    if (detail) {
        QJsonArray groups;
        for (const BillGroup &g : b.groups) {
            QJsonArray items;
            for (const BillItem &i : g.items)
                items.append(QJsonObject {{u"service_id"_s, i.serviceId},
                                          {u"name"_s, i.name},
                                          {u"price"_s, i.price},
                                          {u"vat"_s, i.vat},
                                          {u"usage_start"_s, i.usageStart},
                                          {u"usage_end"_s, i.usageEnd}});
            groups.append(QJsonObject {{u"type"_s, g.type},
                                       {u"count"_s, g.count},
                                       {u"sub_total"_s, g.subTotal},
                                       {u"item"_s, items}});
        }
        o.insert(u"group"_s, groups);
    }
    return o;
}

} // namespace SimJson
