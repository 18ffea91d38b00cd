#pragma once

#include "api/apirequest.h"

#include <QObject>
#include <QString>

//! The local journal: one line per change the console sent (time, profile, operation, target,
//! parameters without secrets, outcome), as JSON lines in the application's data folder.
class Journal final : public QObject
{
    Q_OBJECT
public:
    //! \a path: the file to append to (empty: the default in AppDataLocation).
    explicit Journal(const QString &path = QString(), QObject *parent = nullptr);

    [[nodiscard]] QString path() const { return m_path; }
    void setProfile(const QString &profileName) { m_profile = profileName; }
    //! Records a change as sent; returns its entry id for the outcome.
    quint64 sent(const ApiRequest &request, const QString &target);
    //! Records how entry \a id ended ("accepted", "refused: CHECK_PARAM", "done", ...).
    void outcome(quint64 id, const QString &outcome);
    //! The parameters of \a request that may be written down (no secret-looking field).
    [[nodiscard]] static QJsonObject safeParameters(const ApiRequest &request);

private:
    void append(const QJsonObject &line);

    QString m_path;
    QString m_profile;
    quint64 m_next = 0;
};
