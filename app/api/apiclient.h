#pragma once

#include "apicall.h"
#include "clockskew.h"
#include "connectivity.h"
#include "credentials/credentials.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

class Clock;
class QSslCertificate;
class HttpTransport;
class QNetworkAccessManager;
class RequestScheduler;

//! The signed REST client of one account. Every call goes through the scheduler (rate limit,
//! priorities, merging), is signed afresh per attempt with the measured clock offset, is retried
//! per the client policy (never re-sending what may have been carried out and must not be
//! repeated), and feeds the online/offline state. Calls complete through callbacks.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;

    explicit ApiClient(Clock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const QUrl &endpoint);
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials);
    void clearCredentials();
    [[nodiscard]] bool hasCredentials() const { return m_credentials.isComplete(); }
    [[nodiscard]] QString maskedAccessKey() const { return m_credentials.maskedAccessKey(); }
    //! Seconds added to the signing time on top of the measured skew (tests, diagnostics).
    void setClockOffsetSecs(qint64 secs) { m_manualOffsetSecs = secs; }
    [[nodiscard]] const ClockSkew &clockSkew() const { return m_skew; }
    [[nodiscard]] bool isOnline() const { return m_connectivity.isOnline(); }
    [[nodiscard]] qint64 offlineSinceMs() const { return m_connectivity.offlineSinceMs(); }
    [[nodiscard]] Clock *clock() const { return m_clock; }
    [[nodiscard]] QNetworkAccessManager *network() const;
    [[nodiscard]] RequestScheduler *scheduler() const { return m_scheduler; }
    //! Another account from now on: every call in flight or waiting is cancelled, and the
    //! budget, clock offset and online state start afresh.
    void resetAccount();
    //! A read-only profile: any change is refused without being sent (Kind::ReadOnly).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }
    //! Extra CA certificates to trust besides the system's.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    //! Attempts on the wire right now.
    [[nodiscard]] int attemptsInFlight() const { return m_inFlight; }
    //! Seeds the backoff jitter (tests and benchmarks).
    void setRandomSeed(quint32 seed) { m_random.seed(seed); }

    //! Sends \a request; \a callback runs once on \a receiver's thread unless it died first.
    //! Without \a priority: changes are Priority::Change, reads Priority::Read.
    ApiCall *send(const ApiRequest &request, QObject *receiver, ApiCallback callback,
                  std::optional<Priority> priority = std::nullopt);
    //! Sends a paged listing page after page and delivers every row in one result.
    ApiCall *fetchAll(const ApiRequest &listing, QObject *receiver, ApiCallback callback,
                      std::optional<Priority> priority = std::nullopt);

    //! A call made of other calls (a listing in several steps). It is not sent itself; finish it
    //! with finishComposite(); \a abort stops its steps when it is cancelled.
    ApiCall *beginComposite(const ApiRequest &describing, Priority priority, QObject *receiver,
                            ApiCallback callback, std::function<void()> abort);
    void finishComposite(ApiCall *call, const ApiResult &result);

    //! https://, or http:// to a loopback address only (the simulator). \a why says what is wrong.
    [[nodiscard]] static bool isAllowedEndpoint(const QUrl &endpoint, QString *why = nullptr);

Q_SIGNALS:
    //! An attempt went out (counts against the server's request budget).
    void requestSent(const QString &operation);
    //! An attempt came back, successfully or not.
    void replyReceived(const ApiResult &result);
    //! The measured clock skew or the offset in use changed.
    void clockSkewChanged(qint64 measuredSecs, qint64 offsetSecs);
    void onlineChanged(bool online);
    //! The server said "too many requests": background work waits until \a untilMs.
    void rateLimited(qint64 untilMs);

private:
    void dispatch(ApiCall *call);
    void onAttemptDone(ApiCall *call, ApiResult result);
    void finish(ApiCall *call, const ApiResult &result);
    void failWithoutSending(ApiCall *call, ApiError::Kind kind, const QString &detail);
    void scheduleProbe();
    void cancelCall(ApiCall *call);

    Clock *m_clock;
    HttpTransport *m_transport;
    RequestScheduler *m_scheduler;
    QUrl m_endpoint;
    Credentials m_credentials;
    qint64 m_manualOffsetSecs = 0;
    ClockSkew m_skew;
    Connectivity m_connectivity;
    QRandomGenerator m_random;
    Clock::TimerId m_probeTimer = 0;
    int m_inFlight = 0;
    bool m_readOnly = false;
    int m_failedProbes = 0;
};
