#include "samplestore.h"

#include <QFile>

#include "projection.h"
#include "util/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {

//! How long a write waits for another connection (another console window of the same profile)
//! before the store gives up on the disk: long enough for a one-row write, short enough not to
//! freeze the window. Qt's default would be 5 s.
constexpr int kBusyTimeoutMs = 500;

//! SQLite's primary result codes (sqlite3.h), as QSQLITE gives them in nativeErrorCode().
enum SqliteCode {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1; // extended codes carry the primary one in the low byte
}

//! A date as stored: its Julian day number (an integer compares, sorts and reads fast), NULL
//! for none.
QVariant dayOf(const QDate &date)
{
    return date.isValid() ? QVariant(date.toJulianDay()) : QVariant();
}

QDate dateOf(const QVariant &day)
{
    return day.isNull() ? QDate() : QDate::fromJulianDay(day.toLongLong());
}

//! Samples of both lists (each oldest first), oldest first.
QList<LiveSample> merged(const QList<LiveSample> &a, const QList<LiveSample> &b)
{
    if (b.isEmpty())
        return a;
    if (a.isEmpty())
        return b;
    QList<LiveSample> out;
    out.reserve(a.size() + b.size());
    std::merge(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out),
               [](const LiveSample &x, const LiveSample &y) { return x.readAtMs < y.readAtMs; });
    return out;
}

} // namespace

struct SampleStore::Private
{
    Q_DECLARE_TR_FUNCTIONS(SampleStore) // the messages are the store's
public:
public:
    QString path;
    QString connection; //!< empty: no database was added
    bool readable = false; //!< the file's samples can be read
    bool persistent = false; //!< new samples are written to the file
    QString problem;
    QList<LiveSample> memory; //!< samples not on disk, oldest first

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }
    void open();
    [[nodiscard]] QString describe(const QSqlError &error) const;
    void readFailed(const QSqlError &error);
    void writeFailed(const QSqlError &error);
    [[nodiscard]] bool exec(QSqlQuery &query, const QString &sql, QSqlError *error);
    [[nodiscard]] bool readVersion(QSqlQuery &q, int *version, QSqlError *error);
    void newerVersion();
    [[nodiscard]] QList<LiveSample> select(const QString &where, const QVariant &value);
    [[nodiscard]] std::optional<LiveSample> lastBefore(const LiveSample &sample);
};

QString SampleStore::Private::describe(const QSqlError &error) const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (sqliteCode(error)) {
    case kBusy:
    case kLocked:
        return tr("The billing history %1 is in use by another program (another console window?), "
                  "so this session's live-bill readings are kept only until the console closes.")
                .arg(file);
    case kCorrupt:
    case kNotADb:
        return tr("The billing history %1 is damaged and has been left as it is; live-bill "
                  "readings are kept only until the console closes. Move the file away to start "
                  "a new history.")
                .arg(file);
    case kPerm:
    case kReadOnly:
    case kIoErr:
    case kFull:
    case kCantOpen:
        return tr("The billing history %1 cannot be written (a read-only folder, a full disk or "
                  "no permission), so live-bill readings are kept only until the console closes.")
                .arg(file);
    default:
        //: %2 is SQLite's own description of the error, in English
        return tr("The billing history %1 cannot be used (%2), so live-bill readings are kept "
                  "only until the console closes.")
                .arg(file, error.text());
    }
}

void SampleStore::Private::readFailed(const QSqlError &error)
{
    qCWarning(lcSession) << "billing history unreadable:" << error.text();
    if (problem.isEmpty())
        problem = describe(error);
    readable = false;
    persistent = false;
}

void SampleStore::Private::writeFailed(const QSqlError &error)
{
    qCWarning(lcSession) << "billing history not writable:" << error.text();
    if (problem.isEmpty())
        problem = describe(error);
    persistent = false;
}

bool SampleStore::Private::exec(QSqlQuery &query, const QString &sql, QSqlError *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

bool SampleStore::Private::readVersion(QSqlQuery &q, int *version, QSqlError *error)
{
    *version = 0;
    if (!exec(q, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s, error))
        return false;
    const bool hasMeta = q.next();
    q.finish();
    if (!hasMeta)
        return true; // a new file
    if (!exec(q, u"SELECT value FROM meta WHERE key = 'schema_version'"_s, error))
        return false;
    *version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return true;
}

void SampleStore::Private::newerVersion()
{
    // A newer console's file: read what still fits, never write to it.
    problem = tr("The billing history %1 was written by a newer version of the console and is "
                 "not changed; live-bill readings are kept only until the console closes.")
                      .arg(QDir::toNativeSeparators(path));
}

void SampleStore::Private::open()
{
    if (path.isEmpty()) {
        problem = tr("Live-bill readings are kept only until the console closes.");
        return;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        problem = tr("The folder %1 cannot be created, so live-bill readings are kept only "
                     "until the console closes.")
                          .arg(QDir::toNativeSeparators(folder));
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        problem = tr("Qt's SQLite driver is not installed (the package libqt6sql6-sqlite), so "
                     "live-bill readings are kept only until the console closes.");
        return;
    }
    static std::atomic<int> counter {0};
    connection = u"iwinv-samples-%1"_s.arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        readFailed(db.lastError());
        return;
    }

    // Reading first: a damaged file or another connection's exclusive lock shows here.
    QSqlQuery q(db);
    QSqlError error;
    int version = 0;
    if (!readVersion(q, &version, &error)) {
        readFailed(error);
        return;
    }
    readable = version > 0;
    if (version > kSchemaVersion) {
        newerVersion();
        return;
    }

    // WAL: readers and the one writer do not block each other; NORMAL is safe with WAL and
    // spares an fsync per reading. Where WAL cannot be had, SQLite stays in its default mode.
    if (!exec(q, u"PRAGMA journal_mode = WAL"_s, &error)
        || !exec(q, u"PRAGMA synchronous = NORMAL"_s, &error)) {
        writeFailed(error);
        return;
    }
    q.finish();

    // The schema, in one write transaction (this also proves the file can be written); the
    // version read again inside it, in case a newer console changed the file meanwhile.
    // samples: read_at in ms since the epoch (UTC), the period's dates as Julian day numbers,
    // price in won (64-bit); one row per period and moment.
    if (!exec(q, u"BEGIN IMMEDIATE"_s, &error)) {
        writeFailed(error);
        return;
    }
    if (!readVersion(q, &version, &error)) {
        q.exec(u"ROLLBACK"_s);
        writeFailed(error);
        return;
    }
    if (version > kSchemaVersion) {
        q.exec(u"ROLLBACK"_s);
        readable = true;
        newerVersion();
        return;
    }
    // Version 1 is the first: a later version migrates older files here, step by step. The
    // version is written every time: a real write is what proves the file takes them.
    const bool created
            = (exec(q,
                    u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                    "value TEXT NOT NULL)"_s,
                    &error)
               && exec(q,
                       u"CREATE TABLE IF NOT EXISTS samples (read_at INTEGER NOT NULL, "
                       "period_start INTEGER NOT NULL, period_end INTEGER, "
                       "price INTEGER NOT NULL, UNIQUE (period_start, read_at))"_s,
                       &error)
               && exec(q, u"CREATE INDEX IF NOT EXISTS samples_read_at ON samples (read_at)"_s,
                       &error)
               && exec(q,
                       u"INSERT OR REPLACE INTO meta (key, value) "
                       "VALUES ('schema_version', '%1')"_s.arg(kSchemaVersion),
                       &error));
    if (!created || !exec(q, u"COMMIT"_s, &error)) {
        q.exec(u"ROLLBACK"_s);
        writeFailed(error);
        return;
    }
    readable = true;
    persistent = true;
}

QList<LiveSample> SampleStore::Private::select(const QString &where, const QVariant &value)
{
    QList<LiveSample> out;
    if (!readable)
        return out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT read_at, period_start, period_end, price FROM samples WHERE "_s + where
                   + u" ORDER BY read_at, period_start"_s)) {
        readFailed(q.lastError());
        return out;
    }
    q.addBindValue(value);
    if (!q.exec()) {
        readFailed(q.lastError());
        return out;
    }
    while (q.next()) {
        LiveSample s;
        s.readAtMs = q.value(0).toLongLong();
        s.periodStart = dateOf(q.value(1));
        s.periodEnd = dateOf(q.value(2));
        s.price = q.value(3).toLongLong();
        out.append(s);
    }
    if (q.lastError().isValid()) {
        readFailed(q.lastError());
        return {};
    }
    return out;
}

std::optional<LiveSample> SampleStore::Private::lastBefore(const LiveSample &sample)
{
    std::optional<LiveSample> last;
    if (readable) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const bool ok = q.prepare(u"SELECT read_at, price FROM samples WHERE period_start = ? "
                                  "AND read_at <= ? ORDER BY read_at DESC LIMIT 1"_s);
        if (ok) {
            q.addBindValue(dayOf(sample.periodStart));
            q.addBindValue(sample.readAtMs);
        }
        if (!ok || !q.exec()) {
            readFailed(q.lastError());
        } else if (q.next()) {
            LiveSample s = sample;
            s.readAtMs = q.value(0).toLongLong();
            s.price = q.value(1).toLongLong();
            last = s;
        }
    }
    for (auto it = memory.crbegin(); it != memory.crend(); ++it) {
        if (it->periodStart == sample.periodStart && it->readAtMs <= sample.readAtMs) {
            if (!last || it->readAtMs >= last->readAtMs)
                last = *it;
            break;
        }
    }
    return last;
}

SampleStore::SampleStore(const QString &path) : d(new Private)
{
    d->path = path;
    d->open();
}

SampleStore::~SampleStore()
{
    if (!d->connection.isEmpty()) {
        {
            QSqlDatabase db = d->db();
            db.close();
        }
        QSqlDatabase::removeDatabase(d->connection);
    }
    delete d;
}

QString SampleStore::pathFor(const QString &profileId)
{
    // Letters, digits, '-' and '_' as they are, everything else percent-encoded: no separator
    // or dot survives, and two ids never share a file ("%" alone, for no id, is no encoding).
    QString name = QString::fromLatin1(profileId.toUtf8().toPercentEncoding({}, ".~"));
    if (name.isEmpty())
        name = u"%"_s;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/billing/"_s + name
            + u".sqlite"_s;
}

bool SampleStore::isPersistent() const
{
    return d->persistent;
}

QString SampleStore::problem() const
{
    return d->problem;
}

bool SampleStore::add(const LiveSample &sample)
{
    LiveSample s = sample;
    if (!s.periodStart.isValid())
        s.periodStart = BillProjection::monthOf(s.readAtMs);

    // Only a change is news: the same moment again, or the amount the period last had.
    const std::optional<LiveSample> last = d->lastBefore(s);
    if (last && (last->readAtMs == s.readAtMs || last->price == s.price))
        return false;

    if (d->persistent) {
        QSqlQuery q(d->db());
        q.prepare(u"INSERT OR IGNORE INTO samples (read_at, period_start, period_end, price) "
                  "VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(s.readAtMs);
        q.addBindValue(dayOf(s.periodStart));
        q.addBindValue(dayOf(s.periodEnd));
        q.addBindValue(s.price);
        if (q.exec())
            return true;
        d->writeFailed(q.lastError());
    }
    const auto at = std::upper_bound(
            d->memory.begin(), d->memory.end(), s,
            [](const LiveSample &a, const LiveSample &b) { return a.readAtMs < b.readAtMs; });
    d->memory.insert(at, s);
    return true;
}

QList<LiveSample> SampleStore::period(const QDate &periodStart) const
{
    if (!periodStart.isValid())
        return {};
    QList<LiveSample> inMemory;
    for (const LiveSample &s : std::as_const(d->memory)) {
        if (s.periodStart == periodStart)
            inMemory.append(s);
    }
    return merged(d->select(u"period_start = ?"_s, dayOf(periodStart)), inMemory);
}

QList<LiveSample> SampleStore::since(qint64 fromMs) const
{
    QList<LiveSample> inMemory;
    for (const LiveSample &s : std::as_const(d->memory)) {
        if (s.readAtMs >= fromMs)
            inMemory.append(s);
    }
    return merged(d->select(u"read_at >= ?"_s, fromMs), inMemory);
}

int SampleStore::prune(const QDate &today)
{
    if (!today.isValid())
        return 0;
    const QDate cutoff = QDate(today.year(), today.month(), 1).addMonths(-kKeepMonths);
    int removed = 0;
    if (d->persistent) {
        QSqlQuery q(d->db());
        q.prepare(u"DELETE FROM samples WHERE period_start < ?"_s);
        q.addBindValue(dayOf(cutoff));
        if (q.exec())
            removed += q.numRowsAffected();
        else
            d->writeFailed(q.lastError());
    }
    removed += int(d->memory.removeIf([&](const LiveSample &s) { return s.periodStart < cutoff; }));
    return removed;
}

bool SampleStore::removeFor(const QString &profileId)
{
    const QString path = pathFor(profileId);
    bool ok = true;
    const QStringList files
            = {path, QString(path + QStringLiteral("-wal")), QString(path + QStringLiteral("-shm")),
               QString(path + QStringLiteral("-journal"))};
    for (const QString &file : files) {
        if (QFile::exists(file) && !QFile::remove(file))
            ok = false;
    }
    return ok;
}
