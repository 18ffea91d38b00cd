#pragma once

#include <QString>

//! A block storage volume. Field names beyond the id are unknown on the real server; the
//! parser accepts the simulator's names and common alternatives.
struct BlockStorage
{
    QString id; //!< block_storage_id
    QString name;
    QString description;
    QString type; //!< SSD, HDD, ...
    qint64 sizeGb = 0;
    QString status;
    QString zoneId;
    QString instanceId; //!< empty when detached
    QString createdAt;
    friend bool operator==(const BlockStorage &, const BlockStorage &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(BlockStorage, Q_RELOCATABLE_TYPE);
