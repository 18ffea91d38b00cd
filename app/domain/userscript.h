#pragma once

#include <QString>

//! A user script registered in the web console (the API only lists them).
struct UserScript
{
    QString id; //!< user_script_id
    QString name;
    QString startDate;
    friend bool operator==(const UserScript &, const UserScript &) = default;
};
// Only Qt containers and plain values inside: QList moves it with memmove (fast merges).
Q_DECLARE_TYPEINFO(UserScript, Q_RELOCATABLE_TYPE);
