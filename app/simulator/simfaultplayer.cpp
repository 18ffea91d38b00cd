// The parts of Simulator that misbehave on purpose: faults on the wire and in the answers, and
// the loopback-only control routes under /_sim.
#include "simhttpserver.h"
#include "simulator.h"
#include "util/clock.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
bool isTransportKind(SimFault::Kind kind)
{
    switch (kind) {
    case SimFault::Kind::Delay:
    case SimFault::Kind::Stall:
    case SimFault::Kind::StallMidBody:
    case SimFault::Kind::ShortBody:
    case SimFault::Kind::Reset:
        return true;
    case SimFault::Kind::Status:
    case SimFault::Kind::Body:
    case SimFault::Kind::Huge:
    case SimFault::Kind::RepeatPage:
    case SimFault::Kind::WrongCount:
        return false;
    }
    return false;
}

SimResponse plainJson(int status, const QJsonObject &body)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

int codeForName(const QString &name)
{
    for (int code = 0; code <= 0x18; ++code) {
        if (SimResponse::codeName(SimCode(code)) == name)
            return code;
    }
    return -1;
}
} // namespace

std::optional<SimFault> Simulator::takeFault(const SimRequest &request, bool transport)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SimFault &fault = m_faults[i];
        if (isTransportKind(fault.kind) != transport || !fault.matches(request.method, request.path))
            continue;
        const SimFault taken = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

SimResponse Simulator::applyFault(SimRequest &request, const SimFault &fault)
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
        r.body = prefix + QByteArray(qMax<qint64>(0, fault.size - prefix.size() - suffix.size()), 'x')
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

void Simulator::serve(SimRequest &request, QTcpSocket *socket)
{
    if (!m_sockets.contains(socket)) {
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
    }
    if (request.path.startsWith(u"/_sim"_s)) {
        if (auto answer = control(request))
            SimHttpServer::write(socket, *answer);
        else
            SimHttpServer::write(socket, plainJson(404, {{u"error"_s, u"unknown control route"_s}}));
        return;
    }
    const std::optional<SimFault> fault = takeFault(request, true);
    if (!fault) {
        SimHttpServer::write(socket, handle(request));
        return;
    }
    if (!fault->processes()) {
        // The request got here but nothing is done and nothing comes back.
        m_log.append(Record{request.method, request.path, 0, QString(), QString(), m_clock->nowMs()});
        if (fault->kind == SimFault::Kind::Reset)
            socket->abort();
        return;
    }
    const SimResponse response = handle(request);
    const QByteArray head = SimHttpServer::head(response);
    switch (fault->kind) {
    case SimFault::Kind::Delay: {
        QPointer<QTcpSocket> guard(socket);
        m_clock->callAfter(fault->delayMs, socket, [guard, response] {
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

std::optional<SimResponse> Simulator::control(SimRequest &request)
{
    if (!request.peer.isLoopback())
        return plainJson(403, {{u"error"_s, u"control routes answer loopback only"_s}});
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts == QStringList{u"_sim"_s, u"faults"_s}) {
        if (request.method == u"DELETE"_s) {
            clearFaults();
            return plainJson(200, {{u"faults"_s, 0}});
        }
        if (request.method == u"POST"_s) {
            QString error;
            const std::optional<SimFault> fault = SimFault::fromJson(body, &error);
            if (!fault)
                return plainJson(400, {{u"error"_s, error}});
            addFault(*fault);
            return plainJson(200, {{u"faults"_s, int(m_faults.size())}});
        }
    }
    if (parts == QStringList{u"_sim"_s, u"clock"_s} && request.method == u"POST"_s) {
        setServerClockOffsetSecs(body.value(u"offset_secs"_s).toInteger());
        return plainJson(200, {{u"offset_secs"_s, m_serverOffsetSecs}});
    }
    if (parts == QStringList{u"_sim"_s, u"date"_s} && request.method == u"POST"_s) {
        m_options.sendDate = body.value(u"send"_s).toBool(true);
        return plainJson(200, {{u"send"_s, m_options.sendDate}});
    }
    if (parts.size() == 4 && parts.at(1) == u"instances"_s && request.method == u"POST"_s) {
        const QString id = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
        bool found = false;
        if (parts.at(3) == u"stick"_s)
            found = stick(id);
        else if (parts.at(3) == u"flap"_s)
            found = setFlapping(id, body.value(u"on"_s).toBool(true));
        else
            return std::nullopt;
        return found ? plainJson(200, {{u"instance_id"_s, id}})
                     : plainJson(404, {{u"error"_s, u"no such instance"_s}});
    }
    return std::nullopt;
}
