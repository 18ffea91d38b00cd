#pragma once

#include "livesample.h"

#include <QCoreApplication>
#include <QString>

//! The live-bill samples of one profile, kept on disk in SQLite (Qt SQL) so the burn line and
//! the projection survive a restart: one database per profile in the app data directory, a
//! versioned schema, at least 13 months kept. A sample is stored only when the amount differs
//! from the last one stored for the same period (readings of an unchanged estimate add
//! nothing). A file that is corrupt, locked or in a read-only place never crashes and never
//! blocks the page: the store says why it is unavailable and keeps working in memory only.
class SampleStore
{
    Q_DECLARE_TR_FUNCTIONS(SampleStore)
public:
    static constexpr int kSchemaVersion = 1;
    static constexpr int kKeepMonths = 13;

    //! Opens (or creates) the database at \a path. An empty path keeps samples in memory only.
    explicit SampleStore(const QString &path);
    ~SampleStore();
    SampleStore(const SampleStore &) = delete;
    SampleStore &operator=(const SampleStore &) = delete;

    //! The database file of profile \a profileId under the app data directory (made safe for a
    //! file name; one file per profile).
    [[nodiscard]] static QString pathFor(const QString &profileId);

    //! Deletes the samples of profile \a profileId (it was signed out); true when none are left.
    static bool removeFor(const QString &profileId);

    //! Whether samples are written to disk; when not, problem() says why (translated).
    [[nodiscard]] bool isPersistent() const;
    [[nodiscard]] QString problem() const;

    //! Stores \a sample unless it repeats the last amount of its period; true when it was new.
    //! Never fails: when the disk cannot take it, it is kept in memory for this session.
    bool add(const LiveSample &sample);
    //! The samples of the period starting \a periodStart, oldest first.
    [[nodiscard]] QList<LiveSample> period(const QDate &periodStart) const;
    //! Every sample read at or after \a fromMs, oldest first.
    [[nodiscard]] QList<LiveSample> since(qint64 fromMs) const;
    //! Removes the samples of periods older than kKeepMonths before \a today; how many went.
    int prune(const QDate &today);

private:
    struct Private;
    Private *d;
};
