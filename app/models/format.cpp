#include "format.h"

#include "util/kst.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QTimeZone &kst()
{
    return Kst::zone();
}

QString pattern(Format::Detail detail)
{
    switch (detail) {
    case Format::Detail::Time:
        return u"HH:mm"_s;
    case Format::Detail::DateTime:
        return u"yyyy-MM-dd HH:mm"_s;
    case Format::Detail::Seconds:
        return u"yyyy-MM-dd HH:mm:ss"_s;
    }
    return {};
}

//! A date-time of the API's text, in KST; invalid when the text is no date-time. The API writes
//! `2024-01-02 03:04:05` (KST); an ISO form with `T`, a `Z` or an offset is read too.
QDateTime parseApiDateTime(const QString &text)
{
    static const QRegularExpression form(
            QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,3})?)?)"
                           "(Z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return {};
    if (m.capturedLength(3) > 0) {
        QString iso = m.captured(1) + u'T' + m.captured(2) + m.captured(3);
        const QDateTime zoned = QDateTime::fromString(iso, Qt::ISODateWithMs);
        return zoned.isValid() ? zoned.toTimeZone(kst()) : QDateTime();
    }
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), Qt::ISODateWithMs);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, kst());
}

bool isDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

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

QString clockTime(const QDateTime &at, Detail detail)
{
    // A fixed 24-hour pattern, not QLocale's short format (ko_KR writes "오후 2:05").
    return at.isValid() ? at.toLocalTime().toString(pattern(detail)) : QString();
}

QString apiDateTime(const QDateTime &at, Detail detail)
{
    if (!at.isValid())
        return {};
    const QDateTime inKst = at.toTimeZone(kst());
    const QString text = inKst.toString(pattern(detail));
    // Read here as the computer's own time it would mislead: say which zone it is in.
    if (at.toLocalTime().offsetFromUtc() == Kst::kOffsetSecs)
        return text;
    //: a date-time the iwinv API gave, in Korea Standard Time, shown on a computer in another
    //: time zone; %1 is the date-time (2024-01-02 03:04)
    return QCoreApplication::translate("Format", "%1 KST").arg(text);
}

QString apiDateTime(const QString &apiText)
{
    const QString text = apiText.trimmed();
    if (text.isEmpty() || isDate(text))
        return text;
    const QDateTime at = parseApiDateTime(text);
    return at.isValid() ? apiDateTime(at, Detail::DateTime) : text;
}

QString isoDateTime(const QString &apiText)
{
    const QString text = apiText.trimmed();
    if (text.isEmpty() || isDate(text))
        return text;
    const QDateTime at = parseApiDateTime(text);
    return at.isValid() ? at.toString(Qt::ISODate) : text;
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
