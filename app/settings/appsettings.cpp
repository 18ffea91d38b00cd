#include "appsettings.h"

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
    const QString l = QSettings().value(u"ui/language"_s).toString();
    return l == u"ko"_s || l == u"en"_s ? l : QString();
}

void setLanguage(const QString &l)
{
    QSettings().setValue(u"ui/language"_s, l);
}

QString effectiveLanguage()
{
    const QString l = language();
    return l.isEmpty() ? Translations::systemLanguage() : l;
}

Proxy proxy()
{
    const QString p = QSettings().value(u"network/proxy"_s).toString();
    if (p == u"none"_s)
        return Proxy::None;
    if (p == u"manual"_s)
        return Proxy::Manual;
    return Proxy::System;
}

QString proxyHost()
{
    return QSettings().value(u"network/proxy_host"_s).toString();
}

int proxyPort()
{
    return QSettings().value(u"network/proxy_port"_s, 8080).toInt();
}

void setProxy(Proxy p, const QString &host, int port)
{
    QSettings s;
    s.setValue(u"network/proxy"_s,
               p == Proxy::None             ? u"none"_s
                       : p == Proxy::Manual ? u"manual"_s
                                            : u"system"_s);
    s.setValue(u"network/proxy_host"_s, host);
    s.setValue(u"network/proxy_port"_s, port);
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
    return QSettings().value(u"network/extra_ca"_s).toString();
}

void setExtraCaPath(const QString &path)
{
    QSettings().setValue(u"network/extra_ca"_s, path);
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

bool confirmPower()
{
    return QSettings().value(u"safety/confirm_power"_s, true).toBool();
}

void setConfirmPower(bool confirm)
{
    QSettings().setValue(u"safety/confirm_power"_s, confirm);
}

} // namespace AppSettings
