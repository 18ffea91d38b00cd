#pragma once

#include "price.h"

#include <QString>
#include <QStringList>

//! A server spec (flavor). Ids may contain dots.
struct Flavor
{
    QString id; //!< flavor_id
    QString name;
    QString provide;
    QString status;
    QString type; //!< spec.type
    qint64 vcpu = 0;
    qint64 memoryGb = 0; //!< spec.memory
    qint64 diskGb = 0; //!< spec.disk
    QString network; //!< spec.network, as written ("1 Gbps")
    QString gpu; //!< spec.gpu: empty when none
    QStringList supportingImages; //!< image ids
    QStringList zones; //!< zone ids
    Price full; //!< price.full
    Price partial; //!< price.partial
    friend bool operator==(const Flavor &, const Flavor &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Flavor, Q_RELOCATABLE_TYPE);
