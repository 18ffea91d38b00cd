#include "simulator.h"

#include "multipartparser.h"
#include "simaccountroutes.h"
#include "simaccountseed.h"
#include "simbillseed.h"
#include "simblockstorageroutes.h"
#include "simcatalogroutes.h"
#include "simcatalogseed.h"
#include "simcontrolroutes.h"
#include "simfirewallroutes.h"
#include "simhttpserver.h"
#include "siminstanceactions.h"
#include "siminstanceroutes.h"
#include "simlifecycle.h"
#include "simsecuritygrouproutes.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLocale>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Simulator::Simulator(const SimOptions &options, Clock *clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock),
      m_state(std::make_unique<SimState>(options.seed))
{
    guardSecretsInLogs();
    m_context = std::make_unique<SimContext>(SimContext {*m_state, m_options, *m_clock});
    SimCatalogSeed::seed(*m_state);
    SimAccountSeed::seed(*m_state, m_options, m_clock->nowMs());
    SimBillSeed::seed(*m_state, m_clock->nowMs(), m_options.billScale);

    // Keys come from their own generator so they do not shift the world's data.
    QRandomGenerator keys(options.seed ^ 0x5eedc0de);
    auto token = [&keys](int n) {
        static const char alphabet[]
                = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        QByteArray out;
        for (int i = 0; i < n; ++i)
            out.append(alphabet[keys.bounded(62)]);
        return out;
    };
    m_accessKey = u"SIM"_s + QString::fromLatin1(token(17).toUpper());
    m_secretKey = token(40);
    m_auth.addKey(m_accessKey, m_secretKey);
    m_auth.setRequestsPerMinute(m_options.requestsPerMinute);

    SimCatalogRoutes::registerRoutes(m_router, *m_context);
    SimInstanceRoutes::registerRoutes(m_router, *m_context);
    SimInstanceActions::registerRoutes(m_router, *m_context);
    SimBlockStorageRoutes::registerRoutes(m_router, *m_context);
    SimFirewallRoutes::registerRoutes(m_router, *m_context);
    SimSecurityGroupRoutes::registerRoutes(m_router, *m_context);
    SimAccountRoutes::registerRoutes(m_router, *m_context);
}

Simulator::~Simulator() = default;

bool Simulator::listen(quint16 port)
{
    if (!m_server)
        m_server = new SimHttpServer([this](SimRequest &r, QTcpSocket *s) { serve(r, s); }, this);
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

void Simulator::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (!m_server)
        m_server = new SimHttpServer([this](SimRequest &r, QTcpSocket *s) { serve(r, s); }, this);
    m_server->sslSetup(certificate, key, QSsl::TlsV1_2OrLater);
    m_tls = true;
}

void Simulator::stopListening()
{
    if (!m_server)
        return;
    for (QTcpServer *server : m_server->servers())
        server->close();
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
}

int Simulator::count(const QString &method, const QString &path) const
{
    int n = 0;
    for (const Record &r : m_log)
        n += r.method == method && r.path == path ? 1 : 0;
    return n;
}

qint64 Simulator::serverNowMs() const
{
    return m_clock->nowMs() + m_serverOffsetSecs * 1000;
}

bool Simulator::stick(const QString &instanceId)
{
    SimInstance *si = m_state->instance(instanceId);
    if (!si)
        return false;
    si->stuck = true;
    return true;
}

bool Simulator::setFlapping(const QString &instanceId, bool flapping)
{
    SimInstance *si = m_state->instance(instanceId);
    if (!si)
        return false;
    si->flapping = flapping;
    return true;
}

QUrl Simulator::endpoint() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

SimResponse Simulator::route(SimRequest &request)
{
    if (auto rejected = m_auth.authenticate(request, serverNowMs() / 1000))
        return *rejected;
    if (auto limited = m_auth.admit(request.accessKey, m_clock->nowMs()))
        return *limited;

    // Observed: the Content-Type of a request without a body is ignored (a client sending
    // application/json on every GET and bodiless POST worked). Only a body that is there and
    // cannot be read is refused.
    const QByteArray contentType
            = request.body.isEmpty() ? QByteArray() : request.header("Content-Type");
    if (contentType.toLower().startsWith("multipart/form-data")) {
        QString error;
        if (!MultipartParser::parse(request.body, MultipartParser::boundary(contentType),
                                    &request.form, &error))
            return SimResponse::error(SimCode::CheckParam, u"unreadable form data: "_s + error);
    } else if (contentType.toLower().startsWith("application/json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (!doc.isObject())
            return SimResponse::error(SimCode::CheckParam, u"the body must be a JSON object"_s);
        request.json = doc.object();
    }

    SimLifecycle::advance(*m_context);
    if (auto answer = m_router.dispatch(request))
        return *answer;
    return SimResponse::error(SimCode::NotFound, u"route not found"_s);
}

SimResponse Simulator::handle(SimRequest &request)
{
    const std::optional<SimFault> fault = m_faults.take(request, SimFaults::Layer::Pipeline);
    SimResponse response = fault
            ? m_faults.answer(request, *fault, [this](SimRequest &r) { return route(r); })
            : route(request);
    bool hasType = false;
    for (const auto &header : response.headers)
        hasType = hasType || header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    if (!hasType)
        response.setHeader("Content-Type", "application/json; charset=utf-8");
    if (m_options.sendDate)
        response.setHeader("Date",
                           QLocale::c()
                                   .toString(QDateTime::fromMSecsSinceEpoch(serverNowMs(), Qt::UTC),
                                             u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                   .toLatin1());
    QStringList query;
    for (auto it = request.query.begin(); it != request.query.end(); ++it)
        query.append(it.key() + u'=' + it.value());
    m_log.append(Record {request.method, request.path, response.status, request.accessKey,
                         query.join(u'&'), m_clock->nowMs()});
    qCDebug(lcSim).noquote() << request.method << request.path << "->" << response.status;
    Q_EMIT requestHandled(request.method, request.path, response.status);
    return response;
}

void Simulator::serve(SimRequest &request, QTcpSocket *socket)
{
    if (!m_sockets.contains(socket)) {
        m_sockets.removeAll(nullptr);
        m_sockets.append(socket);
    }
    if (request.path.startsWith(u"/_sim"_s)) {
        SimHttpServer::write(socket, SimControlRoutes::answer(*this, request));
        return;
    }
    const std::optional<SimFault> fault = m_faults.take(request, SimFaults::Layer::Transport);
    if (!fault) {
        SimHttpServer::write(socket, handle(request));
        return;
    }
    if (!fault->processes()) {
        // The request got here but nothing is done and nothing comes back.
        m_log.append(
                Record {request.method, request.path, 0, QString(), QString(), m_clock->nowMs()});
        if (fault->kind == SimFault::Kind::Reset)
            socket->abort();
        return;
    }
    SimFaults::deliver(*fault, handle(request), socket, *m_clock);
}
