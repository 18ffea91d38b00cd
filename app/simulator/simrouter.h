#pragma once

#include "simrequest.h"
#include "simresponse.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

//! Method + path routing for the simulator. Patterns are literal paths where `{}` stands for
//! one path segment; the handler receives the decoded segments. First match wins.
class SimRouter
{
public:
    using Handler = std::function<SimResponse(SimRequest &request, const QStringList &args)>;

    void add(const QString &method, const QString &pattern, Handler handler);
    //! The route's answer; nullopt when no route has this path; a 404 NOT_FOUND envelope when
    //! the path is known but not for this method.
    [[nodiscard]] std::optional<SimResponse> dispatch(SimRequest &request) const;

private:
    struct Route
    {
        QString method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};
