#pragma once

#include <QString>
#include <QStringList>

//! A zone (kr1-z01, kr2-z01, ...).
struct Zone
{
    QString id; //!< zone_id
    QString name; //!< zone_name
    QString status;
    QStringList content; //!< notes shown with the zone
    friend bool operator==(const Zone &, const Zone &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(Zone, Q_RELOCATABLE_TYPE);
