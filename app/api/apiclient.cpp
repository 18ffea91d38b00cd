#include "apiclient.h"

#include "pagedfetch.h"
#include "signer.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {
struct ReplyFlags
{
    bool cancelled = false;
    bool tooLarge = false;
    bool deadline = false;
};

const QByteArray kUserAgent = QByteArrayLiteral("iwinv-console/" IWINV_VERSION);

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

ApiError networkError(QNetworkReply::NetworkError code, const QString &text,
                      const ReplyFlags &flags)
{
    ApiError err;
    err.detail = text;
    if (flags.cancelled) {
        err.kind = ApiError::Kind::Cancelled;
        return err;
    }
    if (flags.tooLarge) {
        err.kind = ApiError::Kind::TooLarge;
        return err;
    }
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        err.kind = ApiError::Kind::Network;
        err.mayHaveReachedServer = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownProxyError:
        err.kind = code == QNetworkReply::SslHandshakeFailedError ? ApiError::Kind::Tls
                                                                  : ApiError::Kind::Network;
        err.mayHaveReachedServer = false;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts this way
        err.kind = ApiError::Kind::Timeout;
        break;
    default:
        err.kind = ApiError::Kind::Network;
        break;
    }
    if (flags.deadline)
        err.kind = ApiError::Kind::Timeout;
    return err;
}
} // namespace

ApiClient::ApiClient(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setTransferTimeout(kTransferTimeoutMs);
}

ApiClient::~ApiClient()
{
    m_credentials.wipe();
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
    if (endpoint.scheme() == QLatin1String("https"))
        return true;
    if (endpoint.scheme() == QLatin1String("http")) {
        if (isLoopbackHost(endpoint.host()))
            return true;
        return fail("plain http:// is allowed only for loopback addresses");
    }
    return fail("the endpoint must start with https://");
}

QUrl ApiClient::urlFor(const QUrl &endpoint, const ApiRequest &request)
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

QDateTime ApiClient::parseHttpDate(const QByteArray &value)
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

int ApiClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
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

ApiResult ApiClient::failWithoutSending(ApiError::Kind kind, const QString &detail) const
{
    ApiResult result;
    result.error.kind = kind;
    result.error.detail = detail;
    result.error.mayHaveReachedServer = false;
    return result;
}

ApiCall *ApiClient::send(const ApiRequest &request, QObject *receiver, ApiCallback callback)
{
    auto *call = new ApiCall(request, receiver, std::move(callback), this);
    // Start from the event loop: the caller gets the handle before any callback can run.
    QTimer::singleShot(0, call, [this, call] { startAttempt(call); });
    return call;
}

ApiCall *ApiClient::fetchAll(const ApiRequest &listing, QObject *receiver, ApiCallback callback)
{
    auto *call = new ApiCall(listing, receiver, std::move(callback), this);
    auto *fetch = new PagedFetch(this, call);
    QTimer::singleShot(0, fetch, &PagedFetch::start);
    return call;
}

void ApiClient::startAttempt(ApiCall *call)
{
    if (call->isFinished())
        return;
    QString why;
    if (!isAllowedEndpoint(m_endpoint, &why)) {
        call->complete(failWithoutSending(ApiError::Kind::InsecureEndpoint, why));
        return;
    }
    if (!m_credentials.isComplete()) {
        call->complete(failWithoutSending(ApiError::Kind::NotSignedIn, QString()));
        return;
    }
    const ApiRequest &request = call->request();
    const QUrl url = urlFor(m_endpoint, request);
    const qint64 timestamp = m_clock->nowSecs() + m_clockOffsetSecs;

    QNetworkRequest netRequest(url);
    netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                            QNetworkRequest::ManualRedirectPolicy);
    netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                            QNetworkRequest::AlwaysNetwork);
    netRequest.setTransferTimeout(kTransferTimeoutMs);
    netRequest.setHeader(QNetworkRequest::UserAgentHeader, kUserAgent);
    netRequest.setRawHeader("Accept", "application/json");
    netRequest.setRawHeader("X-iwinv-Timestamp", QByteArray::number(timestamp));
    netRequest.setRawHeader("X-iwinv-Credential", m_credentials.accessKey.toUtf8());
    netRequest.setRawHeader(
            "X-iwinv-Signature",
            Signer::signature(m_credentials.secretKey, timestamp, Signer::signedPath(url)));
    if (url.scheme() == QLatin1String("https")) {
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
    case ApiRequest::Body::Json: {
        netRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                             QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(
                netRequest, verb, QJsonDocument(request.json).toJson(QJsonDocument::Compact));
        break;
    }
    case ApiRequest::Body::Multipart: {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormField &field : request.form) {
            QHttpPart part;
            QString name = field.name;
            name.replace(u'"', QLatin1String("%22"));
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(name).toUtf8());
            part.setBody(field.value.toUtf8());
            multipart->append(part);
        }
        reply = m_network->sendCustomRequest(netRequest, verb, multipart);
        multipart->setParent(reply);
        break;
    }
    }

    const qint64 sentAtMs = m_clock->nowMs();
    auto flags = std::make_shared<ReplyFlags>();
    reply->setProperty("iwinvSentAt", sentAtMs);
    call->m_abort = [reply, flags] {
        flags->cancelled = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, flags](qint64 received, qint64 total) {
                if (received > kMaxReplyBytes || total > kMaxReplyBytes) {
                    flags->tooLarge = true;
                    reply->abort();
                }
            });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, flags] {
        flags->deadline = true;
        reply->abort();
    });
    deadline->start(request.paged ? kPageDeadlineMs : kDeadlineMs);
    connect(reply, &QNetworkReply::finished, call, [this, call, reply, flags, sentAtMs] {
        reply->deleteLater();
        if (call->isFinished())
            return;
        ApiResult result;
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (flags->cancelled || flags->tooLarge || flags->deadline || !statusAttr.isValid()) {
            result.error = networkError(reply->error(), reply->errorString(), *flags);
        } else {
            finishReply(call, reply, sentAtMs);
            return;
        }
        result.sentAtMs = sentAtMs;
        result.receivedAtMs = m_clock->nowMs();
        qCInfo(lcHttp).noquote() << ApiRequest::methodName(call->request().method)
                                 << call->request().path
                                 << "failed:" << ApiError::kindName(result.error.kind)
                                 << result.error.detail;
        Q_EMIT replyReceived(result);
        call->complete(result);
    });
    Q_EMIT requestSent(request.operation);
}

void ApiClient::finishReply(ApiCall *call, QNetworkReply *reply, qint64 sentAtMs)
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
        result.error.detail = QString::fromLatin1(reply->rawHeader("Location").left(300));
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
        if (call->request().emptySetIsEmpty
            && result.error.errorCode == QLatin1String("EMPTY_SET")) {
            result.error = ApiError();
            result.envelope.result = QJsonArray();
        }
    }
    if (result.error.kind == ApiError::Kind::RateLimited
        || result.error.kind == ApiError::Kind::TimestampRejected
        || result.error.kind == ApiError::Kind::Unauthorized)
        result.error.mayHaveReachedServer = false; // refused before any work was done
    qCInfo(lcHttp).noquote() << ApiRequest::methodName(call->request().method)
                             << call->request().path << "->" << result.httpStatus
                             << (result.error.isError() ? result.error.errorCode : QString())
                             << QStringLiteral("(%1 ms)").arg(result.receivedAtMs - sentAtMs);
    Q_EMIT replyReceived(result);
    call->complete(result);
}
