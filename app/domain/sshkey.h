#pragma once

#include <QString>

//! An SSH key registered in the web console (the API only lists them).
struct SshKey
{
    QString id; //!< ssh_key_id
    QString name;
    QString startDate;
    friend bool operator==(const SshKey &, const SshKey &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(SshKey, Q_RELOCATABLE_TYPE);
