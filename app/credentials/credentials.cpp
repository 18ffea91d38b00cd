#include "credentials.h"

QString Credentials::maskedAccessKey() const
{
    if (accessKey.size() <= 8)
        return QString(accessKey.size(), u'•');
    return accessKey.left(4) + QStringLiteral("…") + accessKey.right(3);
}

void Credentials::wipe()
{
    secretKey.fill('\0');
    secretKey.clear();
    accessKey.clear();
}
