#include "simcontrolroutes.h"

#include "simulator.h"

#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SimControlRoutes {

namespace {
SimResponse plainJson(int status, const QJsonObject &body)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

std::optional<SimResponse> route(Simulator &sim, const SimRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts == QStringList {u"_sim"_s, u"faults"_s}) {
        if (request.method == u"DELETE"_s) {
            sim.clearFaults();
            return plainJson(200, {{u"faults"_s, 0}});
        }
        if (request.method == u"POST"_s) {
            QString error;
            const std::optional<SimFault> fault = SimFault::fromJson(body, &error);
            if (!fault)
                return plainJson(400, {{u"error"_s, error}});
            sim.addFault(*fault);
            return plainJson(200, {{u"faults"_s, int(sim.faults().size())}});
        }
    }
    if (parts == QStringList {u"_sim"_s, u"clock"_s} && request.method == u"POST"_s) {
        sim.setServerClockOffsetSecs(body.value(u"offset_secs"_s).toInteger());
        return plainJson(200, {{u"offset_secs"_s, sim.serverClockOffsetSecs()}});
    }
    if (parts == QStringList {u"_sim"_s, u"date"_s} && request.method == u"POST"_s) {
        sim.options().sendDate = body.value(u"send"_s).toBool(true);
        return plainJson(200, {{u"send"_s, sim.options().sendDate}});
    }
    if (parts.size() == 4 && parts.at(1) == u"instances"_s && request.method == u"POST"_s) {
        const QString id = QUrl::fromPercentEncoding(parts.at(2).toUtf8());
        bool found = false;
        if (parts.at(3) == u"stick"_s)
            found = sim.stick(id);
        else if (parts.at(3) == u"flap"_s)
            found = sim.setFlapping(id, body.value(u"on"_s).toBool(true));
        else
            return std::nullopt;
        return found ? plainJson(200, {{u"instance_id"_s, id}})
                     : plainJson(404, {{u"error"_s, u"no such instance"_s}});
    }
    return std::nullopt;
}
} // namespace

SimResponse answer(Simulator &simulator, const SimRequest &request)
{
    if (!request.peer.isLoopback())
        return plainJson(403, {{u"error"_s, u"control routes answer loopback only"_s}});
    if (auto answered = route(simulator, request))
        return *answered;
    return plainJson(404, {{u"error"_s, u"unknown control route"_s}});
}

} // namespace SimControlRoutes
