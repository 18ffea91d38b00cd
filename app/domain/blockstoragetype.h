#pragma once

#include <QString>
#include <QStringList>

//! A block storage type and its size range in GB.
struct BlockStorageType
{
    QString type;
    qint64 minGb = 0;
    qint64 maxGb = 0;
    QStringList zones; //!< empty: every zone
    friend bool operator==(const BlockStorageType &, const BlockStorageType &) = default;
};
