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
#include "simoptions.h"

#include <QJsonObject>

//! How the simulator writes each resource, in the reference's field names.
namespace SimJson {

//! Known `fields` bits; fields whose bit is unknown are always written.
namespace FieldBits {
constexpr qint64 InstanceId = 1, Name = 2, Description = 4, Status = 8, DefaultAccount = 128,
                 Zone = 512, Flavor = 1024, Image = 2048, Vnc = 16384;
}

[[nodiscard]] QJsonObject zone(const Zone &zone);
//! \a priceShape: the KRW prices as the docs' object or as one number.
[[nodiscard]] QJsonObject flavor(const Flavor &flavor, SimOptions::FlavorPrice priceShape);
[[nodiscard]] QJsonObject image(const Image &image);
//! \a fields: the request's bit mask, or -1 for every field.
[[nodiscard]] QJsonObject instance(const Instance &instance, qint64 fields = -1);
[[nodiscard]] QJsonObject volume(const BlockStorage &volume);
[[nodiscard]] QJsonObject volumeType(const BlockStorageType &type);
//! A rule inside a /v1/firewall firewall.
[[nodiscard]] QJsonObject rule(const FirewallRule &rule);
//! A firewall of the /v1/firewall dialect: its rules and instances inside.
[[nodiscard]] QJsonObject firewall(const Firewall &firewall);
//! A row of /v1/security-groups (§6): firewall_id, title, icmp, and content HTML-escaped once
//! (null when empty); rules and instances are sub-resources there.
[[nodiscard]] QJsonObject securityGroup(const Firewall &group);
//! A rule of /v1/security-groups/{id}/rules (§6): integer rule_id, content null when empty.
[[nodiscard]] QJsonObject groupRule(const FirewallRule &rule);
[[nodiscard]] QJsonObject sshKey(const SshKey &key);
[[nodiscard]] QJsonObject userScript(const UserScript &script);
//! A list row (no groups) or the full detail.
[[nodiscard]] QJsonObject bill(const Bill &bill, bool detail);

} // namespace SimJson
