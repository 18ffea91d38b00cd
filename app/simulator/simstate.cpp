#include "simstate.h"

namespace {
constexpr char kBase62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
}

QString SimState::randomToken(int length)
{
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(kBase62[rng.bounded(62)]));
    return out;
}

QString SimState::newId(const QString &prefix)
{
    return prefix + randomToken(22);
}

SimInstance *SimState::instance(const QString &id)
{
    if (m_instanceIndex.size() != instances.size())
        reindex();
    const auto it = m_instanceIndex.constFind(id);
    if (it == m_instanceIndex.constEnd())
        return nullptr;
    SimInstance *found = &instances[*it];
    return found->data.id == id ? found : nullptr;
}

void SimState::appendInstance(const SimInstance &instance)
{
    instances.append(instance);
    m_instanceIndex.insert(instance.data.id, instances.size() - 1);
}

void SimState::removeInstance(const QString &id)
{
    instances.removeIf([&id](const SimInstance &i) { return i.data.id == id; });
    reindex();
}

void SimState::reindex()
{
    m_instanceIndex.clear();
    m_instanceIndex.reserve(instances.size());
    for (qsizetype i = 0; i < instances.size(); ++i)
        m_instanceIndex.insert(instances.at(i).data.id, i);
}

SimVolume *SimState::volume(const QString &id)
{
    for (SimVolume &v : volumes) {
        if (v.data.id == id)
            return &v;
    }
    return nullptr;
}

Firewall *SimState::firewall(const QString &id)
{
    for (Firewall &f : firewalls) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

Firewall *SimState::firewallOf(const QString &instanceId)
{
    for (Firewall &f : firewalls) {
        if (f.instanceIds.contains(instanceId))
            return &f;
    }
    return nullptr;
}

const Flavor *SimState::flavor(const QString &id) const
{
    for (const Flavor &f : flavors) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const Image *SimState::image(const QString &id) const
{
    for (const Image &i : images) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const Zone *SimState::zone(const QString &id) const
{
    for (const Zone &z : zones) {
        if (z.id == id)
            return &z;
    }
    return nullptr;
}

const BlockStorageType *SimState::volumeType(const QString &type) const
{
    for (const BlockStorageType &t : volumeTypes) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}
