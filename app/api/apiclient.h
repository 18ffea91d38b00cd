#pragma once

#include "apicall.h"
#include "credentials/credentials.h"

#include <QObject>
#include <QUrl>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

//! The signed REST client: one per account, owning one QNetworkAccessManager. Signs every
//! attempt afresh at send time, never follows redirects, caps reply size and time, and turns
//! every answer into an ApiResult.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;
    static constexpr int kTransferTimeoutMs = 15'000;
    static constexpr int kDeadlineMs = 30'000;
    static constexpr int kPageDeadlineMs = 60'000;
    static constexpr int kPageSize = 100;

    explicit ApiClient(Clock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoint(const QUrl &endpoint);
    [[nodiscard]] QUrl endpoint() const { return m_endpoint; }
    void setCredentials(const Credentials &credentials);
    void clearCredentials();
    [[nodiscard]] bool hasCredentials() const { return m_credentials.isComplete(); }
    [[nodiscard]] QString maskedAccessKey() const { return m_credentials.maskedAccessKey(); }
    //! Seconds added to the local clock when signing (clock-skew correction).
    void setClockOffsetSecs(qint64 secs) { m_clockOffsetSecs = secs; }
    [[nodiscard]] qint64 clockOffsetSecs() const { return m_clockOffsetSecs; }
    [[nodiscard]] Clock *clock() const { return m_clock; }
    [[nodiscard]] QNetworkAccessManager *network() const { return m_network; }

    //! Sends \a request once; \a callback runs on \a receiver's thread unless it died first.
    ApiCall *send(const ApiRequest &request, QObject *receiver, ApiCallback callback);
    //! Sends a paged listing page after page and delivers every row in one result.
    ApiCall *fetchAll(const ApiRequest &listing, QObject *receiver, ApiCallback callback);

    //! https://, or http:// to a loopback address only (the simulator). \a why says what is wrong.
    [[nodiscard]] static bool isAllowedEndpoint(const QUrl &endpoint, QString *why = nullptr);
    //! The full URL \a request goes to under \a endpoint.
    [[nodiscard]] static QUrl urlFor(const QUrl &endpoint, const ApiRequest &request);
    //! Seconds from a Retry-After value (delta-seconds or HTTP date) at \a now; -1 if unreadable.
    [[nodiscard]] static int parseRetryAfter(const QByteArray &value, const QDateTime &now);
    //! An HTTP date (RFC 7231 IMF-fixdate and the two obsolete forms); invalid if unreadable.
    [[nodiscard]] static QDateTime parseHttpDate(const QByteArray &value);

Q_SIGNALS:
    //! An attempt went out (counts against the server's request budget).
    void requestSent(const QString &operation);
    //! An attempt came back, successfully or not.
    void replyReceived(const ApiResult &result);

private:
    void startAttempt(ApiCall *call);
    void finishReply(ApiCall *call, QNetworkReply *reply, qint64 sentAtMs);
    [[nodiscard]] ApiResult failWithoutSending(ApiError::Kind kind, const QString &detail) const;

    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    Credentials m_credentials;
    qint64 m_clockOffsetSecs = 0;
};
