#include "httptransport.h"

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
                                         QObject *context, Done done)
{
    const QUrl url = urlFor(endpoint, request);
    QNetworkRequest netRequest(url);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setRawHeader("X-iwinv-Timestamp", QByteArray::number(timestamp));
    netRequest.setRawHeader("X-iwinv-Credential", credentials.accessKey.toUtf8());
    netRequest.setRawHeader(
            "X-iwinv-Signature",
            Signer::signature(credentials.secretKey, timestamp, Signer::signedPath(url)));
    if (url.scheme() == u"https"_s) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        netRequest.setSslConfiguration(tls);
    }

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
    qCDebug(lcHttp).noquote() << verb << url.path(QUrl::FullyEncoded)
                              << "X-iwinv-Timestamp:" << timestamp
                              << "X-iwinv-Credential:" << maskedKey(credentials.accessKey);

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
    attempt->deadline = m_clock->callAfter(
            request.paged ? kPageDeadlineMs : kDeadlineMs, reply,
            [attempt, abortWith] { abortWith([attempt] { attempt->timedOut = true; }); });
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
                    result = readReply(reply, request, sentAtMs);
                }
                if (!hadContext || guard)
                    done(result);
            });
    return [attempt, abortWith] { abortWith([attempt] { attempt->cancelled = true; }); };
}

ApiResult HttpTransport::readReply(QNetworkReply *reply, const ApiRequest &request, qint64 sentAtMs)
{
    ApiResult result;
    result.sentAtMs = sentAtMs;
    result.receivedAtMs = m_clock->nowMs();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.serverDate = parseHttpDate(reply->rawHeader("Date"));
    result.hasAge = reply->hasRawHeader("Age");
    const QByteArray body = reply->readAll();

    if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.error.kind = ApiError::Kind::Redirected;
        result.error.httpStatus = result.httpStatus;
        // Where it pointed, without query (a redirect could carry anything).
        result.error.detail = QUrl(QString::fromLatin1(reply->rawHeader("Location").left(300)))
                                      .adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                                      .toString();
    } else {
        result.envelope = Envelope::decode(result.httpStatus, body, &result.error);
        if (reply->error() != QNetworkReply::NoError && result.httpStatus >= 200
            && result.httpStatus < 300 && !result.error.isError()) {
            // A 2xx whose body broke off (reset, short Content-Length): not an answer.
            result.error.kind = ApiError::Kind::InvalidResponse;
            result.error.httpStatus = result.httpStatus;
            result.error.detail = reply->errorString();
        }
    }
    if (result.error.isError()) {
        result.error.retryAfterSecs
                = parseRetryAfter(reply->rawHeader("Retry-After"), m_clock->now());
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
            if (reply->hasRawHeader(name))
                headers.append(QString::fromLatin1(name + ": " + reply->rawHeader(name).left(100)));
        }
        qCDebug(lcHttp).noquote() << "  response headers:" << headers.join(u"; "_s);
    }
    qCInfo(lcHttp).noquote() << ApiRequest::methodName(request.method) << request.path << "->"
                             << result.httpStatus
                             << (result.error.isError() ? result.error.errorCode : QString())
                             << u"(%1 ms)"_s.arg(result.receivedAtMs - sentAtMs);
    return result;
}
