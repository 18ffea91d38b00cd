#pragma once

#include <QLoggingCategory>

//! HTTP traffic of the client: method, path, status, timing. Never headers outside the
//! allow-list, never bodies, never the signature or a secret.
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
//! The built-in simulator's requests and state changes.
Q_DECLARE_LOGGING_CATEGORY(lcSim)
//! Session life: account, refreshes, models.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

//! Keeps categories that would print request headers (Qt HttpServer's debug output shows the
//! signature) silent whatever the logging rules say. Idempotent; call before any traffic.
void guardSecretsInLogs();
