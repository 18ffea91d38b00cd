#include "appsettings.h"

#include "settingskeys.h"

#include "util/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace AppSettings {

QString language()
{
    const QString l = QSettings().value(SettingsKeys::language()).toString();
    return l == u"ko"_s || l == u"en"_s ? l : QString();
}

void setLanguage(const QString &l)
{
    QSettings().setValue(SettingsKeys::language(), l);
}

QString effectiveLanguage()
{
    const QString l = language();
    return l.isEmpty() ? Translations::systemLanguage() : l;
}

Proxy proxy()
{
    const QString p = QSettings().value(SettingsKeys::proxy()).toString();
    if (p == u"none"_s)
        return Proxy::None;
    if (p == u"manual"_s)
        return Proxy::Manual;
    return Proxy::System;
}

QString proxyHost()
{
    return QSettings().value(SettingsKeys::proxyHost()).toString();
}

int proxyPort()
{
    return QSettings().value(SettingsKeys::proxyPort(), 8080).toInt();
}

void setProxy(Proxy p, const QString &host, int port)
{
    QSettings s;
    s.setValue(SettingsKeys::proxy(),
               p == Proxy::None             ? u"none"_s
                       : p == Proxy::Manual ? u"manual"_s
                                            : u"system"_s);
    s.setValue(SettingsKeys::proxyHost(), host);
    s.setValue(SettingsKeys::proxyPort(), port);
}

void applyProxy()
{
    switch (proxy()) {
    case Proxy::System:
        QNetworkProxy::setApplicationProxy(QNetworkProxy::DefaultProxy);
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        break;
    case Proxy::None:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        break;
    case Proxy::Manual:
        QNetworkProxyFactory::setUseSystemConfiguration(false);
        QNetworkProxy::setApplicationProxy(
                QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost(), quint16(proxyPort())));
        break;
    }
}

QString extraCaPath()
{
    return QSettings().value(SettingsKeys::extraCa()).toString();
}

void setExtraCaPath(const QString &path)
{
    QSettings().setValue(SettingsKeys::extraCa(), path);
}

QList<QSslCertificate> loadCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty() && error)
        *error = QCoreApplication::translate("AppSettings",
                                             "The file holds no certificate in PEM or DER form.");
    return certs;
}

int autoRefresh()
{
    return qBound(0, QSettings().value(SettingsKeys::refreshInterval(), 2).toInt(), 3);
}

void setAutoRefresh(int choice)
{
    QSettings().setValue(SettingsKeys::refreshInterval(), qBound(0, choice, 3));
}

bool confirmPower()
{
    return QSettings().value(SettingsKeys::confirmPower(), true).toBool();
}

void setConfirmPower(bool confirm)
{
    QSettings().setValue(SettingsKeys::confirmPower(), confirm);
}

} // namespace AppSettings
