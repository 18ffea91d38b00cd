#include "httptransport.h"

#include "oneshothttp.h"
#include "signer.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kUserAgent = QByteArrayLiteral("iwinv-console/" IWINV_VERSION);

//! Response headers that may be logged.
const QList<QByteArray> kLoggedHeaders
        = {"Content-Type", "Content-Length", "Date", "Age", "Retry-After"};

struct Attempt
{
    bool cancelled = false;
    bool tooLarge = false;
    bool timedOut = false;
    bool finished = false;
    Clock::TimerId inactivity = 0;
    Clock::TimerId deadline = 0;
    QStringList tlsProblems;
};

ApiError transportError(QNetworkReply::NetworkError code, const QString &text, const Attempt &a)
{
    ApiError err;
    err.detail = text;
    if (a.cancelled) {
        err.kind = ApiError::Kind::Cancelled;
        return err;
    }
    if (a.tooLarge) {
        err.kind = ApiError::Kind::TooLarge;
        return err;
    }
    if (a.timedOut) {
        err.kind = ApiError::Kind::Timeout;
        return err;
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownProxyError:
        err.kind = ApiError::Kind::Network;
        err.mayHaveReachedServer = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        err.kind = ApiError::Kind::Tls;
        err.mayHaveReachedServer = false;
        err.tlsProblems = a.tlsProblems;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        err.kind = ApiError::Kind::Timeout;
        break;
    default:
        err.kind = ApiError::Kind::Network;
        break;
    }
    return err;
}

QString maskedKey(const QString &key)
{
    return Credentials {key, {}}.maskedAccessKey();
}
} // namespace

HttpTransport::HttpTransport(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    // Inactivity is timed on the injected clock instead of QNetworkRequest::setTransferTimeout.
    m_network->setTransferTimeout(0);
}

QUrl HttpTransport::urlFor(const QUrl &endpoint, const ApiRequest &request)
{
    QUrl url = endpoint;
    QString base = endpoint.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &item : request.query)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second, ",")));
        url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    } else {
        url.setQuery(QString());
    }
    url.setFragment(QString());
    return url;
}

QDateTime HttpTransport::parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).trimmed();
    if (text.isEmpty())
        return {};
    // IMF-fixdate first, then the two obsolete forms RFC 7231 asks recipients to accept.
    static const char *const forms[]
            = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
               "ddd MMM d HH:mm:ss yyyy", "ddd MMM  d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    QDateTime date;
    for (const char *form : forms) {
        date = c.toDateTime(text, QString::fromLatin1(form));
        if (date.isValid()) {
            date.setTimeSpec(Qt::UTC);
            if (date.date().year() < 1970) // two-digit years of the RFC 850 form
                date = date.addYears(100);
            break;
        }
    }
    if (!date.isValid())
        date = QDateTime::fromString(text, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}

int HttpTransport::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = text.toLongLong(&ok);
    if (ok)
        return secs >= 0 ? int(qMin<qint64>(secs, 24 * 3600)) : -1;
    const QDateTime date = parseHttpDate(text);
    if (!date.isValid())
        return -1;
    return int(qBound(qint64(0), now.secsTo(date), qint64(24 * 3600)));
}

HttpTransport::Abort HttpTransport::send(const QUrl &endpoint, const Credentials &credentials,
                                         qint64 timestamp, const ApiRequest &request,
                                         QObject *context, Done done, qint64 deadlineMs)
{
    const qint64 usual = request.paged ? kPageDeadlineMs : kDeadlineMs;
    deadlineMs = deadlineMs > 0 ? qMin(deadlineMs, usual) : usual;
    const QUrl url = urlFor(endpoint, request);
    const QList<QPair<QByteArray, QByteArray>> headers
            = {{"User-Agent", kUserAgent},
               {"Accept", "application/json"},
               {"X-iwinv-Timestamp", QByteArray::number(timestamp)},
               {"X-iwinv-Credential", credentials.accessKey.toUtf8()},
               {"X-iwinv-Signature",
                Signer::signature(credentials.secretKey, timestamp, Signer::signedPath(url))}};
    qCDebug(lcHttp).noquote() << ApiRequest::methodName(request.method)
                              << url.path(QUrl::FullyEncoded) << "X-iwinv-Timestamp:" << timestamp
                              << "X-iwinv-Credential:" << maskedKey(credentials.accessKey);
    // What must never be repeated goes on its own connection, sent exactly once; so does every
    // POST (QNetworkAccessManager may re-send on a connection the server closed, and a POST is
    // never repeated once it may have reached the server).
    if (request.repeat == Repeat::Never || request.repeat == Repeat::Unsafe
        || request.method == HttpMethod::Post)
        return sendOnce(url, headers, request, context, std::move(done), deadlineMs);

    QNetworkRequest netRequest(url);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    for (const auto &header : headers)
        netRequest.setRawHeader(header.first, header.second);
    if (url.scheme() == u"https"_s)
        netRequest.setSslConfiguration(tlsConfiguration());

    QNetworkReply *reply = nullptr;
    const QByteArray verb = ApiRequest::methodName(request.method).toLatin1();
    switch (request.body) {
    case ApiRequest::Body::None:
        reply = m_network->sendCustomRequest(netRequest, verb);
        break;
    case ApiRequest::Body::Json:
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(
                netRequest, verb, QJsonDocument(request.json).toJson(QJsonDocument::Compact));
        break;
    case ApiRequest::Body::Multipart: {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormField &field : request.form) {
            QHttpPart part;
            QString name = field.name;
            name.replace(u'"', u"%22"_s);
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           u"form-data; name=\"%1\""_s.arg(name).toUtf8());
            part.setBody(field.value.toUtf8());
            multipart->append(part);
        }
        reply = m_network->sendCustomRequest(netRequest, verb, multipart);
        multipart->setParent(reply);
        break;
    }
    }
    const qint64 sentAtMs = m_clock->nowMs();
    auto attempt = std::make_shared<Attempt>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QPointer<QNetworkReply> replyGuard(reply);

    auto abortWith = [replyGuard](const std::function<void()> &mark) {
        mark();
        if (replyGuard)
            replyGuard->abort();
    };
    auto armInactivity = [this, attempt, reply, abortWith] {
        m_clock->cancelTimer(attempt->inactivity);
        attempt->inactivity = m_clock->callAfter(kInactivityMs, reply, [attempt, abortWith] {
            abortWith([attempt] { attempt->timedOut = true; });
        });
    };
    armInactivity();
    attempt->deadline = m_clock->callAfter(deadlineMs, reply, [attempt, abortWith] {
        abortWith([attempt] { attempt->timedOut = true; });
    });
    connect(reply, &QNetworkReply::uploadProgress, reply, armInactivity);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [attempt, abortWith, armInactivity](qint64 received, qint64 total) {
                armInactivity();
                if (received > kMaxReplyBytes || total > kMaxReplyBytes)
                    abortWith([attempt] { attempt->tooLarge = true; });
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [attempt](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            attempt->tlsProblems.append(e.errorString());
        // Never ignored: the handshake fails and the reply finishes with the error.
    });
    connect(reply, &QNetworkReply::finished, reply,
            [this, reply, attempt, request, sentAtMs, guard, hadContext, done] {
                reply->deleteLater();
                m_clock->cancelTimer(attempt->inactivity);
                m_clock->cancelTimer(attempt->deadline);
                if (attempt->finished)
                    return;
                attempt->finished = true;
                ApiResult result;
                const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                if (attempt->cancelled || attempt->tooLarge || attempt->timedOut
                    || !status.isValid()) {
                    result.error = transportError(reply->error(), reply->errorString(), *attempt);
                    result.sentAtMs = sentAtMs;
                    result.receivedAtMs = m_clock->nowMs();
                    qCInfo(lcHttp).noquote()
                            << ApiRequest::methodName(request.method) << request.path
                            << "failed:" << ApiError::kindName(result.error.kind)
                            << result.error.detail;
                } else {
                    result = interpret(
                            status.toInt(),
                            [reply](const QByteArray &name) { return reply->rawHeader(name); },
                            reply->readAll(), reply->error() != QNetworkReply::NoError,
                            reply->errorString(), request, sentAtMs);
                }
                if (!hadContext || guard)
                    done(result);
            });
    return [attempt, abortWith] { abortWith([attempt] { attempt->cancelled = true; }); };
}

QSslConfiguration HttpTransport::tlsConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_extraCas.isEmpty())
        tls.addCaCertificates(m_extraCas);
    return tls;
}

void HttpTransport::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
    // Connections opened with the old trust must not be reused.
    m_network->clearConnectionCache();
}

HttpTransport::Abort HttpTransport::sendOnce(const QUrl &url,
                                             const QList<QPair<QByteArray, QByteArray>> &headers,
                                             const ApiRequest &request, QObject *context, Done done,
                                             qint64 deadlineMs)
{
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QString, QString>> fields;
    switch (request.body) {
    case ApiRequest::Body::None:
        break;
    case ApiRequest::Body::Json:
        body = QJsonDocument(request.json).toJson(QJsonDocument::Compact);
        contentType = "application/json";
        break;
    case ApiRequest::Body::Multipart:
        for (const FormField &field : request.form)
            fields.append({field.name, field.value});
        body = OneShotHttp::formData(fields, &contentType);
        break;
    }
    QList<QPair<QByteArray, QByteArray>> all = headers;
    if (!contentType.isEmpty())
        all.append({"Content-Type", contentType});
    const QByteArray verb = ApiRequest::methodName(request.method).toLatin1();
    auto *http = new OneShotHttp(url, verb, all, body, tlsConfiguration(), kMaxReplyBytes, this);

    const qint64 sentAtMs = m_clock->nowMs();
    auto attempt = std::make_shared<Attempt>();
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QPointer<OneShotHttp> httpGuard(http);
    auto stop = [httpGuard](const std::function<void()> &mark) {
        mark();
        if (httpGuard)
            httpGuard->abort();
    };
    auto armInactivity = [this, attempt, http, stop] {
        m_clock->cancelTimer(attempt->inactivity);
        attempt->inactivity = m_clock->callAfter(kInactivityMs, http, [attempt, stop] {
            stop([attempt] { attempt->timedOut = true; });
        });
    };
    armInactivity();
    attempt->deadline = m_clock->callAfter(
            deadlineMs, http, [attempt, stop] { stop([attempt] { attempt->timedOut = true; }); });
    connect(http, &OneShotHttp::progressed, http, armInactivity);
    connect(http, &OneShotHttp::finished, http,
            [this, http, attempt, request, sentAtMs, guard, hadContext,
             done](const OneShotHttp::Response &r) {
                http->deleteLater();
                m_clock->cancelTimer(attempt->inactivity);
                m_clock->cancelTimer(attempt->deadline);
                if (attempt->finished)
                    return;
                attempt->finished = true;
                ApiResult result;
                result.sentAtMs = sentAtMs;
                result.receivedAtMs = m_clock->nowMs();
                if (attempt->cancelled || attempt->timedOut || r.tooLarge || r.status == 0) {
                    ApiError &e = result.error;
                    e.detail = r.error;
                    e.mayHaveReachedServer = r.requestWritten;
                    if (attempt->cancelled)
                        e.kind = ApiError::Kind::Cancelled;
                    else if (attempt->timedOut)
                        e.kind = ApiError::Kind::Timeout;
                    else if (r.tooLarge)
                        e.kind = ApiError::Kind::TooLarge;
                    else if (r.tlsFailed)
                        e.kind = ApiError::Kind::Tls;
                    else
                        e.kind = ApiError::Kind::Network;
                    if (!r.connected)
                        e.mayHaveReachedServer = false;
                    e.tlsProblems = r.tlsProblems;
                    qCInfo(lcHttp).noquote()
                            << ApiRequest::methodName(request.method) << request.path
                            << "failed:" << ApiError::kindName(e.kind) << e.detail;
                } else {
                    result = interpret(
                            r.status, [&r](const QByteArray &name) { return r.header(name); },
                            r.body, !r.complete, r.error, request, sentAtMs);
                }
                if (!hadContext || guard)
                    done(result);
            });
    http->start();
    return [attempt, stop] { stop([attempt] { attempt->cancelled = true; }); };
}

ApiResult HttpTransport::interpret(int status, const HeaderLookup &header, const QByteArray &body,
                                   bool cutShort, const QString &cutDetail,
                                   const ApiRequest &request, qint64 sentAtMs)
{
    ApiResult result;
    result.sentAtMs = sentAtMs;
    result.receivedAtMs = m_clock->nowMs();
    result.httpStatus = status;
    result.serverDate = parseHttpDate(header("Date"));
    result.hasAge = !header("Age").isEmpty();

    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.error.kind = ApiError::Kind::Redirected;
        result.error.httpStatus = result.httpStatus;
        // Where it pointed, without query (a redirect could carry anything).
        result.error.detail = QUrl(QString::fromLatin1(header("Location").left(300)))
                                      .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                      .toString();
    } else {
        result.envelope = Envelope::decode(result.httpStatus, body, &result.error);
        if (cutShort && result.httpStatus >= 200 && result.httpStatus < 300
            && !result.error.isError()) {
            // A 2xx whose body broke off (reset, short Content-Length): not an answer.
            result.error.kind = ApiError::Kind::InvalidResponse;
            result.error.httpStatus = result.httpStatus;
            result.error.detail = cutDetail;
        }
    }
    // LIMIT_EXCEEDED is a quota only where a quota can apply (creating things); on a read it
    // can only be the rate limit, whatever the status it came with.
    if (result.error.kind == ApiError::Kind::QuotaExceeded && request.method == HttpMethod::Get)
        result.error.kind = ApiError::Kind::RateLimited;
    if (result.error.isError()) {
        // A Retry-After date is the server's time: measured against its own Date when there is
        // one, so this computer's clock being off neither shortens nor stretches the wait.
        result.error.retryAfterSecs
                = parseRetryAfter(header("Retry-After"),
                                  result.serverDate.isValid() ? result.serverDate : m_clock->now());
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
            const QByteArray value = header(name);
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
