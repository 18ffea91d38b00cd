#pragma once

#include "apirequest.h"
#include "domain/instance.h"
#include "domain/remoteconsole.h"
#include "parsed.h"

//! Endpoints 6-16: instances and their actions.
namespace InstancesApi {

//! Every field bit.
constexpr qint64 kAllFields = 262143;
//! The bits of the secrets: default_account (the initial password) and vnc (the console link).
constexpr qint64 kSecretFields = 128 | 16384;
//! What listings and details ask for: everything but the secrets, which are read only when the
//! person asks to see or copy them (fewer secrets held, fewer to leak).
constexpr qint64 kListFields = kAllFields & ~kSecretFields;

struct Query
{
    QStringList statuses; //!< pending, active, error, work, off
    QStringList ips; //!< addresses or CIDRs, public or private
    QString name; //!< substring
    QString zoneId;
    QString imageId;
    QString type;
    QString coreType;
    std::optional<qint64> minVcpu, maxVcpu, minMemory, maxMemory, minDisk, maxDisk, minGpu, maxGpu;
    std::optional<qint64> fields = kListFields;
};

//! A volume created with a new instance (block_storage.N.size / .name).
struct NewVolume
{
    qint64 sizeGb = 0;
    QString name;
};

struct CreateSpec
{
    QString zoneId;
    QString flavorId;
    QString imageId;
    QString name;
    QString description;
    int count = 1; //!< up to 10
    QStringList sshKeyIds;
    QString userScriptId;
    QList<NewVolume> volumes;
};

//! A server's secrets, read on demand: kept only while the person looks at them.
struct Secrets
{
    QString username;
    QString password;
    QString consoleLink;
};

//! The answer to a delete: the new status and the volumes that were kept (detached).
struct DeleteResult
{
    QString status;
    QStringList keptBlockStorageIds;
};

[[nodiscard]] ApiRequest list(const Query &query = {});
[[nodiscard]] ApiRequest detail(const QString &instanceId,
                                std::optional<qint64> fields = kListFields);
//! The detail with only the id and the secrets' bits: the initial password and console link.
[[nodiscard]] ApiRequest secrets(const QString &instanceId);
[[nodiscard]] ApiRequest create(const CreateSpec &spec);
[[nodiscard]] ApiRequest edit(const QString &instanceId, const QString &name,
                              const QString &description);
[[nodiscard]] ApiRequest remove(const QString &instanceId);
[[nodiscard]] ApiRequest start(const QString &instanceId);
[[nodiscard]] ApiRequest shutdown(const QString &instanceId);
[[nodiscard]] ApiRequest reboot(const QString &instanceId);
[[nodiscard]] ApiRequest rebuild(const QString &instanceId, const QString &imageId);
[[nodiscard]] ApiRequest resize(const QString &instanceId, const QString &flavorId);
[[nodiscard]] ApiRequest remoteConsole(const QString &instanceId);

//! A server's row, without its secrets even when the server sends them (see parseSecrets).
[[nodiscard]] std::optional<Instance> parseInstance(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Instance> parseInstances(const QJsonArray &rows);
[[nodiscard]] DeleteResult parseDelete(const QJsonArray &rows);
//! The secrets of the first row (an answer to secrets()).
[[nodiscard]] Secrets parseSecrets(const QJsonArray &rows);
//! Finds a console link in any shape: {vnc:{link,type}}, {link,type}, {url}, a string.
[[nodiscard]] std::optional<RemoteConsole> parseRemoteConsole(const QJsonArray &rows);

} // namespace InstancesApi
