#pragma once

#include <QList>
#include <QString>
#include <QStringList>

//! One network interface of an instance: its public and private sides.
struct InstanceIp
{
    QString publicAddress;
    bool publicAttached = false;
    QString privateAddress;
    QString netmask;
    QString network;
    QString broadcast;
    QString gateway;
    QString type;
    friend bool operator==(const InstanceIp &, const InstanceIp &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(InstanceIp, Q_RELOCATABLE_TYPE);

//! The spec an instance runs on, as the instance reports it.
struct InstanceFlavor
{
    QString id;
    QString name;
    QString type;
    qint64 vcpu = 0;
    qint64 memoryGb = 0;
    qint64 diskGb = 0;
    QString network;
    QString gpu;
    friend bool operator==(const InstanceFlavor &, const InstanceFlavor &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(InstanceFlavor, Q_RELOCATABLE_TYPE);

//! The image an instance was built from, as the instance reports it.
struct InstanceImage
{
    QString id;
    QString name;
    QString osType;
    QString version;
    friend bool operator==(const InstanceImage &, const InstanceImage &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(InstanceImage, Q_RELOCATABLE_TYPE);

//! A server (instance). `defaultAccountPassword` and `vncLink` are secrets: shown on demand,
//! never logged.
struct Instance
{
    QString id; //!< instance_id (INSTANCE-...)
    QString name;
    QString description;
    QString status; //!< as written: pending, active, error, work, off, building, deleting, ...
    QString provide;
    QString startDate;
    QString stopDate;
    QString defaultAccountUser;
    QString defaultAccountPassword;
    QList<InstanceIp> ips;
    QString zoneId;
    QString zoneName;
    InstanceFlavor flavor;
    InstanceImage image;
    QString monitoringPort;
    QStringList blockStorageIds;
    QString firewallId;
    QString vncLink;
    QString vncType;
    qint64 limitBlockStorage = -1; //!< connection_limit.block_storage, -1 unknown
    qint64 limitIp = -1; //!< connection_limit.ip, -1 unknown
    qint64 trafficDefault = -1; //!< traffic.default
    QString trafficPeriod;
    qint64 trafficLimit = -1;
    qint64 trafficResetAllowCount = -1;

    [[nodiscard]] QString firstPublicIp() const;
    [[nodiscard]] QString firstPrivateIp() const;
    [[nodiscard]] QStringList publicIps() const;
    [[nodiscard]] QStringList privateIps() const;
    friend bool operator==(const Instance &, const Instance &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Instance, Q_RELOCATABLE_TYPE);
