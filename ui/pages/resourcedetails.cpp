#include "resourcedetails.h"

#include "domain/pricing.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/sshkeymodel.h"
#include "models/statustext.h"
#include "models/userscriptmodel.h"
#include "models/zonemodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"

using namespace Qt::StringLiterals;

namespace {
void add(QList<DetailRow> &rows, const QString &label, const QString &value, bool copyable = false)
{
    if (!value.isEmpty())
        rows.append(DetailRow {label, value, copyable, false, {}});
}

QString priceLine(const Price &p)
{
    if (!p.known)
        return {};
    //: %1 price without VAT, %2 with VAT
    return QCoreApplication::translate("ResourceDetails", "%1 (excl. VAT) · %2 (incl. VAT)")
            .arg(Format::money(p.price), Format::money(p.total));
}

//! The label of a spec's price: its type where given, else what its key means (Pricing).
QString priceLabel(const Price &p, Pricing::Period byKey)
{
    switch (Pricing::periodOf(p, byKey)) {
    case Pricing::Period::Month:
        return QCoreApplication::translate("ResourceDetails", "Monthly price");
    case Pricing::Period::Hour:
        return QCoreApplication::translate("ResourceDetails", "Hourly price");
    case Pricing::Period::Day:
        return QCoreApplication::translate("ResourceDetails", "Daily price");
    case Pricing::Period::Other:
    case Pricing::Period::Unstated:
        break;
    }
    //: %1 is the price type as the server wrote it
    return QCoreApplication::translate("ResourceDetails", "Price (%1)").arg(p.type);
}

QString serverName(const AccountSession &s, const QString &id)
{
    const Instance *in = s.instances()->find(id);
    return in ? u"%1 (%2)"_s.arg(in->name, id) : id;
}
} // namespace

QList<DetailSection> ResourceDetails::instance(const AccountSession &s, const QString &id)
{
    const Instance *in = s.instances()->find(id);
    if (!in)
        return {};
    DetailSection general {tr("Server"), {}};
    add(general.rows, tr("Name"), in->name, true);
    add(general.rows, tr("Status"), StatusText::instance(in->status));
    add(general.rows, tr("Description"), in->description);
    add(general.rows, tr("Zone"),
        in->zoneName.isEmpty() ? in->zoneId : u"%1 (%2)"_s.arg(in->zoneId, in->zoneName));
    add(general.rows, tr("Server ID"), in->id, true);
    add(general.rows, tr("Created"), Format::apiDateTime(in->startDate));
    add(general.rows, tr("Stopped"), Format::apiDateTime(in->stopDate));

    DetailSection spec {tr("Spec"), {}};
    add(spec.rows, tr("Spec"), in->flavor.name.isEmpty() ? in->flavor.id : in->flavor.name);
    if (in->flavor.vcpu > 0)
        add(spec.rows, tr("vCPU"), QString::number(in->flavor.vcpu));
    if (in->flavor.memoryGb > 0)
        add(spec.rows, tr("Memory"), Format::gigabytes(in->flavor.memoryGb));
    if (in->flavor.diskGb > 0)
        add(spec.rows, tr("Disk"), Format::gigabytes(in->flavor.diskGb));
    add(spec.rows, tr("Network"), in->flavor.network);
    add(spec.rows, tr("GPU"), in->flavor.gpu);
    add(spec.rows, tr("OS"),
        in->image.version.isEmpty() || in->image.name.contains(in->image.version)
                ? in->image.name
                : u"%1 (%2)"_s.arg(in->image.name, in->image.version));

    DetailSection network {tr("Network"), {}};
    for (const InstanceIp &ip : in->ips) {
        add(network.rows, tr("Public IP"), ip.publicAddress, true);
        add(network.rows, tr("Private IP"), ip.privateAddress, true);
        if (!ip.netmask.isEmpty() || !ip.gateway.isEmpty())
            add(network.rows, tr("Netmask / gateway"), u"%1 / %2"_s.arg(ip.netmask, ip.gateway));
    }
    // Only what is known: "none" only once the firewalls have been listed.
    const Firewall *fw = s.firewalls()->firewallOf(in->id);
    if (fw)
        add(network.rows, tr("Firewall"), fw->title);
    else if (!in->firewallId.isEmpty())
        add(network.rows, tr("Firewall"), in->firewallId);
    else if (s.store(Resource::Firewalls)->hasData())
        add(network.rows, tr("Firewall"), tr("None"));
    network.key = u"network"_s;
    if (!network.rows.isEmpty() && network.rows.last().label == tr("Firewall"))
        network.rows.last().key = fw ? fw->id : QString();

    DetailSection storage {tr("Block storage"), {}};
    for (const QString &volumeId : in->blockStorageIds) {
        const BlockStorage *v = s.volumes()->find(volumeId);
        add(storage.rows, v ? v->name : volumeId,
            v ? u"%1 · %2 · %3"_s.arg(v->type, Format::gigabytes(v->sizeGb),
                                      StatusText::volume(v->status))
              : volumeId);
        storage.rows.last().key = volumeId;
    }
    storage.key = u"storage"_s;
    if (storage.rows.isEmpty())
        add(storage.rows, tr("Attached"), tr("None"));

    // The secrets are not held: read from the server when the person asks to see or copy them.
    DetailSection access {tr("Access"), {}};
    // The login name comes with the password (the same field of the API): shown once read.
    access.rows.append(
            DetailRow {tr("Default account"), {}, true, false, {}, u"username"_s, false});
    access.rows.append(
            DetailRow {tr("Initial password"), {}, true, true, {}, u"password"_s, false});
    access.rows.append(DetailRow {tr("Console link"), {}, true, true, {}, u"console"_s, true});
    return {general, spec, network, storage, access};
}

QList<DetailSection> ResourceDetails::volume(const AccountSession &s, const QString &id)
{
    const BlockStorage *v = s.volumes()->find(id);
    if (!v)
        return {};
    DetailSection general {tr("Block storage"), {}};
    add(general.rows, tr("Name"), v->name, true);
    add(general.rows, tr("Status"), StatusText::volume(v->status));
    add(general.rows, tr("Description"), v->description);
    add(general.rows, tr("Type"), v->type);
    add(general.rows, tr("Size"), Format::gigabytes(v->sizeGb));
    add(general.rows, tr("Zone"), v->zoneId);
    add(general.rows, tr("Server"),
        v->instanceId.isEmpty() ? tr("Not attached") : serverName(s, v->instanceId));
    add(general.rows, tr("Created"), Format::apiDateTime(v->createdAt));
    add(general.rows, tr("Block storage ID"), v->id, true);
    return {general};
}

QList<DetailSection> ResourceDetails::firewall(const AccountSession &s, const QString &id)
{
    const Firewall *f = s.firewalls()->find(id);
    if (!f)
        return {};
    DetailSection general {tr("Firewall"), {}};
    add(general.rows, tr("Name"), f->title, true);
    add(general.rows, tr("Description"), f->content);
    add(general.rows, tr("ICMP"), f->icmp ? tr("Allowed") : tr("Blocked"));
    add(general.rows, tr("Firewall ID"), f->id, true);
    DetailSection rules {tr("Rules"), {}};
    for (const FirewallRule &r : f->rules) {
        const QString direction = r.bound == u"IN"_s ? tr("Inbound")
                : r.bound == u"OUT"_s                ? tr("Outbound")
                                                     : r.bound;
        //: a firewall rule: direction, protocol, port, address range
        add(rules.rows, r.title.isEmpty() ? direction : r.title,
            tr("%1 · %2 %3 · %4").arg(direction, r.protocol, r.port, r.ip));
    }
    if (rules.rows.isEmpty())
        add(rules.rows, tr("Rules"), tr("No rules yet."));
    DetailSection servers {tr("Servers"), {}};
    servers.key = u"servers"_s;
    for (const QString &instanceId : f->instanceIds) {
        add(servers.rows, tr("Server"), serverName(s, instanceId), true);
        servers.rows.last().key = instanceId;
    }
    if (servers.rows.isEmpty())
        add(servers.rows, tr("Servers"), tr("None"));
    return {general, rules, servers};
}

QList<DetailSection> ResourceDetails::image(const AccountSession &s, const QString &id)
{
    const Image *i = s.images()->find(id);
    if (!i)
        return {};
    DetailSection general {tr("Image"), {}};
    add(general.rows, tr("Name"), i->displayName(), true);
    add(general.rows, tr("OS"), i->osType);
    add(general.rows, tr("Version"), i->osVersion);
    add(general.rows, tr("Kind"), ImageModel::kindText(i->osKind));
    add(general.rows, tr("Visibility"), ImageModel::visibilityText(i->visibility));
    add(general.rows, tr("Image type"), i->imageType);
    add(general.rows, tr("Zones"), i->zones.join(u", "_s));
    add(general.rows, tr("Image ID"), i->id, true);
    DetailSection notes {tr("Notes"), {}};
    for (const QString &line : i->osContent)
        add(notes.rows, QString(), line);
    QList<DetailSection> out {general};
    if (!notes.rows.isEmpty())
        out.append(notes);
    if (i->visibility == u"private"_s) {
        DetailSection mine {tr("MY image"), {}};
        add(mine.rows, tr("Description"), i->description);
        add(mine.rows, tr("Status"), StatusText::availability(i->status));
        add(mine.rows, tr("Protected"), i->isProtected ? tr("Yes") : tr("No"));
        if (i->minDiskGb > 0)
            add(mine.rows, tr("Minimum disk"), Format::gigabytes(i->minDiskGb));
        if (i->fileSize > 0)
            add(mine.rows, tr("File size"), QLocale().formattedDataSize(i->fileSize));
        add(mine.rows, tr("Created"), Format::apiDateTime(i->createdAt));
        add(mine.rows, tr("Updated"), Format::apiDateTime(i->updatedAt));
        add(mine.rows, tr("Tags"), i->tags.join(u", "_s));
        out.append(mine);
    }
    return out;
}

QList<DetailSection> ResourceDetails::flavor(const AccountSession &s, const QString &id)
{
    const Flavor *f = s.flavors()->find(id);
    if (!f)
        return {};
    DetailSection general {tr("Spec"), {}};
    add(general.rows, tr("Name"), f->name, true);
    add(general.rows, tr("Type"), f->type);
    add(general.rows, tr("Status"), StatusText::availability(f->status));
    add(general.rows, tr("vCPU"), QString::number(f->vcpu));
    add(general.rows, tr("Memory"), Format::gigabytes(f->memoryGb));
    add(general.rows, tr("Disk"), Format::gigabytes(f->diskGb));
    add(general.rows, tr("Network"), f->network);
    add(general.rows, tr("GPU"), f->gpu.isEmpty() ? tr("None") : f->gpu);
    add(general.rows, tr("Zones"), f->zones.join(u", "_s));
    add(general.rows, tr("Spec ID"), f->id, true);
    DetailSection price {tr("Price"), {}};
    add(price.rows, priceLabel(f->full, Pricing::Period::Month), priceLine(f->full));
    add(price.rows, priceLabel(f->partial, Pricing::Period::Hour), priceLine(f->partial));
    if (price.rows.isEmpty())
        add(price.rows, tr("Price"), tr("Not given by the server"));
    DetailSection images {tr("Supported images (%n)", nullptr, int(f->supportingImages.size())),
                          {}};
    for (const QString &imageId : f->supportingImages) {
        const Image *i = s.images()->find(imageId);
        add(images.rows, QString(), i ? i->displayName() : imageId);
    }
    return {general, price, images};
}

QList<DetailSection> ResourceDetails::zone(const AccountSession &s, const QString &id)
{
    const Zone *z = s.zones()->find(id);
    if (!z)
        return {};
    DetailSection general {tr("Zone"), {}};
    add(general.rows, tr("Zone"), z->id, true);
    add(general.rows, tr("Name"), z->name);
    add(general.rows, tr("Status"), StatusText::availability(z->status));
    for (const QString &line : z->content)
        add(general.rows, tr("Note"), line);
    return {general};
}

QList<DetailSection> ResourceDetails::sshKey(const AccountSession &s, const QString &id)
{
    const SshKey *k = s.sshKeys()->find(id);
    if (!k)
        return {};
    DetailSection general {tr("SSH Key"), {}};
    add(general.rows, tr("Name"), k->name, true);
    add(general.rows, tr("Registered"), Format::apiDateTime(k->startDate));
    add(general.rows, tr("SSH Key ID"), k->id, true);
    add(general.rows, tr("Note"), tr("SSH keys are added in the iwinv web console."));
    return {general};
}

QList<DetailSection> ResourceDetails::userScript(const AccountSession &s, const QString &id)
{
    const UserScript *u = s.userScripts()->find(id);
    if (!u)
        return {};
    DetailSection general {tr("User script"), {}};
    add(general.rows, tr("Name"), u->name, true);
    add(general.rows, tr("Registered"), Format::apiDateTime(u->startDate));
    add(general.rows, tr("Script ID"), u->id, true);
    add(general.rows, tr("Note"), tr("User scripts are added in the iwinv web console."));
    return {general};
}
