#pragma once

#include <QString>

//! Where to open an instance's remote console. The link is a secret: never logged.
struct RemoteConsole
{
    QString link;
    QString type;
    friend bool operator==(const RemoteConsole &, const RemoteConsole &) = default;
};
