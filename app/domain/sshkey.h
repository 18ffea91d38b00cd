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
