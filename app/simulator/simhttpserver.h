#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QAbstractHttpServer>

#include <functional>

class QTcpSocket;

//! The HTTP side of the simulator: turns each Qt HttpServer request into a SimRequest and
//! writes the SimResponse back on the socket itself (full control of status line, headers
//! and bytes, which fault injection needs).
class SimHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    //! Answers \a request on \a socket, now or later (it may also never answer).
    using Handler = std::function<void(SimRequest &request, QTcpSocket *socket)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    //! Writes \a response as an HTTP/1.1 message on \a socket.
    static void write(QTcpSocket *socket, const SimResponse &response);
    //! The head (status line and headers) of \a response; \a contentLength overrides the real one.
    [[nodiscard]] static QByteArray head(const SimResponse &response, qint64 contentLength = -1);
    [[nodiscard]] static QByteArray reasonPhrase(int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};
