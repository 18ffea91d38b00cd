#pragma once

#include "apirequest.h"

#include <QStringList>

#include <optional>

//! Small helpers the request builders share: only non-empty values are sent, numbers as
//! decimal strings, lists comma-separated (as the reference asks).
namespace QueryHelpers {
void addText(ApiRequest &request, const QString &key, const QString &value);
void addList(ApiRequest &request, const QString &key, const QStringList &values);
void addNumber(ApiRequest &request, const QString &key, std::optional<qint64> value);
void addField(ApiRequest &request, const QString &name, const QString &value);
//! Marks \a request as multipart and names its operation and repeat rule.
ApiRequest formRequest(HttpMethod method, const QString &path, const QString &operation,
                       Repeat repeat);
ApiRequest jsonRequest(HttpMethod method, const QString &path, const QString &operation,
                       Repeat repeat);
ApiRequest plainRequest(HttpMethod method, const QString &path, const QString &operation,
                        Repeat repeat);
} // namespace QueryHelpers
