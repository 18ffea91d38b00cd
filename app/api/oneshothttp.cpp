#include "oneshothttp.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSslSocket>

using namespace Qt::StringLiterals;

OneShotHttp::OneShotHttp(const QUrl &url, const QByteArray &method, const Headers &headers,
                         const QByteArray &body, const QSslConfiguration &tls, qint64 maxBytes,
                         QObject *parent)
    : QObject(parent), m_url(url), m_tls(tls), m_maxBytes(maxBytes), m_socket(new QSslSocket(this))
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    m_request = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    m_request += "\r\n" + body;
}

OneShotHttp::~OneShotHttp() = default;

void OneShotHttp::start()
{
    const bool https = m_url.scheme() == u"https"_s;
    QHostAddress address;
    const bool loopback = m_url.host() == u"localhost"_s
            || (address.setAddress(m_url.host()) && address.isLoopback());
    if (loopback) {
        m_socket->setProxy(QNetworkProxy::NoProxy);
    } else {
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(
                QNetworkProxyQuery(m_url, QNetworkProxyQuery::UrlRequest));
        // A plain HTTP proxy cannot tunnel: pick the first one that can (or none).
        for (const QNetworkProxy &p : proxies) {
            if (p.type() == QNetworkProxy::NoProxy
                || (p.capabilities() & QNetworkProxy::TunnelingCapability)) {
                m_socket->setProxy(p);
                break;
            }
        }
    }
    connect(m_socket, &QSslSocket::bytesWritten, this, &OneShotHttp::progressed);
    connect(m_socket, &QSslSocket::readyRead, this, &OneShotHttp::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &OneShotHttp::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &OneShotHttp::onError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_response.tlsProblems.append(e.errorString());
        // Never ignored: the handshake fails.
    });
    const quint16 port = quint16(m_url.port(https ? 443 : 80));
    if (https) {
        m_socket->setSslConfiguration(m_tls);
        connect(m_socket, &QSslSocket::encrypted, this, &OneShotHttp::onConnected);
        m_socket->connectToHostEncrypted(m_url.host(), port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &OneShotHttp::onConnected);
        m_socket->connectToHost(m_url.host(), port);
    }
}

void OneShotHttp::abort()
{
    if (m_finished)
        return;
    m_response.error = u"aborted"_s;
    finish();
}

void OneShotHttp::onConnected()
{
    m_response.connected = true;
    m_response.requestWritten = true;
    m_socket->write(m_request);
}

void OneShotHttp::onReadyRead()
{
    m_buffer += m_socket->readAll();
    Q_EMIT progressed();
    if (m_buffer.size() > m_maxBytes) {
        m_response.tooLarge = true;
        finish();
        return;
    }
    parse();
}

void OneShotHttp::parse()
{
    if (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        m_response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_response.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_contentLength = value.toLongLong();
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0
                && value.toLower().contains("chunked"))
                m_chunked = true;
        }
        m_buffer.remove(0, end + 4);
        m_headDone = true;
        if (m_contentLength > m_maxBytes) {
            m_response.tooLarge = true;
            finish();
            return;
        }
    }
    if (m_chunked) {
        // Decode once the terminating chunk is here.
        QByteArray body;
        qsizetype pos = 0;
        while (true) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return;
            bool ok = false;
            const qint64 size = m_buffer.mid(pos, lineEnd - pos)
                                        .split(';')
                                        .value(0)
                                        .trimmed()
                                        .toLongLong(&ok, 16);
            if (!ok)
                return;
            if (size == 0) {
                m_response.body = body;
                m_response.complete = true;
                finish();
                return;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return;
            body += m_buffer.mid(lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
    }
    if (m_contentLength >= 0 && m_buffer.size() >= m_contentLength) {
        m_response.body = m_buffer.left(m_contentLength);
        m_response.complete = true;
        finish();
    }
}

void OneShotHttp::onDisconnected()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    parse();
    if (m_finished)
        return;
    if (m_headDone && !m_chunked && m_contentLength < 0) {
        // No length given: the end of the connection ends the body.
        m_response.body = m_buffer;
        m_response.complete = true;
    } else {
        m_response.body = m_buffer;
        if (m_response.error.isEmpty())
            m_response.error = u"the connection closed before the whole answer arrived"_s;
    }
    finish();
}

void OneShotHttp::onError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    m_response.error = m_socket->errorString();
    if (!m_response.connected) {
        m_response.refused = error == QAbstractSocket::ConnectionRefusedError
                || error == QAbstractSocket::HostNotFoundError
                || error == QAbstractSocket::ProxyConnectionRefusedError
                || error == QAbstractSocket::ProxyNotFoundError;
        m_response.tlsFailed = error == QAbstractSocket::SslHandshakeFailedError
                || !m_response.tlsProblems.isEmpty();
    }
    finish();
}

void OneShotHttp::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished(m_response);
}
