#include "apiclient.h"

#include "httptransport.h"
#include "pagedfetch.h"
#include "requestscheduler.h"
#include "retrypolicy.h"
#include "util/clock.h"
#include "util/logging.h"
#include "zonesapi.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}
} // namespace

ApiClient::ApiClient(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_transport(new HttpTransport(clock, this)),
      m_scheduler(new RequestScheduler(
              clock, [this](ApiCall *call) { dispatch(call); }, this)),
      m_random(QRandomGenerator::securelySeeded())
{ }

ApiClient::~ApiClient()
{
    m_clock->cancelTimer(m_probeTimer);
    m_credentials.wipe();
}

QNetworkAccessManager *ApiClient::network() const
{
    return m_transport->network();
}

void ApiClient::resetAccount()
{
    for (ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly)) {
        if (!call->isFinished())
            call->cancel();
    }
    m_clock->cancelTimer(m_probeTimer);
    m_probeTimer = 0;
    m_failedProbes = 0;
    m_skew = ClockSkew();
    const bool wasOffline = !m_connectivity.isOnline();
    m_connectivity = Connectivity();
    m_scheduler->reset();
    m_readOnly = false;
    if (wasOffline)
        Q_EMIT onlineChanged(true);
    Q_EMIT clockSkewChanged(0, 0);
}

void ApiClient::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_transport->setExtraCaCertificates(certificates);
}

void ApiClient::setEndpoint(const QUrl &endpoint)
{
    m_endpoint = endpoint;
}

void ApiClient::setCredentials(const Credentials &credentials)
{
    m_credentials.wipe();
    m_credentials = credentials;
}

void ApiClient::clearCredentials()
{
    m_credentials.wipe();
}

bool ApiClient::isAllowedEndpoint(const QUrl &endpoint, QString *why)
{
    auto fail = [why](const char *text) {
        if (why)
            *why = QString::fromLatin1(text);
        return false;
    };
    if (!endpoint.isValid() || endpoint.host().isEmpty())
        return fail("the endpoint is not a valid URL");
    if (!endpoint.userInfo().isEmpty())
        return fail("the endpoint must not carry a user name or password");
    if (endpoint.scheme() == u"https"_s)
        return true;
    if (endpoint.scheme() == u"http"_s) {
        if (isLoopbackHost(endpoint.host()))
            return true;
        return fail("plain http:// is allowed only for loopback addresses");
    }
    return fail("the endpoint must start with https://");
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *receiver, ApiCallback callback,
                         std::optional<Priority> priority)
{
    const Priority p = priority.value_or(request.isMutating() ? Priority::Change : Priority::Read);
    auto *call = new ApiCall(request, p, receiver, std::move(callback), m_clock->nowMs(), this);
    // Queue from the event loop: the caller holds the handle before any callback can run.
    QMetaObject::invokeMethod(
            call, [this, call] { m_scheduler->enqueue(call); }, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiClient::fetchAll(const ApiRequest &listing, QObject *receiver, ApiCallback callback,
                             std::optional<Priority> priority)
{
    auto *fetch = new PagedFetch(this, listing, priority.value_or(Priority::Read));
    ApiCall *call = beginComposite(listing, fetch->priority(), receiver, std::move(callback),
                                   [fetch] { fetch->abort(); });
    fetch->setOuter(call);
    QMetaObject::invokeMethod(fetch, &PagedFetch::start, Qt::QueuedConnection);
    return call;
}

ApiCall *ApiClient::beginComposite(const ApiRequest &describing, Priority priority,
                                   QObject *receiver, ApiCallback callback,
                                   std::function<void()> abort)
{
    auto *call = new ApiCall(describing, priority, receiver, std::move(callback), m_clock->nowMs(),
                             this);
    call->setAbort(std::move(abort));
    return call;
}

void ApiClient::finishComposite(ApiCall *call, const ApiResult &result)
{
    call->complete(result);
}

void ApiClient::failWithoutSending(ApiCall *call, ApiError::Kind kind, const QString &detail)
{
    ApiResult result;
    result.error.kind = kind;
    result.error.detail = detail;
    result.error.mayHaveReachedServer = false;
    finish(call, result);
}

void ApiClient::dispatch(ApiCall *call)
{
    if (call->isFinished())
        return;
    QString why;
    if (!isAllowedEndpoint(m_endpoint, &why)) {
        failWithoutSending(call, ApiError::Kind::InsecureEndpoint, why);
        return;
    }
    if (!m_credentials.isComplete()) {
        failWithoutSending(call, ApiError::Kind::NotSignedIn, QString());
        return;
    }
    if (m_readOnly && call->request().isMutating()) {
        failWithoutSending(call, ApiError::Kind::ReadOnly, QString());
        return;
    }
    // An id that was empty would make another path ("/v1/security-groups//rules" is not the
    // group's rules): refused here, whoever built it.
    if (call->request().hasEmptySegment()) {
        failWithoutSending(call, ApiError::Kind::InvalidRequest,
                           u"empty segment in "_s + call->request().path);
        return;
    }
    // A person's action gives up after 30 s in all: the attempt gets what is left of them (a
    // large page of a listing keeps its own 60 s deadline).
    qint64 deadlineMs = 0;
    if (call->priority() != Priority::Background && !call->request().paged) {
        deadlineMs = RetryPolicy::kPersonBudgetMs - (m_clock->nowMs() - call->startedMs());
        if (deadlineMs <= 0) {
            failWithoutSending(call, ApiError::Kind::Timeout,
                               QStringLiteral("30 s passed before it could be sent"));
            return;
        }
    }
    call->countAttempt();
    ++m_inFlight;
    const qint64 timestamp = m_clock->nowSecs() + m_skew.offsetSecs() + m_manualOffsetSecs;
    call->setAbort(m_transport->send(
            m_endpoint, m_credentials, timestamp, call->request(), call,
            [this, call](const ApiResult &r) { onAttemptDone(call, r); }, deadlineMs));
    Q_EMIT requestSent(call->request().operation);
}

void ApiClient::onAttemptDone(ApiCall *call, ApiResult result)
{
    result.attempts = call->attempts();
    --m_inFlight;
    call->clearAbort();
    Q_EMIT replyReceived(result);
    if (result.error.kind == ApiError::Kind::Cancelled) {
        finish(call, result);
        return;
    }
    const qint64 measuredBefore = m_skew.measuredSecs();
    const bool offsetChanged = m_skew.addSample(result.sentAtMs, result.receivedAtMs,
                                                result.serverDate, result.hasAge);
    if (offsetChanged || m_skew.measuredSecs() != measuredBefore)
        Q_EMIT clockSkewChanged(m_skew.measuredSecs(), m_skew.offsetSecs());

    if (m_connectivity.record(result.error, m_clock->nowMs())) {
        const bool online = m_connectivity.isOnline();
        m_scheduler->setOnline(online);
        qCInfo(lcHttp) << (online ? "back online" : "offline after repeated connection failures");
        if (online) {
            m_clock->cancelTimer(m_probeTimer);
            m_probeTimer = 0;
            m_failedProbes = 0;
        } else {
            scheduleProbe();
        }
        Q_EMIT onlineChanged(online);
    }
    if (result.error.kind == ApiError::Kind::RateLimited) {
        const qint64 wait = RetryPolicy::rateLimitWaitMs(result.error);
        m_scheduler->rateLimited(wait);
        Q_EMIT rateLimited(m_clock->nowMs() + wait);
    }
    // A timestamp refused because this computer's clock is off: sign again with the measured
    // offset and send once more, at once. The reference names CHECK_SIGNATURE for an old
    // timestamp but only observed "401"; with the clock measured this far off, any signature
    // refusal (not an unknown key) gets the one re-signed attempt too.
    const bool clockSuspect = result.error.kind == ApiError::Kind::TimestampRejected
            || (result.error.kind == ApiError::Kind::Unauthorized
                && result.error.errorCode != QLatin1String("CHECK_CREDENTIAL"));
    if (clockSuspect && m_skew.warrantsResign() && call->takeResign()) {
        m_scheduler->enqueue(call);
        return;
    }
    const bool offlineFailure
            = !m_connectivity.isOnline() && Connectivity::isConnectionFailure(result.error);
    const RetryPolicy::Decision decision = offlineFailure
            ? RetryPolicy::Decision {}
            : RetryPolicy::decide(call->request(), result.error, call->attempts(),
                                  m_clock->nowMs() - call->startedMs(),
                                  call->priority() != Priority::Background, m_random);
    if (decision.retry) {
        const Clock::TimerId id = m_clock->callAfter(decision.delayMs, call,
                                                     [this, call] { m_scheduler->enqueue(call); });
        call->setAbort([this, id] { m_clock->cancelTimer(id); });
        qCInfo(lcHttp).noquote() << call->request().operation << "retry" << call->attempts() + 1
                                 << "in" << decision.delayMs << "ms";
        Q_EMIT call->retryScheduled(decision.delayMs, call->attempts() + 1);
        return;
    }
    result.error.outcomeUnknown = RetryPolicy::outcomeUnknown(call->request(), result.error);
    finish(call, result);
}

void ApiClient::finish(ApiCall *call, const ApiResult &result)
{
    const QList<QPointer<ApiCall>> followers = call->takeFollowers();
    if (call->isProbe() && !m_connectivity.isOnline()) {
        ++m_failedProbes;
        scheduleProbe();
    }
    call->complete(result);
    for (const QPointer<ApiCall> &follower : followers) {
        if (follower && !follower->isFinished()) {
            ApiResult shared = result;
            shared.attempts = 0; // it rode along: nothing was sent for it
            follower->complete(shared);
        }
    }
}

void ApiClient::scheduleProbe()
{
    if (m_probeTimer || m_connectivity.isOnline())
        return;
    m_probeTimer = m_clock->callAfter(Connectivity::probeDelayMs(m_failedProbes), this, [this] {
        m_probeTimer = 0;
        if (m_connectivity.isOnline())
            return;
        auto *probe = new ApiCall(ZonesApi::list(), Priority::Background, nullptr, {},
                                  m_clock->nowMs(), this);
        probe->markProbe();
        m_scheduler->enqueue(probe);
    });
}
