#pragma once

#include "apirequest.h"
#include "domain/userscript.h"
#include "parsed.h"

//! Endpoint 17: User Script List (GET /v1/instance/script, singular).
namespace UserScriptsApi {
[[nodiscard]] ApiRequest list(const QString &name = QString());
[[nodiscard]] std::optional<UserScript> parseUserScript(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<UserScript> parseUserScripts(const QJsonArray &rows);
} // namespace UserScriptsApi
