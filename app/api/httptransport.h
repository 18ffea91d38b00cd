#pragma once

#include "apirequest.h"
#include "apiresult.h"
#include "credentials/credentials.h"

#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class Clock;
class QNetworkAccessManager;

//! One HTTP attempt: signs it at send time, sends it, and reads the answer into an ApiResult.
//! Never follows redirects; aborts after 15 s without progress, at the deadline (30 s, 60 s for a
//! page) and past 16 MiB. Timers run on the injected clock. Logs method, path, status and an
//! allow-list of headers only: never the signature, the secret or a body.
class HttpTransport final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;
    static constexpr qint64 kInactivityMs = 15'000;
    static constexpr qint64 kDeadlineMs = 30'000;
    static constexpr qint64 kPageDeadlineMs = 60'000;

    using Done = std::function<void(const ApiResult &)>;
    using Abort = std::function<void()>;

    explicit HttpTransport(Clock *clock, QObject *parent = nullptr);
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    //! Sends \a request to \a endpoint signed for \a timestamp. \a done runs once (also after
    //! the returned abort, with Kind::Cancelled), never after \a context died.
    //! \a deadlineMs, when above 0, shortens the attempt's deadline (what is left of a
    //! person's 30 s).
    Abort send(const QUrl &endpoint, const Credentials &credentials, qint64 timestamp,
               const ApiRequest &request, QObject *context, Done done, qint64 deadlineMs = 0);

    //! The full URL \a request goes to under \a endpoint.
    [[nodiscard]] static QUrl urlFor(const QUrl &endpoint, const ApiRequest &request);

    //! TLS 1.2 or newer, the system's CAs plus the extra ones, verification always on.
    [[nodiscard]] QSslConfiguration tlsConfiguration() const;
    //! Extra CA certificates to trust (a company proxy that re-signs traffic). Never a switch
    //! that turns verification off.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);

private:
    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QList<QSslCertificate> m_extraCas;
};
