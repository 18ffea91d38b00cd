#pragma once

#include "apirequest.h"
#include "domain/sshkey.h"
#include "parsed.h"

//! Endpoint 28: SSH Key List.
namespace SshKeysApi {
[[nodiscard]] ApiRequest list(const QString &name = QString());
[[nodiscard]] std::optional<SshKey> parseSshKey(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<SshKey> parseSshKeys(const QJsonArray &rows);
} // namespace SshKeysApi
