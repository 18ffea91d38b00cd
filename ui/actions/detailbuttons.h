#pragma once

#include "widgets/detailview.h"

#include <QCoreApplication>

class AccountSession;
class FirewallActions;
class VolumeActions;

//! The buttons a detail pane gets for the changes made from it: a server's "Add block
//! storage", "Detach" on each of its volumes, its firewall's "Attach" or "Detach"; a
//! firewall's "Detach" per server; a volume's "Detach". None while the profile is read-only,
//! disabled while that resource is changing.
class DetailButtons
{
    Q_DECLARE_TR_FUNCTIONS(DetailButtons)
public:
    static void server(const AccountSession &s, VolumeActions *volumes, FirewallActions *firewalls,
                       const QString &serverId, QList<DetailSection> &sections);
    static void firewall(const AccountSession &s, FirewallActions *firewalls,
                         const QString &firewallId, QList<DetailSection> &sections);
    static void volume(const AccountSession &s, VolumeActions *volumes, const QString &volumeId,
                       QList<DetailSection> &sections);
};
