#include "detailbuttons.h"

#include "actions/firewallactions.h"
#include "actions/volumeactions.h"
#include "domain/status.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
bool idle(const AccountSession &s, Resource r, const QString &id)
{
    return !s.operations()->unfinishedFor(r, id);
}

bool volumeIdle(const AccountSession &s, const QString &id)
{
    const BlockStorage *v = s.volumes()->find(id);
    return v && idle(s, Resource::BlockStorage, id)
            && !Status::isTransitional(Status::volume(v->status));
}

DetailSection *section(QList<DetailSection> &sections, QLatin1StringView key)
{
    for (DetailSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}
} // namespace

void DetailButtons::server(const AccountSession &s, VolumeActions *volumes,
                           FirewallActions *firewalls, const QString &serverId,
                           QList<DetailSection> &sections)
{
    const Instance *in = s.instances()->find(serverId);
    if (!in)
        return;
    const QPointer<VolumeActions> va(volumes);
    if (volumes && volumes->isWritable()) {
        if (DetailSection *storage = section(sections, "storage"_L1)) {
            const Status::Server st = Status::server(in->status);
            DetailAction add {tr("Add block storage…"), [va, serverId] {
                                  if (va)
                                      va->addFor(serverId);
                              },
                              u"detailAddVolume"_s};
            add.enabled = st != Status::Server::Building && st != Status::Server::Deleting;
            storage->actions.append(add);
            for (DetailRow &row : storage->rows) {
                if (row.key.isEmpty())
                    continue;
                const QString volumeId = row.key;
                row.action = {tr("Detach…"), [va, volumeId] {
                                  if (va)
                                      va->detach(volumeId);
                              },
                              u"detailDetachVolume"_s, volumeIdle(s, volumeId)};
            }
        }
    }
    const QPointer<FirewallActions> fa(firewalls);
    if (firewalls && firewalls->isWritable()) {
        if (DetailSection *network = section(sections, "network"_L1)) {
            for (DetailRow &row : network->rows) {
                if (row.label != QCoreApplication::translate("ResourceDetails", "Firewall"))
                    continue;
                const QString firewallId = row.key;
                if (!firewallId.isEmpty()) {
                    row.action = {tr("Detach…"), [fa, firewallId, serverId] {
                                      if (fa)
                                          fa->detachFrom(firewallId, serverId);
                                  },
                                  u"detailDetachFirewall"_s,
                                  idle(s, Resource::Firewalls, firewallId)};
                } else if (in->firewallId.isEmpty()) {
                    row.action = {tr("Attach…"), [fa, serverId] {
                                      if (fa)
                                          fa->attachTo(serverId);
                                  },
                                  u"detailAttachFirewall"_s, !s.firewalls()->items().isEmpty()};
                }
            }
        }
    }
}

void DetailButtons::firewall(const AccountSession &s, FirewallActions *firewalls,
                             const QString &firewallId, QList<DetailSection> &sections)
{
    if (!firewalls || !firewalls->isWritable())
        return;
    DetailSection *servers = section(sections, "servers"_L1);
    if (!servers)
        return;
    const QPointer<FirewallActions> fa(firewalls);
    const bool free = idle(s, Resource::Firewalls, firewallId);
    for (DetailRow &row : servers->rows) {
        if (row.key.isEmpty())
            continue;
        const QString serverId = row.key;
        row.action = {tr("Detach…"), [fa, firewallId, serverId] {
                          if (fa)
                              fa->detachFrom(firewallId, serverId);
                      },
                      u"detailDetachServer"_s, free};
    }
}

void DetailButtons::volume(const AccountSession &s, VolumeActions *volumes,
                           const QString &volumeId, QList<DetailSection> &sections)
{
    const BlockStorage *v = s.volumes()->find(volumeId);
    if (!v || !volumes || !volumes->isWritable() || sections.isEmpty())
        return;
    const QPointer<VolumeActions> va(volumes);
    DetailSection &general = sections.first();
    for (DetailRow &row : general.rows) {
        if (row.label != QCoreApplication::translate("ResourceDetails", "Server"))
            continue;
        if (v->instanceId.isEmpty()) {
            row.action = {tr("Attach…"), [va] {
                              if (va)
                                  va->attachAction()->trigger();
                          },
                          u"detailAttachVolume"_s, volumeIdle(s, volumeId)};
        } else {
            row.action = {tr("Detach…"), [va, volumeId] {
                              if (va)
                                  va->detach(volumeId);
                          },
                          u"detailDetachVolume"_s, volumeIdle(s, volumeId)};
        }
    }
}
