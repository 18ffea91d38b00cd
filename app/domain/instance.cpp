#include "instance.h"

QString Instance::firstPublicIp() const
{
    const QStringList all = publicIps();
    return all.isEmpty() ? QString() : all.first();
}

QString Instance::firstPrivateIp() const
{
    const QStringList all = privateIps();
    return all.isEmpty() ? QString() : all.first();
}

QStringList Instance::publicIps() const
{
    QStringList out;
    for (const InstanceIp &ip : ips) {
        if (!ip.publicAddress.isEmpty())
            out.append(ip.publicAddress);
    }
    return out;
}

QStringList Instance::privateIps() const
{
    QStringList out;
    for (const InstanceIp &ip : ips) {
        if (!ip.privateAddress.isEmpty())
            out.append(ip.privateAddress);
    }
    return out;
}
