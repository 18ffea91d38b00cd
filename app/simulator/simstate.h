#pragma once

#include "domain/bill.h"
#include "domain/blockstorage.h"
#include "domain/blockstoragetype.h"
#include "domain/firewall.h"
#include "domain/flavor.h"
#include "domain/image.h"
#include "domain/instance.h"
#include "domain/sshkey.h"
#include "domain/userscript.h"
#include "domain/zone.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

//! An instance and the change it is going through.
struct SimInstance
{
    Instance data;
    QString finalStatus; //!< status when the transition ends; empty: none in progress
    qint64 dueMs = 0;
    bool removeWhenDone = false;
    //! Fields to apply when the transition ends (rebuild/resize).
    QString pendingFlavorId;
    QString pendingImageId;
    //! Fault injection: the transition never ends.
    bool stuck = false;
    //! Fault injection: the status flips between `work` and `active` on every request.
    bool flapping = false;
};

//! A volume and the change it is going through.
struct SimVolume
{
    BlockStorage data;
    QString finalStatus;
    qint64 dueMs = 0;
    bool removeWhenDone = false;
};

//! The simulated account's whole world. Plain data: the route handlers change it, the
//! lifecycle advances it, the seeder fills it.
class SimState
{
public:
    explicit SimState(quint64 seed) : rng(seed) { }

    QList<Zone> zones;
    QList<Flavor> flavors;
    QList<Image> images;
    QList<SimInstance> instances;
    QList<SimVolume> volumes;
    QList<BlockStorageType> volumeTypes;
    QList<Firewall> firewalls;
    QList<SshKey> sshKeys;
    QList<UserScript> userScripts;
    QList<Bill> bills; //!< newest first
    QRandomGenerator rng;
    int nextRuleId = 1;
    int nextHost = 10; //!< address allocator for new instances

    //! A new id: prefix + 22 base62 characters, as the real ids look.
    [[nodiscard]] QString newId(const QString &prefix);
    [[nodiscard]] QString randomToken(int length);

    [[nodiscard]] SimInstance *instance(const QString &id);
    [[nodiscard]] SimVolume *volume(const QString &id);
    [[nodiscard]] Firewall *firewall(const QString &id);
    [[nodiscard]] const Flavor *flavor(const QString &id) const;
    [[nodiscard]] const Image *image(const QString &id) const;
    [[nodiscard]] const Zone *zone(const QString &id) const;
    [[nodiscard]] const BlockStorageType *volumeType(const QString &type) const;

    void appendInstance(const SimInstance &instance);
    void removeInstance(const QString &id);
    //! The firewall protecting \a instanceId, or null.
    [[nodiscard]] Firewall *firewallOf(const QString &instanceId);

private:
    void reindex();
    QHash<QString, qsizetype> m_instanceIndex;
};
