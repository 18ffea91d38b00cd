#include "simfaults.h"

#include "simhttpserver.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
int codeForName(const QString &name)
{
    for (int code = 0; code <= 0x18; ++code) {
        if (SimResponse::codeName(SimCode(code)) == name)
            return code;
    }
    return -1;
}
} // namespace

void SimFaults::add(const SimFault &fault)
{
    m_faults.append(fault);
}

void SimFaults::clear()
{
    m_faults.clear();
}

SimFaults::Layer SimFaults::layerOf(SimFault::Kind kind)
{
    switch (kind) {
    case SimFault::Kind::Delay:
    case SimFault::Kind::Stall:
    case SimFault::Kind::StallMidBody:
    case SimFault::Kind::ShortBody:
    case SimFault::Kind::Reset:
        return Layer::Transport;
    case SimFault::Kind::Status:
    case SimFault::Kind::Body:
    case SimFault::Kind::Huge:
    case SimFault::Kind::RepeatPage:
    case SimFault::Kind::WrongCount:
        return Layer::Pipeline;
    }
    return Layer::Pipeline;
}

std::optional<SimFault> SimFaults::take(const SimRequest &request, Layer layer)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (layerOf(fault.kind) != layer || !fault.matches(request.method, request.path))
            continue;
        const SimFault taken = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

SimResponse SimFaults::answer(SimRequest &request, const SimFault &fault, const Route &route)
{
    switch (fault.kind) {
    case SimFault::Kind::Status: {
        if (fault.processes())
            (void)route(request);
        const int code = codeForName(fault.errorCode);
        SimResponse r;
        if (!fault.body.isEmpty() || code < 0) {
            r.status = fault.status;
            r.body = fault.body;
            if (fault.body.trimmed().startsWith('<'))
                r.setHeader("Content-Type", "text/html; charset=utf-8");
        } else {
            r = SimResponse::error(SimCode(code), u"injected"_s, fault.status);
        }
        if (fault.retryAfter)
            r.setHeader("Retry-After", *fault.retryAfter);
        return r;
    }
    case SimFault::Kind::Body: {
        if (fault.processes())
            (void)route(request);
        SimResponse r;
        r.status = fault.status > 0 ? fault.status : 200;
        r.body = fault.body;
        return r;
    }
    case SimFault::Kind::Huge: {
        if (fault.processes())
            (void)route(request);
        const QByteArray prefix = R"({"code":"0x00","error_code":"SUCCESS","message":")";
        const QByteArray suffix = R"(","result":[],"count":0})";
        SimResponse r;
        r.body = prefix
                + QByteArray(qMax<qint64>(0, fault.size - prefix.size() - suffix.size()), 'x')
                + suffix;
        return r;
    }
    case SimFault::Kind::RepeatPage:
        if (request.query.contains(u"page_no"_s))
            request.query.insert(u"page_no"_s, u"1"_s);
        return route(request);
    case SimFault::Kind::WrongCount: {
        SimResponse r = route(request);
        QJsonObject root = QJsonDocument::fromJson(r.body).object();
        if (root.contains(u"count"_s))
            root.insert(u"count"_s, 100);
        if (root.contains(u"total"_s))
            root.insert(u"total"_s, 5);
        r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        return r;
    }
    case SimFault::Kind::Delay:
    case SimFault::Kind::Stall:
    case SimFault::Kind::StallMidBody:
    case SimFault::Kind::ShortBody:
    case SimFault::Kind::Reset:
        break;
    }
    return route(request);
}

void SimFaults::deliver(const SimFault &fault, const SimResponse &response, QTcpSocket *socket,
                        Clock &clock)
{
    const QByteArray head = SimHttpServer::head(response);
    switch (fault.kind) {
    case SimFault::Kind::Delay: {
        QPointer<QTcpSocket> guard(socket);
        clock.callAfter(fault.delayMs, socket, [guard, response] {
            if (guard)
                SimHttpServer::write(guard, response);
        });
        return;
    }
    case SimFault::Kind::Stall:
        return;
    case SimFault::Kind::StallMidBody:
        socket->write(head + response.body.left(response.body.size() / 2));
        return;
    case SimFault::Kind::ShortBody:
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case SimFault::Kind::Reset:
        socket->abort();
        return;
    case SimFault::Kind::Status:
    case SimFault::Kind::Body:
    case SimFault::Kind::Huge:
    case SimFault::Kind::RepeatPage:
    case SimFault::Kind::WrongCount:
        break;
    }
    SimHttpServer::write(socket, response);
}
