#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <QList>
#include <QPair>

//! What one exchange on the wire produced, whichever way it was sent.
struct WireAnswer
{
    int status = 0; //!< 0: no HTTP answer (see failure)
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool cutShort = false; //!< the body broke off (reset, shorter than announced)
    QString detail; //!< what went wrong below HTTP, in the network stack's words
    // Without an HTTP answer:
    ApiError::Kind failure = ApiError::Kind::Network; //!< Network, Tls, Timeout or TooLarge
    bool mayHaveReachedServer = true;
    QStringList tlsProblems;

    //! The value of response header \a name (any case); empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

//! The way one HTTP attempt goes out: through QNetworkAccessManager (ReplyWire) or on a
//! connection of its own, sent exactly once (OneShotWire). HttpAttempt drives either.
class HttpWire : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    //! Sends the request; answered() follows once, also after abort().
    virtual void start() = 0;
    //! Stops at once; answered() follows with what was received.
    virtual void abort() = 0;

Q_SIGNALS:
    //! Bytes moved in either direction (the inactivity timeout starts again).
    void progressed();
    void answered(const WireAnswer &answer);
};
