#include "httpattempt.h"

#include "httpdate.h"
#include "httptransport.h"
#include "httpwire.h"
#include "util/logging.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
//! Response headers that may be logged.
const QList<QByteArray> kLoggedHeaders
        = {"Content-Type", "Content-Length", "Date", "Age", "Retry-After"};
} // namespace

HttpAttempt::HttpAttempt(Clock *clock, const ApiRequest &request, qint64 deadlineMs,
                         QObject *context, Done done, QObject *parent)
    : QObject(parent), m_clock(clock), m_request(request), m_deadlineMs(deadlineMs),
      m_context(context), m_hadContext(context != nullptr), m_done(std::move(done))
{ }

void HttpAttempt::start(HttpWire *wire)
{
    m_wire = wire;
    wire->setParent(this);
    connect(wire, &HttpWire::progressed, this, &HttpAttempt::armInactivity);
    connect(wire, &HttpWire::answered, this, &HttpAttempt::onAnswered);
    m_sentAtMs = m_clock->nowMs();
    armInactivity();
    m_deadline = m_clock->callAfter(m_deadlineMs, this, [this] { stop(Stop::TimedOut); });
    wire->start();
}

void HttpAttempt::cancel()
{
    stop(Stop::Cancelled);
}

void HttpAttempt::armInactivity()
{
    m_clock->cancelTimer(m_inactivity);
    m_inactivity = m_clock->callAfter(HttpTransport::kInactivityMs, this,
                                      [this] { stop(Stop::TimedOut); });
}

void HttpAttempt::stop(Stop why)
{
    if (m_finished || m_stop != Stop::None)
        return;
    m_stop = why;
    if (m_wire)
        m_wire->abort(); // the wire answers with what it has; onAnswered() says why
}

void HttpAttempt::onAnswered(const WireAnswer &answer)
{
    if (m_finished)
        return;
    m_finished = true;
    m_clock->cancelTimer(m_inactivity);
    m_clock->cancelTimer(m_deadline);
    const ApiResult result = m_stop != Stop::None || answer.status == 0
            ? failure(answer)
            : interpret(answer, m_request, m_sentAtMs, *m_clock);
    if (!m_hadContext || m_context)
        m_done(result);
    deleteLater();
}

ApiResult HttpAttempt::failure(const WireAnswer &answer) const
{
    ApiResult result;
    result.sentAtMs = m_sentAtMs;
    result.receivedAtMs = m_clock->nowMs();
    ApiError &e = result.error;
    e.detail = answer.detail;
    e.mayHaveReachedServer = answer.mayHaveReachedServer;
    e.tlsProblems = answer.tlsProblems;
    switch (m_stop) {
    case Stop::Cancelled:
        e.kind = ApiError::Kind::Cancelled;
        break;
    case Stop::TimedOut:
        e.kind = ApiError::Kind::Timeout;
        break;
    case Stop::None:
        e.kind = answer.failure;
        break;
    }
    qCInfo(lcHttp).noquote() << ApiRequest::methodName(m_request.method) << m_request.path
                             << "failed:" << ApiError::kindName(e.kind) << e.detail;
    return result;
}

ApiResult HttpAttempt::interpret(const WireAnswer &answer, const ApiRequest &request,
                                 qint64 sentAtMs, const Clock &clock)
{
    ApiResult result;
    result.sentAtMs = sentAtMs;
    result.receivedAtMs = clock.nowMs();
    result.httpStatus = answer.status;
    result.serverDate = HttpDate::parse(answer.header("Date"));
    result.hasAge = !answer.header("Age").isEmpty();

    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.error.kind = ApiError::Kind::Redirected;
        result.error.httpStatus = result.httpStatus;
        // Where it pointed, without query (a redirect could carry anything).
        result.error.detail = QUrl(QString::fromLatin1(answer.header("Location").left(300)))
                                      .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                      .toString();
    } else {
        result.envelope = Envelope::decode(result.httpStatus, answer.body, &result.error);
        const bool success = result.httpStatus >= 200 && result.httpStatus < 300;
        if (answer.cutShort && success && !result.error.isError()) {
            // A 2xx whose body broke off (reset, short Content-Length): not an answer.
            result.error.kind = ApiError::Kind::InvalidResponse;
            result.error.httpStatus = result.httpStatus;
            result.error.detail = answer.detail;
        } else if (request.listing && !result.error.isError() && !result.envelope.resultIsList) {
            // A listing whose result is a string, a number or an object: not rows, and never
            // a reason to ask for the next page.
            result.error.kind = ApiError::Kind::InvalidResponse;
            result.error.httpStatus = result.httpStatus;
            result.error.detail = u"the result of a listing is not a list"_s;
            result.envelope.result = QJsonArray();
        }
    }
    // LIMIT_EXCEEDED is a quota only where a quota can apply (creating things); on a read it
    // can only be the rate limit, whatever the status it came with.
    if (result.error.kind == ApiError::Kind::QuotaExceeded && request.method == HttpMethod::Get)
        result.error.kind = ApiError::Kind::RateLimited;
    if (result.error.isError()) {
        // A Retry-After date is the server's time: measured against its own Date when there is
        // one, so this computer's clock being off neither shortens nor stretches the wait.
        result.error.retryAfterSecs = HttpDate::retryAfterSecs(
                answer.header("Retry-After"),
                result.serverDate.isValid() ? result.serverDate : clock.now());
        if (request.emptySetIsEmpty && result.error.errorCode == u"EMPTY_SET"_s) {
            result.error = ApiError();
            result.envelope.result = QJsonArray();
        }
    }
    if (result.error.kind == ApiError::Kind::RateLimited
        || result.error.kind == ApiError::Kind::TimestampRejected
        || result.error.kind == ApiError::Kind::Unauthorized)
        result.error.mayHaveReachedServer = false; // refused before any work was done
    if (lcHttp().isDebugEnabled()) {
        QStringList headers;
        for (const QByteArray &name : kLoggedHeaders) {
            const QByteArray value = answer.header(name);
            if (!value.isEmpty())
                headers.append(QString::fromLatin1(name + ": " + value.left(100)));
        }
        qCDebug(lcHttp).noquote() << "  response headers:" << headers.join(u"; "_s);
    }
    qCInfo(lcHttp).noquote() << ApiRequest::methodName(request.method) << request.path << "->"
                             << result.httpStatus
                             << (result.error.isError() ? result.error.errorCode : QString())
                             << u"(%1 ms)"_s.arg(result.receivedAtMs - sentAtMs);
    return result;
}
