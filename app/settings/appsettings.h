#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

//! The console's preferences in QSettings. Nothing secret is ever written here.
namespace AppSettings {

enum class Proxy { System, None, Manual };

//! "" (follow the system), "ko" or "en".
[[nodiscard]] QString language();
void setLanguage(const QString &language);
//! The language to start in: the chosen one, else the system's.
[[nodiscard]] QString effectiveLanguage();

[[nodiscard]] Proxy proxy();
[[nodiscard]] QString proxyHost();
[[nodiscard]] int proxyPort();
void setProxy(Proxy proxy, const QString &host, int port);
//! Applies the proxy choice to the whole application (system proxy by default).
void applyProxy();

[[nodiscard]] QString extraCaPath();
void setExtraCaPath(const QString &path);
//! The certificates in \a path (PEM or DER); empty with \a error when none can be read.
[[nodiscard]] QList<QSslCertificate> loadCertificates(const QString &path,
                                                      QString *error = nullptr);

//! The auto refresh choice: 0 off, 1 every 10 s, 2 every minute (default), 3 every 5 minutes.
[[nodiscard]] int autoRefresh();
void setAutoRefresh(int choice);

//! Ask before shutting down or rebooting (normal profiles; production always asks by name).
[[nodiscard]] bool confirmPower();
void setConfirmPower(bool confirm);

} // namespace AppSettings
