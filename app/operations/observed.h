#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

struct BlockStorage;
struct Firewall;
struct Instance;

//! What a listing or a detail says of one resource, as far as following a change needs it.
struct Observed
{
    QString id;
    QString name;
    QString status; //!< as written; firewalls have none
    QStringList attachedTo; //!< a volume's server, a firewall's servers
    QString imageId; //!< a server's (rebuild)
    QString flavorId; //!< a server's (resize)
    QString description;

    [[nodiscard]] static Observed of(const Instance &in);
    [[nodiscard]] static Observed of(const BlockStorage &v);
    [[nodiscard]] static Observed of(const Firewall &f);
};

//! What a listing is besides its rows: when it was asked for (a listing asked for before a
//! change was answered cannot tell its outcome; 0: now), and whether it is whole (one cut at
//! the cap cannot say that something is gone).
struct ListingInfo
{
    qint64 requestedMs = 0;
    bool complete = true;
};
