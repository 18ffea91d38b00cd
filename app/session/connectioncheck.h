#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ApiCall;
class ApiClient;

//! One real, signed call (the zone list) that tells whether an account works and, if not,
//! why: the server's reachability and TLS, the key, the clock, the budget.
class ConnectionCheck final : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        QUrl endpoint;
        QString maskedAccessKey;
        ApiError error; //!< Kind::None when the key works
        int httpStatus = 0;
        int attempts = 0;
        qint64 roundTripMs = 0;
        QDateTime serverDate; //!< invalid when the server sent none
        QDateTime localTime;
        qint64 skewSecs = 0; //!< server - local, when measured
        bool skewMeasured = false;
        int requestsLastMinute = 0;

        [[nodiscard]] bool ok() const { return !error.isError(); }
    };

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void run(ApiClient *client);
    [[nodiscard]] bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void finished(const ConnectionCheck::Report &report);

private:
    QPointer<ApiCall> m_call;
};
