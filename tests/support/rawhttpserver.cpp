#include "rawhttpserver.h"

#include <QTcpSocket>

RawHttpServer::RawHttpServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] {
                m_buffers.remove(socket);
                m_streamed.remove(socket);
            });
        }
    });
    listen(QHostAddress::LocalHost, 0);
}

QString RawHttpServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    qint64 length = 0;
    for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return;
    requests.append(buffer.left(headEnd + 4 + length));
    buffer.remove(0, headEnd + 4 + length);
    switch (mode) {
    case Mode::Stall:
        return;
    case Mode::CloseAfterRequest:
        socket->abort();
        return;
    case Mode::Reply:
        socket->write(reply);
        if (closeAfterReply) {
            socket->disconnectFromHost();
            return;
        }
        if (streamBytes > 0) {
            connect(socket, &QTcpSocket::bytesWritten, socket,
                    [this, socket] { streamMore(socket); });
            streamMore(socket);
        }
        return;
    }
}

void RawHttpServer::streamMore(QTcpSocket *socket)
{
    qint64 &sent = m_streamed[socket];
    if (sent >= streamBytes || socket->bytesToWrite() > 1024 * 1024)
        return;
    const qint64 chunk = qMin<qint64>(256 * 1024, streamBytes - sent);
    socket->write(QByteArray(chunk, 'x'));
    sent += chunk;
}

QByteArray RawHttpServer::header(int index, const QByteArray &name) const
{
    const QByteArray head = requests.value(index).split('\r').join();
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray RawHttpServer::body(int index) const
{
    const QByteArray request = requests.value(index);
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    return headEnd < 0 ? QByteArray() : request.mid(headEnd + 4);
}
