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
    // Zeroed in place only when this is the last holder of the bytes: on a shared buffer fill()
    // would first copy it and zero the copy, leaving the original and a new copy behind. A shared
    // buffer is zeroed by whoever holds it last (best effort: Qt and QtKeychain keep transient
    // copies of their own).
    if (secretKey.isDetached())
        std::fill(secretKey.data(), secretKey.data() + secretKey.size(), '\0');
    secretKey.clear();
    accessKey.clear();
}
