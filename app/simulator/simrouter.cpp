#include "simrouter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

void SimRouter::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append(Route {method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

std::optional<SimResponse> SimRouter::dispatch(SimRequest &request) const
{
    const QStringList raw = request.path.split(u'/', Qt::SkipEmptyParts);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        if (route.segments.size() != raw.size())
            continue;
        QStringList args;
        bool match = true;
        for (qsizetype i = 0; i < raw.size() && match; ++i) {
            if (route.segments.at(i) == u"{}"_s) {
                const QString decoded = QUrl::fromPercentEncoding(raw.at(i).toUtf8());
                if (decoded.isEmpty())
                    match = false;
                args.append(decoded);
            } else {
                match = route.segments.at(i) == raw.at(i);
            }
        }
        if (!match)
            continue;
        pathKnown = true;
        if (route.method == request.method)
            return route.handler(request, args);
    }
    if (pathKnown)
        return SimResponse::error(SimCode::NotFound,
                                  u"method %1 is not allowed here"_s.arg(request.method));
    return std::nullopt;
}
