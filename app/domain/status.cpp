#include "status.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Status {

namespace {
template<class E, size_t N>
E lookup(const std::array<std::pair<QLatin1String, E>, N> &table, const QString &status)
{
    for (const auto &[text, value] : table) {
        if (status == text)
            return value;
    }
    return E::Unknown;
}

template<class E, size_t N>
QString rawOf(const std::array<std::pair<QLatin1String, E>, N> &table, E value)
{
    for (const auto &[text, v] : table) {
        if (v == value)
            return text;
    }
    return {};
}

constexpr std::array<std::pair<QLatin1String, Server>, 7> kServer {{
        {"pending"_L1, Server::Pending},
        {"active"_L1, Server::Active},
        {"error"_L1, Server::Error},
        {"work"_L1, Server::Work},
        {"off"_L1, Server::Off},
        {"building"_L1, Server::Building},
        {"deleting"_L1, Server::Deleting},
}};

constexpr std::array<std::pair<QLatin1String, Volume>, 9> kVolume {{
        {"creating"_L1, Volume::Creating},
        {"available"_L1, Volume::Available},
        {"attached"_L1, Volume::Attached},
        {"in-use"_L1, Volume::InUse},
        {"active"_L1, Volume::Active},
        {"attaching"_L1, Volume::Attaching},
        {"detaching"_L1, Volume::Detaching},
        {"deleting"_L1, Volume::Deleting},
        {"error"_L1, Volume::Error},
}};

constexpr std::array<std::pair<QLatin1String, Availability>, 4> kAvailability {{
        {"available"_L1, Availability::Available},
        {"active"_L1, Availability::Available},
        {"soldout"_L1, Availability::SoldOut},
        {"maintenance"_L1, Availability::Maintenance},
}};
} // namespace

Server server(const QString &status)
{
    return lookup(kServer, status);
}

Volume volume(const QString &status)
{
    return lookup(kVolume, status);
}

Availability availability(const QString &status)
{
    return lookup(kAvailability, status);
}

QString raw(Server status)
{
    return rawOf(kServer, status);
}

QString raw(Volume status)
{
    return rawOf(kVolume, status);
}

bool isTransitional(Server status)
{
    switch (status) {
    case Server::Pending:
    case Server::Work:
    case Server::Building:
    case Server::Deleting:
        return true;
    case Server::Unknown:
    case Server::Active:
    case Server::Error:
    case Server::Off:
        return false;
    }
    return false;
}

bool isTransitional(Volume status)
{
    switch (status) {
    case Volume::Creating:
    case Volume::Attaching:
    case Volume::Detaching:
    case Volume::Deleting:
        return true;
    case Volume::Unknown:
    case Volume::Available:
    case Volume::Attached:
    case Volume::InUse:
    case Volume::Active:
    case Volume::Error:
        return false;
    }
    return false;
}

} // namespace Status
