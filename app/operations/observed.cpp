#include "observed.h"

#include "domain/blockstorage.h"
#include "domain/firewall.h"
#include "domain/instance.h"

Observed Observed::of(const Instance &in)
{
    return {in.id, in.name, in.status, {}, in.image.id, in.flavor.id, in.description};
}

Observed Observed::of(const BlockStorage &v)
{
    return {v.id,         v.name,
            v.status,     v.instanceId.isEmpty() ? QStringList() : QStringList {v.instanceId},
            {},           {},
            v.description};
}

Observed Observed::of(const Firewall &f)
{
    return {f.id, f.title, {}, f.instanceIds, {}, {}, f.content};
}
