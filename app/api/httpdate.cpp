#include "httpdate.h"

#include <QLocale>
#include <QString>

namespace HttpDate {

QDateTime parse(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    // IMF-fixdate first, then the two obsolete forms RFC 7231 asks recipients to accept.
    static const char *const forms[]
            = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
               "ddd MMM d HH:mm:ss yyyy", "ddd MMM  d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    QDateTime date;
    for (const char *form : forms) {
        date = c.toDateTime(text, QString::fromLatin1(form));
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            if (date.date().year() < 1970) // two-digit years of the RFC 850 form
                date = date.addYears(100);
            break;
        }
    }
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

int retryAfterSecs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = text.toLongLong(&ok);
    if (ok)
        return secs >= 0 ? int(qMin<qint64>(secs, 24 * 3600)) : -1;
    const QDateTime date = parse(text);
    if (!date.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(date), qint64(24 * 3600)));
}

} // namespace HttpDate
