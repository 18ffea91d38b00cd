#pragma once

#include "simfault.h"
#include "simrequest.h"
#include "simresponse.h"

#include <QList>

#include <functional>
#include <optional>

class Clock;
class QTcpSocket;

//! The faults the simulator has been told to show, and how each one misbehaves: pipeline
//! faults change the answer, transport faults change how (or whether) it reaches the socket.
class SimFaults
{
public:
    //! Where a fault acts: on the answer (status, body, paging) or on the wire.
    enum class Layer { Pipeline, Transport };
    //! The real pipeline for one request (auth, rate limit, body, route).
    using Route = std::function<SimResponse(SimRequest &request)>;

    void add(const SimFault &fault);
    void clear();
    [[nodiscard]] const QList<SimFault> &list() const { return m_faults; }

    //! Transport for delay, stall, cuts and reset; Pipeline for the others.
    [[nodiscard]] static Layer layerOf(SimFault::Kind kind);

    //! The first fault of \a layer matching \a request; counts its `times` down and drops it
    //! when they run out.
    [[nodiscard]] std::optional<SimFault> take(const SimRequest &request, Layer layer);

    //! The answer a pipeline \a fault makes of \a request; \a route runs the real pipeline
    //! when the fault processes the request or rewrites a real answer.
    [[nodiscard]] SimResponse answer(SimRequest &request, const SimFault &fault,
                                     const Route &route);

    //! Writes \a response on \a socket the way transport \a fault says (later, half, never).
    static void deliver(const SimFault &fault, const SimResponse &response, QTcpSocket *socket,
                        Clock &clock);

private:
    //! endless_pages: page 1 of the listing as templates, under fresh ids, page_size of them.
    [[nodiscard]] SimResponse endlessPage(SimRequest &request, const Route &route);
    [[nodiscard]] QString freshId(const QString &like);

    QList<SimFault> m_faults;
    qint64 m_freshIds = 0; //!< ids endless_pages has made up (never reset: never seen twice)
};
