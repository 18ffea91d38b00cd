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
