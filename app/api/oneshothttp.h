#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>

class QSslSocket;
class QSslError;

//! One HTTP/1.1 exchange on a fresh connection, sent exactly once.
//!
//! QNetworkAccessManager silently sends a request again when the server closes a connection
//! before answering, whatever the method; for a create or a reboot that could do the thing
//! twice. The requests that must never be repeated (create, reboot, rebuild, resize) go through
//! this instead: one connection, `Connection: close`, no internal retry, no redirects, TLS
//! verified as everywhere else, the system proxy honoured.
class OneShotHttp final : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0; //!< 0: no HTTP answer
        Headers headers;
        QByteArray body;
        bool complete = false; //!< the whole body as announced arrived
        bool connected = false; //!< the connection (and TLS) was established
        bool requestWritten = false; //!< some of the request left this computer
        QString error; //!< what went wrong below HTTP
        bool refused = false; //!< connection refused / host not found (never sent)
        bool tlsFailed = false;
        QStringList tlsProblems;
        bool tooLarge = false;
    };

    OneShotHttp(const QUrl &url, const QByteArray &method, const Headers &headers,
                const QByteArray &body, const QSslConfiguration &tls, qint64 maxBytes,
                QObject *parent = nullptr);
    ~OneShotHttp() override;

    void start();
    //! Stops at once; finished() follows with what was received.
    void abort();

Q_SIGNALS:
    //! Bytes moved in either direction (for an inactivity timeout).
    void progressed();
    void finished(const OneShotHttp::Response &response);

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void parse();
    void finish();

    QUrl m_url;
    QByteArray m_request;
    QSslConfiguration m_tls;
    qint64 m_maxBytes;
    QSslSocket *m_socket;
    QByteArray m_buffer;
    Response m_response;
    bool m_headDone = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_finished = false;
};
