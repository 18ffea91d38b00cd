#include "credentials.h"

#include <algorithm>

QString Credentials::maskedAccessKey() const
{
    if (accessKey.size() <= 8)
        return QString(accessKey.size(), u'•');
    return accessKey.left(4) + QStringLiteral("…") + accessKey.right(3);
}

void Credentials::wipe()
{
    wipeBytes(secretKey);
    accessKey.clear();
}

void Credentials::wipeBytes(QByteArray &bytes)
{
    if (bytes.isDetached())
        std::fill(bytes.data(), bytes.data() + bytes.size(), '\0');
    bytes.clear();
}
