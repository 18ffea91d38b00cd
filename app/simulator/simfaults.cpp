#include "simfaults.h"

#include "simhttpserver.h"
#include "util/clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {
//! The id field of each paged listing: the envelope does not say which field it is.
QString idFieldOf(QString path)
{
    static const QHash<QString, QString> fields = {
            {u"/v1/instances"_s, u"instance_id"_s},
            {u"/v1/images"_s, u"image_id"_s},
            {u"/v1/flavors"_s, u"flavor_id"_s},
            {u"/v1/block-storages"_s, u"block_storage_id"_s},
            {u"/v1/firewall"_s, u"firewall_id"_s},
            {u"/v1/security-groups"_s, u"firewall_id"_s},
            {u"/v1/auth/ssh_key"_s, u"ssh_key_id"_s},
            {u"/v1/instance/script"_s, u"user_script_id"_s},
            {u"/v1/bill"_s, u"bill_id"_s},
    };
    while (path.endsWith(u'/'))
        path.chop(1);
    return fields.value(path);
}

//! A JSON number or numeric string (bills write their paging as strings).
qint64 number(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
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
    case SimFault::Kind::EndlessPages:
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
    case SimFault::Kind::EndlessPages:
        return endlessPage(request, route);
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
    case SimFault::Kind::EndlessPages:
        break;
    }
    SimHttpServer::write(socket, response);
}

QString SimFaults::freshId(const QString &like)
{
    // The listing's own prefix (INSTANCE-, FIREWALL-, ...), then 22 characters: a marker and a
    // count that never goes back, so no id is handed out twice.
    static const QRegularExpression prefix(u"^[A-Z]+-"_s);
    const QRegularExpressionMatch m = prefix.match(like);
    return (m.hasMatch() ? m.captured() : u"ENDLESS-"_s) + u"endless"_s
            + u"%1"_s.arg(++m_freshIds, 15, 10, QLatin1Char('0'));
}

SimResponse SimFaults::endlessPage(SimRequest &request, const Route &route)
{
    const QString idField = idFieldOf(request.path);
    bool ok = false;
    const QString asked = request.query.value(u"page_no"_s, u"1"_s);
    const qint64 pageNo = asked.toLongLong(&ok);
    if (request.method != u"GET"_s || idField.isEmpty() || !ok || pageNo < 1)
        return route(request); // not a listing, or a page_no the listing itself refuses

    // The rows of page 1 are the templates; the request is logged with the page it asked for.
    const bool hadPageNo = request.query.contains(u"page_no"_s);
    request.query.insert(u"page_no"_s, u"1"_s);
    SimResponse r = route(request);
    if (hadPageNo)
        request.query.insert(u"page_no"_s, asked);
    else
        request.query.remove(u"page_no"_s);
    QJsonObject root = QJsonDocument::fromJson(r.body).object();
    if (r.status != 200 || !root.contains(u"page_no"_s))
        return r;

    const QJsonArray templates = root.value(u"result"_s).toArray();
    const qint64 pageSize = number(root.value(u"page_size"_s));
    QJsonArray rows;
    for (qint64 i = 0; i < pageSize; ++i) {
        QJsonObject row = templates.isEmpty() ? QJsonObject()
                                              : templates.at(i % templates.size()).toObject();
        row.insert(idField, freshId(row.value(idField).toString()));
        rows.append(row);
    }
    root.insert(u"result"_s, rows);
    root.insert(u"count"_s, rows.size());
    root.insert(u"page_no"_s,
                root.value(u"page_no"_s).isString() ? QJsonValue(QString::number(pageNo))
                                                    : QJsonValue(pageNo));
    root.remove(u"total"_s); // a total would end the listing
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return r;
}
