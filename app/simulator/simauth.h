#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QHash>
#include <QList>

#include <deque>
#include <optional>

//! The server's door: known keys, the signature and its 5-minute window, source-IP
//! restrictions, and 60 requests a minute per key.
class SimAuth
{
public:
    static constexpr qint64 kWindowSecs = 300;

    void addKey(const QString &accessKey, const QByteArray &secretKey);
    void removeKey(const QString &accessKey);
    //! Restricts \a accessKey to \a addresses (empty: any). Others get 403 CHECK_IP.
    void setAllowedIps(const QString &accessKey, const QList<QHostAddress> &addresses);
    void setRequestsPerMinute(int limit) { m_perMinute = limit; }

    //! Checks headers and signature at server time \a nowSecs; on success sets
    //! request.accessKey and returns nullopt, otherwise the rejection.
    [[nodiscard]] std::optional<SimResponse> authenticate(SimRequest &request,
                                                          qint64 nowSecs) const;
    //! Counts one request of \a accessKey at \a nowMs; the 61st within a minute gets 429.
    [[nodiscard]] std::optional<SimResponse> admit(const QString &accessKey, qint64 nowMs);
    //! Requests of \a accessKey in the last 60 s.
    [[nodiscard]] int recentRequests(const QString &accessKey, qint64 nowMs);

private:
    void expire(std::deque<qint64> &window, qint64 nowMs) const;

    QHash<QString, QByteArray> m_keys;
    QHash<QString, QList<QHostAddress>> m_allowedIps;
    QHash<QString, std::deque<qint64>> m_windows;
    int m_perMinute = 60;
};
