#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

class QTcpSocket;

//! A loopback server that answers every request with bytes chosen by the test: a redirect, a
//! cut-off body, a huge body, or nothing at all. Records what it received.
class RawHttpServer final : public QTcpServer
{
    Q_OBJECT
public:
    enum class Mode { Reply, Stall, CloseAfterRequest };

    explicit RawHttpServer(QObject *parent = nullptr);
    [[nodiscard]] QString endpoint() const;

    Mode mode = Mode::Reply;
    //! Sent as is for Mode::Reply.
    QByteArray reply;
    //! Extra bytes streamed after `reply`, in chunks, while the client reads (a huge body).
    qint64 streamBytes = 0;
    //! Close the connection once `reply` is written (a body shorter than announced).
    bool closeAfterReply = false;
    //! Every request received (head and body).
    QList<QByteArray> requests;

    //! A header value of request \a index.
    [[nodiscard]] QByteArray header(int index, const QByteArray &name) const;
    [[nodiscard]] QByteArray body(int index) const;

private:
    void onReadyRead(QTcpSocket *socket);
    void streamMore(QTcpSocket *socket);
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, qint64> m_streamed;
};
