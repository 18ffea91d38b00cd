#include "siminstancefactory.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SimInstanceFactory {

void applyFlavor(Instance &in, const Flavor &flavor)
{
    in.flavor.id = flavor.id;
    in.flavor.name = flavor.name;
    in.flavor.type = flavor.type;
    in.flavor.vcpu = flavor.vcpu;
    in.flavor.memoryGb = flavor.memoryGb;
    in.flavor.diskGb = flavor.diskGb;
    in.flavor.network = flavor.network;
    in.flavor.gpu = flavor.gpu;
}

void applyImage(Instance &in, const Image &image)
{
    in.image.id = image.id;
    in.image.name = image.displayName();
    in.image.osType = image.osType;
    in.image.version = image.osVersion;
    in.defaultAccountUser = image.osType.startsWith(u"WINDOWS"_s) ? u"Administrator"_s : u"root"_s;
}

SimInstance make(SimState &state, const QString &name, const QString &zoneId, const Flavor &flavor,
                 const Image &image, qint64 createdMs)
{
    SimInstance si;
    Instance &in = si.data;
    in.id = state.newId(u"INSTANCE-"_s);
    in.name = name;
    in.status = u"building"_s;
    in.provide = u"Y"_s;
    // In KST, as iwinv writes it.
    in.startDate = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::OffsetFromUTC, 9 * 3600)
                           .toString(u"yyyy-MM-dd HH:mm:ss"_s);
    in.defaultAccountPassword = state.randomToken(16);
    const int host = state.nextHost++;
    const int zoneOctet = zoneId.startsWith(u"kr2"_s) ? 20 : 10;
    InstanceIp ip;
    ip.publicAddress = u"115.68.%1.%2"_s.arg(zoneOctet + (host / 250) % 200).arg(host % 250 + 2);
    ip.publicAttached = true;
    ip.privateAddress = u"10.%1.%2.%3"_s.arg(zoneOctet).arg((host / 250) % 250).arg(host % 250 + 2);
    ip.netmask = u"255.255.0.0"_s;
    ip.network = u"10.%1.0.0"_s.arg(zoneOctet);
    ip.broadcast = u"10.%1.255.255"_s.arg(zoneOctet);
    ip.gateway = u"10.%1.0.1"_s.arg(zoneOctet);
    ip.type = u"default"_s;
    in.ips = {ip};
    in.zoneId = zoneId;
    if (const Zone *zone = state.zone(zoneId))
        in.zoneName = zone->name;
    applyFlavor(in, flavor);
    applyImage(in, image);
    in.monitoringPort = u"9100"_s;
    in.vncLink = u"https://console.iwinv.kr/vnc/?token="_s + state.randomToken(32);
    in.vncType = u"novnc"_s;
    in.limitBlockStorage = 3;
    in.limitIp = 1;
    in.trafficDefault = 2000;
    in.trafficPeriod = u"month"_s;
    in.trafficLimit = 2000;
    in.trafficResetAllowCount = 1;
    return si;
}

} // namespace SimInstanceFactory
