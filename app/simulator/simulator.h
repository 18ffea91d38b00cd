#pragma once

#include "simauth.h"
#include "simcontext.h"
#include "simfault.h"
#include "simfaults.h"
#include "simoptions.h"
#include "simrequest.h"
#include "simresponse.h"
#include "simrouter.h"
#include "simstate.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class Clock;
class QSslCertificate;
class QSslKey;
class QTcpSocket;
class SimHttpServer;

//! The built-in iwinv API simulator: a seeded, stateful account behind the reference's 35
//! endpoints, its envelope, signature check, 5-minute window and 60 requests a minute per key.
//! Runs on loopback for demo mode, the tests and `iwinv-sim`, and misbehaves on request
//! (faults, a server clock that is off, stuck or flapping operations).
class Simulator final : public QObject
{
    Q_OBJECT
public:
    //! One request that reached the server (authenticated or not).
    struct Record
    {
        QString method;
        QString path;
        int status = 0;
        QString accessKey;
        QString query; //!< page_no etc., for pagination checks
        qint64 atMs = 0; //!< the (injected) clock when it arrived
    };

    explicit Simulator(const SimOptions &options, Clock *clock, QObject *parent = nullptr);
    ~Simulator() override;

    //! Listens on 127.0.0.1:\a port (0: any free port). False when the port is taken.
    [[nodiscard]] bool listen(quint16 port = 0);
    //! Serves HTTPS with this certificate and key (call before listen()).
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    //! Stops listening and drops open connections: new ones are refused (the "connection
    //! refused" case).
    void stopListening();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QUrl endpoint() const;

    //! The account's key pair (derived from the seed; a simulator key, not a real secret).
    [[nodiscard]] QString accessKey() const { return m_accessKey; }
    [[nodiscard]] QByteArray secretKey() const { return m_secretKey; }

    [[nodiscard]] SimAuth &auth() { return m_auth; }
    [[nodiscard]] SimState &state() { return *m_state; }
    [[nodiscard]] SimOptions &options() { return m_options; }
    [[nodiscard]] Clock *clock() const { return m_clock; }
    //! Every request that reached the server, in order.
    [[nodiscard]] const QList<Record> &log() const { return m_log; }
    void clearLog() { m_log.clear(); }
    //! Requests in the log with this method and path.
    [[nodiscard]] int count(const QString &method, const QString &path) const;

    // Fault injection.
    void addFault(const SimFault &fault) { m_faults.add(fault); }
    void clearFaults() { m_faults.clear(); }
    [[nodiscard]] const QList<SimFault> &faults() const { return m_faults.list(); }
    //! The server's clock runs this far from the injected clock (Date and the 5-minute check).
    void setServerClockOffsetSecs(qint64 secs) { m_serverOffsetSecs = secs; }
    [[nodiscard]] qint64 serverClockOffsetSecs() const { return m_serverOffsetSecs; }
    [[nodiscard]] qint64 serverNowMs() const;
    //! The instance's current transition never ends.
    bool stick(const QString &instanceId);
    //! The instance's status flips between work and active on every request.
    bool setFlapping(const QString &instanceId, bool flapping);

    //! The whole server pipeline for one request, without HTTP: auth, rate limit, body, route,
    //! and the pipeline faults (status, body, pagination).
    [[nodiscard]] SimResponse handle(SimRequest &request);

Q_SIGNALS:
    void requestHandled(const QString &method, const QString &path, int status);

private:
    //! The HTTP side: control routes, transport faults, then handle().
    void serve(SimRequest &request, QTcpSocket *socket);
    SimResponse route(SimRequest &request);

    SimOptions m_options;
    Clock *m_clock;
    std::unique_ptr<SimState> m_state;
    std::unique_ptr<SimContext> m_context;
    SimRouter m_router;
    SimAuth m_auth;
    SimHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    QString m_accessKey;
    QByteArray m_secretKey;
    QList<Record> m_log;
    SimFaults m_faults;
    QList<QPointer<QTcpSocket>> m_sockets; //!< connections seen, closed by stopListening()
    qint64 m_serverOffsetSecs = 0;
};
