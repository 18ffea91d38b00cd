// The live-bill sample store: samples survive a restart, repeats are not stored, at least 13
// months are kept; a damaged, locked, read-only or newer file never crashes or blocks, says why,
// and keeps the session's samples in memory.
#include "billing/samplestore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;

//! Midnight KST of \a date, in ms since the epoch.
qint64 kst(const QDate &date, int hour = 0)
{
    return QDateTime(date, QTime(hour, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
}

LiveSample sample(const QDate &periodStart, qint64 readAtMs, qint64 price)
{
    return LiveSample {readAtMs, periodStart, periodStart.addMonths(1).addDays(-1), price};
}

const QDate kSeptember(2026, 9, 1);

//! A second connection to \a path for the test to inspect or lock the file with.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name());
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(name(), false); }
    //! The first column of the first row of \a sql; invalid on an error.
    [[nodiscard]] QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db());
        const bool done = q.exec(sql);
        if (!done)
            qWarning() << sql << q.lastError().text();
        return done;
    }

private:
    static QString name() { return u"tst-raw"_s; }
    bool m_ok = false;
};

//! Makes \a dir read-only for the test's life and writable again afterwards.
class ReadOnlyDir
{
public:
    explicit ReadOnlyDir(const QString &dir) : m_dir(dir)
    {
        QFile::setPermissions(dir,
                              QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                      | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
    ~ReadOnlyDir()
    {
        QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    //! Whether the directory really refuses a new file (root writes anyway).
    [[nodiscard]] bool refusesWrites() const
    {
        QFile probe(m_dir + u"/probe"_s);
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.close();
        probe.remove();
        return false;
    }

private:
    QString m_dir;
};

} // namespace

class TstSampleStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s));
    }

    void shouldKeepSamplesAcrossARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"billing/p.sqlite"_s);
        const QList<LiveSample> written {
                sample(kSeptember, kst(kSeptember.addDays(1)), 1000),
                sample(kSeptember, kst(kSeptember.addDays(2)), 2500),
                sample(kSeptember, kst(kSeptember.addDays(3)), 4'000'000'000'000)};
        {
            SampleStore store(path);
            QVERIFY(store.isPersistent());
            QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
            for (const LiveSample &s : written)
                QVERIFY(store.add(s));
        }
        SampleStore again(path);
        QVERIFY(again.isPersistent());
        QCOMPARE(again.period(kSeptember), written);
        QCOMPARE(again.since(0), written);
        // Dedupe works across the restart too: the amount last stored is no news.
        QVERIFY(!again.add(sample(kSeptember, kst(kSeptember.addDays(4)), 4'000'000'000'000)));
        QCOMPARE(again.period(kSeptember).size(), 3);
    }

    void shouldStoreOnlyAChangedAmount()
    {
        SampleStore memory {QString()};
        QTemporaryDir dir;
        SampleStore disk(dir.filePath(u"p.sqlite"_s));
        for (SampleStore *s : {&memory, &disk}) {
            const qint64 t = kst(kSeptember.addDays(5));
            QVERIFY(s->add(sample(kSeptember, t, 100)));
            QVERIFY(!s->add(sample(kSeptember, t + 600'000, 100))); // the estimate did not move
            QVERIFY(!s->add(sample(kSeptember, t, 150))); // the same moment again
            QVERIFY(s->add(sample(kSeptember, t + 1'200'000, 180)));
            QVERIFY(s->add(sample(kSeptember, t + 1'800'000, 100))); // a correction is news
            // The same amount in another period is a different reading.
            const QDate october = kSeptember.addMonths(1);
            QVERIFY(s->add(sample(october, kst(october), 100)));
            QCOMPARE(s->period(kSeptember).size(), 3);
            QCOMPARE(s->period(october).size(), 1);
        }
    }

    void shouldListPeriodAndSinceOldestFirst()
    {
        QTemporaryDir dir;
        SampleStore store(dir.filePath(u"p.sqlite"_s));
        const qint64 t = kst(kSeptember.addDays(10));
        const QDate august = kSeptember.addMonths(-1);
        QVERIFY(store.add(sample(kSeptember, t + 2 * kHourMs, 300)));
        QVERIFY(store.add(sample(kSeptember, t, 100)));
        QVERIFY(store.add(sample(august, t - 20 * kDayMs, 9000)));
        QVERIFY(store.add(sample(kSeptember, t + kHourMs, 200)));

        const QList<LiveSample> september = store.period(kSeptember);
        QCOMPARE(september.size(), 3);
        QCOMPARE(september.at(0).price, 100);
        QCOMPARE(september.at(1).price, 200);
        QCOMPARE(september.at(2).price, 300);
        QCOMPARE(store.period(august).size(), 1);
        QVERIFY(store.period(QDate()).isEmpty());

        const QList<LiveSample> since = store.since(t + kHourMs);
        QCOMPARE(since.size(), 2);
        QCOMPARE(since.at(0).readAtMs, t + kHourMs); // at or after
        QCOMPARE(since.at(1).readAtMs, t + 2 * kHourMs);
        const QList<LiveSample> all = store.since(0);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.first().price, 9000);
        QVERIFY(std::is_sorted(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.readAtMs < b.readAtMs;
        }));
    }

    void shouldFillInAMissingPeriodFromTheKstMonth()
    {
        SampleStore store {QString()};
        // 2026-08-31 15:30 UTC is 2026-09-01 00:30 KST.
        const qint64 t = QDateTime(QDate(2026, 8, 31), QTime(15, 30), QTimeZone::utc())
                                 .toMSecsSinceEpoch();
        QVERIFY(store.add(LiveSample {t, {}, {}, 10}));
        QCOMPARE(store.period(kSeptember).size(), 1);
        QCOMPARE(store.period(kSeptember).first().periodStart, kSeptember);
    }

    void shouldPruneAllButTheLast13Months()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        const QDate today(2026, 9, 15);
        const QDate thisMonth(2026, 9, 1);
        {
            SampleStore store(path);
            for (int back = 0; back < 20; ++back) {
                const QDate month = thisMonth.addMonths(-back);
                QVERIFY(store.add(sample(month, kst(month.addDays(3)), 1000 + back)));
                QVERIFY(store.add(sample(month, kst(month.addDays(20)), 5000 + back)));
            }
            // Kept: this month and the 13 before it (2025-08 .. 2026-09); 2025-07 and older go.
            QCOMPARE(store.prune(today), 2 * 6);
            QCOMPARE(store.prune(today), 0);
        }
        SampleStore again(path);
        QCOMPARE(again.period(thisMonth.addMonths(-SampleStore::kKeepMonths)).size(), 2);
        QVERIFY(again.period(thisMonth.addMonths(-SampleStore::kKeepMonths - 1)).isEmpty());
        QCOMPARE(again.since(0).size(), 2 * 14);
        QCOMPARE(again.since(0).first().periodStart, QDate(2025, 8, 1));
    }

    void shouldPruneInMemoryToo()
    {
        SampleStore store {QString()};
        QVERIFY(store.add(sample(QDate(2024, 1, 1), kst(QDate(2024, 1, 2)), 1)));
        QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(1)), 1)));
        QCOMPARE(store.prune(QDate(2026, 9, 30)), 1);
        QCOMPARE(store.since(0).size(), 1);
    }

    void shouldWriteTheSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        {
            SampleStore store(path);
            QVERIFY(store.isPersistent());
        }
        RawConnection raw(path);
        QVERIFY(raw.ok());
        QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt(),
                 SampleStore::kSchemaVersion);
        QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    }

    void shouldNotWriteToANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        {
            SampleStore store(path);
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(1)), 10)));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
        }
        {
            SampleStore store(path);
            QVERIFY(!store.isPersistent());
            QVERIFY(store.problem().contains(u"newer"_s));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 20)));
            QCOMPARE(store.period(kSeptember).size(), 2); // the file's, and this session's
            QCOMPARE(store.prune(QDate(2030, 1, 1)), 1); // only the one in memory
        }
        RawConnection raw(path);
        QCOMPARE(raw.scalar(u"SELECT value FROM meta WHERE key = 'schema_version'"_s).toInt(), 99);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM samples"_s).toInt(), 1);
    }

    void shouldKeepWorkingInMemoryWithADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char((i * 7919 + 13) % 251));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        {
            SampleStore store(path);
            QVERIFY(!store.isPersistent());
            QVERIFY(!store.problem().isEmpty());
            QVERIFY2(store.problem().contains(u"damaged"_s), qPrintable(store.problem()));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(1)), 10)));
            QVERIFY(!store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 10)));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(3)), 30)));
            QCOMPARE(store.period(kSeptember).size(), 2);
            QCOMPARE(store.since(kst(kSeptember.addDays(2))).size(), 1);
        }
        // The damaged file is left exactly as it was.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void shouldKeepWorkingInMemoryInAReadOnlyDirectory()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        // A history made while the folder was writable.
        const QString existing = folder + u"/old.sqlite"_s;
        {
            SampleStore store(existing);
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(1)), 10)));
        }
        ReadOnlyDir readOnly(folder);
        if (!readOnly.refusesWrites())
            QSKIP("Running as root: a read-only directory takes writes anyway.");
        for (const QString &path : QStringList {folder + u"/new.sqlite"_s, existing}) {
            SampleStore store(path);
            QVERIFY(!store.isPersistent());
            QVERIFY(!store.problem().isEmpty());
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 20)));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(3)), 30)));
            const QList<LiveSample> got = store.period(kSeptember);
            QVERIFY(got.size() >= 2); // the file's sample too, where SQLite can still read it
            QCOMPARE(got.constLast().price, 30);
        }
        QVERIFY(!QFile::exists(folder + u"/new.sqlite"_s));
    }

    void shouldKeepWorkingInMemoryWhenTheFolderCannotBeMade()
    {
        // Below a regular file no folder can be made, whoever runs the test.
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"file"_s);
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        SampleStore store(blocker + u"/billing/p.sqlite"_s);
        QVERIFY(!store.isPersistent());
        QVERIFY(store.problem().contains(u"folder"_s));
        QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 20)));
        QCOMPARE(store.period(kSeptember).size(), 1);
    }

    void shouldNotHangOnAWriteLockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        {
            SampleStore store(path);
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(1)), 10)));
        }
        RawConnection locker(path);
        QVERIFY(locker.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(locker.exec(u"INSERT INTO samples VALUES (1, 2461285, NULL, 5)"_s));
        QElapsedTimer timer;
        timer.start();
        {
            SampleStore store(path);
            QVERIFY(!store.isPersistent());
            QVERIFY2(store.problem().contains(u"in use"_s), qPrintable(store.problem()));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 20)));
            // WAL: the committed history is still read while another connection writes.
            const QList<LiveSample> got = store.period(kSeptember);
            QCOMPARE(got.size(), 2);
            QCOMPARE(got.constLast().price, 20);
        }
        QVERIFY2(timer.elapsed() < 10'000, "waited for the lock far too long");
        QVERIFY(locker.exec(u"ROLLBACK"_s));
    }

    void shouldNotHangOnAnExclusivelyLockedDatabase()
    {
        // A rollback-journal file (another program's, or an old one) held exclusively: not even
        // reading is possible.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        RawConnection locker(path);
        QVERIFY(locker.exec(u"PRAGMA journal_mode = DELETE"_s));
        QVERIFY(locker.exec(u"CREATE TABLE other (x)"_s));
        QVERIFY(locker.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(locker.exec(u"INSERT INTO other VALUES (1)"_s));
        QElapsedTimer timer;
        timer.start();
        {
            SampleStore store(path);
            QVERIFY(!store.isPersistent());
            QVERIFY2(store.problem().contains(u"in use"_s), qPrintable(store.problem()));
            QVERIFY(store.add(sample(kSeptember, kst(kSeptember.addDays(2)), 20)));
            QCOMPARE(store.period(kSeptember).size(), 1);
            QCOMPARE(store.since(0).size(), 1);
        }
        QVERIFY2(timer.elapsed() < 10'000, "waited for the lock far too long");
        QVERIFY(locker.exec(u"ROLLBACK"_s));
    }

    void shouldShareAFileBetweenTwoStores()
    {
        // Two windows of the same profile: each its own connection, both write.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.sqlite"_s);
        SampleStore a(path);
        SampleStore b(path);
        QVERIFY(a.isPersistent());
        QVERIFY(b.isPersistent());
        QVERIFY(a.add(sample(kSeptember, kst(kSeptember.addDays(1)), 10)));
        QVERIFY(!b.add(sample(kSeptember, kst(kSeptember.addDays(2)), 10))); // a stored it
        QVERIFY(b.add(sample(kSeptember, kst(kSeptember.addDays(3)), 30)));
        QCOMPARE(a.period(kSeptember).size(), 2);
    }

    void shouldKeepAnEmptyPathInMemory()
    {
        SampleStore store {QString()};
        QVERIFY(!store.isPersistent());
        QVERIFY(!store.problem().isEmpty());
        QVERIFY(store.add(sample(kSeptember, kst(kSeptember), 1)));
        QCOMPARE(store.since(0).size(), 1);
    }

    void shouldNameOneSafeFilePerProfile()
    {
        const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + u"/billing/"_s;
        const QString uuid = u"0b0c7a52-8c1e-4c4e-9a57-0f6f2c1d9e11"_s;
        QCOMPARE(SampleStore::pathFor(uuid), base + uuid + u".sqlite"_s);
        QCOMPARE(SampleStore::pathFor(u"demo"_s), base + u"demo.sqlite"_s);
        const QStringList odd {u"a/b"_s, u"a_b"_s, u"a%2Fb"_s, u"../x"_s,
                               u"."_s,   u""_s,    u"한국"_s,  u"C:\\x"_s};
        QSet<QString> seen;
        for (const QString &id : odd) {
            const QString path = SampleStore::pathFor(id);
            QVERIFY2(path.startsWith(base), qPrintable(path));
            const QString name = path.mid(base.size());
            QVERIFY2(!name.contains(u'/') && !name.contains(u'\\') && !name.contains(u':'),
                     qPrintable(name));
            QVERIFY(name.endsWith(u".sqlite"_s));
            QVERIFY(!name.startsWith(u'.'));
            seen.insert(name);
        }
        QCOMPARE(seen.size(), odd.size());
    }
};

QTEST_GUILESS_MAIN(TstSampleStore)
#include "tst_samplestore.moc"
