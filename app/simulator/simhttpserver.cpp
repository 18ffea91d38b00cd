#include "simhttpserver.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{ }

QByteArray SimHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray SimHttpServer::head(const SimResponse &response, qint64 contentLength)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            out += header.first + ": " + header.second + "\r\n";
    }
    out += "Content-Length: "
            + QByteArray::number(contentLength >= 0 ? contentLength : response.body.size())
            + "\r\n";
    out += "\r\n";
    return out;
}

void SimHttpServer::write(QTcpSocket *socket, const SimResponse &response)
{
    socket->write(head(response) + response.body);
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest req;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        req.method = u"GET"_s;
        break;
    case QHttpServerRequest::Method::Post:
        req.method = u"POST"_s;
        break;
    case QHttpServerRequest::Method::Put:
        req.method = u"PUT"_s;
        break;
    case QHttpServerRequest::Method::Delete:
        req.method = u"DELETE"_s;
        break;
    case QHttpServerRequest::Method::Patch:
        req.method = u"PATCH"_s;
        break;
    case QHttpServerRequest::Method::Head:
        req.method = u"HEAD"_s;
        break;
    case QHttpServerRequest::Method::Options:
        req.method = u"OPTIONS"_s;
        break;
    default:
        req.method = u"UNKNOWN"_s;
        break;
    }
    req.path = request.url().path(QUrl::FullyEncoded);
    const QUrlQuery query = request.query();
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        req.query.insert(item.first, item.second);
    for (const auto &header : request.headers())
        req.headers.insert(header.first.toLower(), header.second);
    req.body = request.body();
    req.peer = request.remoteAddress();
    m_handler(req, socket);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, SimResponse::error(SimCode::NotFound, u"route not found"_s));
}
