#include "format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {

QString money(qint64 won)
{
    //: an amount in Korean won; %1 is the number with digit grouping
    return QCoreApplication::translate("Format", "₩%1").arg(QLocale().toString(won));
}

QString gigabytes(qint64 gb)
{
    return QCoreApplication::translate("Format", "%1 GB").arg(QLocale().toString(gb));
}

QString dateTime(const QString &serverText)
{
    const QString t = serverText.trimmed();
    return t.size() > 16 && t.at(10) == u' ' ? t.left(16) : t;
}

QString age(qint64 ms)
{
    const qint64 secs = qMax<qint64>(0, ms / 1000);
    const int minutes = int(secs / 60);
    const int hours = int(secs / 3600);
    const int seconds = int(secs);
    if (secs < 60)
        return QCoreApplication::translate("Format", "%n s ago", nullptr, seconds);
    if (secs < 3600)
        return QCoreApplication::translate("Format", "%n min ago", nullptr, minutes);
    return QCoreApplication::translate("Format", "%n h ago", nullptr, hours);
}

} // namespace Format
