#include "clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSecretLifetimeMs);
    connect(m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
}

ClipboardGuard::~ClipboardGuard()
{
    // Quitting within the lifetime: the secret does not outlive the console.
    clearIfUnchanged();
}

void ClipboardGuard::copy(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(false);
}

void ClipboardGuard::copySecret(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    // Clipboard histories that honour a hint skip the entry: KDE Klipper; Windows clipboard
    // history and cloud clipboard; macOS clipboard managers (the nspasteboard.org convention).
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    const QByteArray zero(4, '\0'); // a DWORD 0
    data->setData(
            QStringLiteral(
                    "application/"
                    "x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
            QByteArray(1, '\0'));
    data->setData(
            QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""),
            zero);
    data->setData(
            QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""),
            zero);
    data->setData(QStringLiteral("org.nspasteboard.ConcealedType"), QByteArray());
    QGuiApplication::clipboard()->setMimeData(data);
    m_secret = text;
    m_timer->start();
    Q_EMIT copied(true);
}

void ClipboardGuard::setSecretLifetimeMs(int ms)
{
    m_timer->setInterval(ms);
}

bool ClipboardGuard::holdsSecret() const
{
    return !m_secret.isEmpty() && QGuiApplication::clipboard()->text() == m_secret;
}

void ClipboardGuard::clearIfUnchanged()
{
    if (holdsSecret())
        QGuiApplication::clipboard()->clear();
    m_secret.fill(u'\0');
    m_secret.clear();
}
