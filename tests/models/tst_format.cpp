// Times as a person reads them: this computer's clock in 24-hour form (never ko_KR's `오후 2:05`),
// the API's times in KST, labelled so on a computer in another zone, and ISO 8601 for files.
// Each case runs on a computer in Seoul and on computers elsewhere (TZ set per case).
#include "models/format.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {

//! This process's zone is now \a tz, as if the computer were set to it.
void setComputerZone(const QByteArray &tz)
{
    qputenv("TZ", tz);
    tzset();
}

//! 2026-12-04 05:05:09 UTC: 14:05:09 in Seoul, 06:05:09 in Berlin, 00:05:09 in New York.
QDateTime moment()
{
    return QDateTime(QDate(2026, 12, 4), QTime(5, 5, 9), QTimeZone::utc());
}

} // namespace

class TstFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void shouldShowTheComputersClockIn24HourForm_data();
    void shouldShowTheComputersClockIn24HourForm();
    void shouldNotUseTheKoreanLocalesTwelveHourClock();
    void shouldShowApiTimesInKstLabelledAbroad_data();
    void shouldShowApiTimesInKstLabelledAbroad();
    void shouldShowAMomentTheApiGaveInKst_data();
    void shouldShowAMomentTheApiGaveInKst();
    void shouldWriteApiTimesAsIso8601InKst_data();
    void shouldWriteApiTimesAsIso8601InKst();
};

void TstFormat::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TstFormat::cleanupTestCase()
{
    setComputerZone("UTC");
}

void TstFormat::shouldShowTheComputersClockIn24HourForm_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Seoul, time") << "Asia/Seoul"_ba << int(Format::Detail::Time) << u"14:05"_s;
    QTest::newRow("Seoul, to the second")
            << "Asia/Seoul"_ba << int(Format::Detail::Seconds) << u"2026-12-04 14:05:09"_s;
    QTest::newRow("Berlin, time") << "Europe/Berlin"_ba << int(Format::Detail::Time) << u"06:05"_s;
    QTest::newRow("Berlin, date and time")
            << "Europe/Berlin"_ba << int(Format::Detail::DateTime) << u"2026-12-04 06:05"_s;
    // The computer's own clock carries no label: it is the person's time, wherever they are.
    QTest::newRow("New York, to the second")
            << "America/New_York"_ba << int(Format::Detail::Seconds) << u"2026-12-04 00:05:09"_s;
}

void TstFormat::shouldShowTheComputersClockIn24HourForm()
{
    QFETCH(QByteArray, tz);
    QFETCH(int, detail);
    QFETCH(QString, expected);
    setComputerZone(tz);
    QCOMPARE(Format::clockTime(moment(), Format::Detail(detail)), expected);
    // The same moment however it is held (UTC, local, another zone).
    QCOMPARE(Format::clockTime(moment().toLocalTime(), Format::Detail(detail)), expected);
    QCOMPARE(Format::clockTime(moment().toTimeZone(QTimeZone(-3 * 3600)), Format::Detail(detail)),
             expected);
    QCOMPARE(Format::clockTime(QDateTime()), QString());
}

void TstFormat::shouldNotUseTheKoreanLocalesTwelveHourClock()
{
    setComputerZone("Asia/Seoul");
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    // What the status bar used to show: Qt's ko_KR short format is a 12-hour clock.
    QVERIFY(QLocale()
                    .toString(moment().toLocalTime().time(), QLocale::ShortFormat)
                    .contains(u"오후"_s));
    QCOMPARE(Format::clockTime(moment()), u"14:05"_s);
    const QDateTime morning(QDate(2026, 12, 4), QTime(9, 7), QTimeZone(9 * 3600));
    QCOMPARE(Format::clockTime(morning), u"09:07"_s);
}

void TstFormat::shouldShowApiTimesInKstLabelledAbroad_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("apiText");
    QTest::addColumn<QString>("expected");
    const QByteArray seoul = "Asia/Seoul"_ba;
    const QByteArray berlin = "Europe/Berlin"_ba;
    // The API's form names no zone: it is KST, shown as written, without the seconds.
    QTest::newRow("Seoul") << seoul << u"2024-01-02 03:04:05"_s << u"2024-01-02 03:04"_s;
    QTest::newRow("Seoul, as a POSIX zone")
            << "KST-9"_ba << u"2024-01-02 03:04:05"_s << u"2024-01-02 03:04"_s;
    QTest::newRow("Berlin: labelled, not converted")
            << berlin << u"2024-01-02 03:04:05"_s << u"2024-01-02 03:04 KST"_s;
    QTest::newRow("New York") << "America/New_York"_ba << u"2024-07-02 23:59:59"_s
                              << u"2024-07-02 23:59 KST"_s;
    QTest::newRow("UTC") << "UTC"_ba << u"2024-01-02 03:04:05"_s << u"2024-01-02 03:04 KST"_s;
    // Tokyo's clock reads the same as Seoul's: nothing to tell apart.
    QTest::newRow("Tokyo") << "Asia/Tokyo"_ba << u"2024-01-02 03:04:05"_s << u"2024-01-02 03:04"_s;
    QTest::newRow("no seconds") << berlin << u"2024-01-02 03:04"_s << u"2024-01-02 03:04 KST"_s;
    QTest::newRow("spaces around") << seoul << u" 2024-01-02 03:04:05 "_s << u"2024-01-02 03:04"_s;
    // A form that names its zone is converted to KST.
    QTest::newRow("UTC with Z, Seoul")
            << seoul << u"2024-01-01T18:04:05Z"_s << u"2024-01-02 03:04"_s;
    QTest::newRow("UTC with Z, Berlin")
            << berlin << u"2024-01-01T18:04:05Z"_s << u"2024-01-02 03:04 KST"_s;
    QTest::newRow("offset +09:00")
            << seoul << u"2024-01-02T03:04:05+09:00"_s << u"2024-01-02 03:04"_s;
    QTest::newRow("offset +01:00, milliseconds")
            << berlin << u"2024-01-01T19:04:05.250+01:00"_s << u"2024-01-02 03:04 KST"_s;
    // A date is a day: no clock, no label.
    QTest::newRow("date, Seoul") << seoul << u"2024-01-02"_s << u"2024-01-02"_s;
    QTest::newRow("date, Berlin") << berlin << u"2024-01-02"_s << u"2024-01-02"_s;
    // What is no date is shown as the API wrote it.
    QTest::newRow("empty") << berlin << QString() << QString();
    QTest::newRow("not a date") << berlin << u"soon"_s << u"soon"_s;
    QTest::newRow("impossible date")
            << berlin << u"2024-02-30 03:04:05"_s << u"2024-02-30 03:04:05"_s;
}

void TstFormat::shouldShowApiTimesInKstLabelledAbroad()
{
    QFETCH(QByteArray, tz);
    QFETCH(QString, apiText);
    QFETCH(QString, expected);
    setComputerZone(tz);
    QCOMPARE(Format::apiDateTime(apiText), expected);
}

void TstFormat::shouldShowAMomentTheApiGaveInKst_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("expected");
    // The HTTP Date header is in GMT: converted to KST, as iwinv's own console would show it.
    QTest::newRow("Seoul") << "Asia/Seoul"_ba << u"2026-12-04 14:05:09"_s;
    QTest::newRow("Berlin") << "Europe/Berlin"_ba << u"2026-12-04 14:05:09 KST"_s;
    QTest::newRow("UTC") << "UTC"_ba << u"2026-12-04 14:05:09 KST"_s;
}

void TstFormat::shouldShowAMomentTheApiGaveInKst()
{
    QFETCH(QByteArray, tz);
    QFETCH(QString, expected);
    setComputerZone(tz);
    QCOMPARE(Format::apiDateTime(moment(), Format::Detail::Seconds), expected);
    QCOMPARE(Format::apiDateTime(moment().toLocalTime(), Format::Detail::Seconds), expected);
    QCOMPARE(Format::apiDateTime(moment()), expected.left(16) + expected.mid(19));
    QCOMPARE(Format::apiDateTime(QDateTime()), QString());
}

void TstFormat::shouldWriteApiTimesAsIso8601InKst_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QString>("apiText");
    QTest::addColumn<QString>("expected");
    // The same on every computer: the offset says which zone.
    for (const QByteArray &tz : {"Asia/Seoul"_ba, "Europe/Berlin"_ba, "UTC"_ba}) {
        const char *zone = tz.constData();
        QTest::addRow("%s, KST text", zone)
                << tz << u"2024-01-02 03:04:05"_s << u"2024-01-02T03:04:05+09:00"_s;
        QTest::addRow("%s, UTC", zone)
                << tz << u"2024-01-01T18:04:05Z"_s << u"2024-01-02T03:04:05+09:00"_s;
        QTest::addRow("%s, date", zone) << tz << u"2024-01-02"_s << u"2024-01-02"_s;
        QTest::addRow("%s, empty", zone) << tz << QString() << QString();
        QTest::addRow("%s, not a date", zone) << tz << u"soon"_s << u"soon"_s;
    }
}

void TstFormat::shouldWriteApiTimesAsIso8601InKst()
{
    QFETCH(QByteArray, tz);
    QFETCH(QString, apiText);
    QFETCH(QString, expected);
    setComputerZone(tz);
    QCOMPARE(Format::isoDateTime(apiText), expected);
}

QTEST_GUILESS_MAIN(TstFormat)
#include "tst_format.moc"
