#include "signer.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace Signer {

QString signedPath(const QUrl &url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path;
}

QByteArray signature(const QByteArray &secret, qint64 timestamp, const QString &path)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(path.toUtf8());
    return mac.result().toHex();
}

bool equalSignatures(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace Signer
