#include "httptransport.h"

#include "httpattempt.h"
#include "oneshotwire.h"
#include "replywire.h"
#include "signer.h"
#include "util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslSocket>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kUserAgent = QByteArrayLiteral("iwinv-console/" IWINV_VERSION);

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

    auto *attempt = new HttpAttempt(m_clock, request, deadlineMs, context, std::move(done), this);
    // What must never be repeated goes on its own connection, sent exactly once; so does every
    // POST (QNetworkAccessManager may re-send on a connection the server closed, and a POST is
    // never repeated once it may have reached the server).
    if (request.repeat == Repeat::Never || request.repeat == Repeat::Unsafe
        || request.method == HttpMethod::Post) {
        attempt->start(new OneShotWire(url, headers, request, tlsConfiguration(), kMaxReplyBytes));
    } else {
        QNetworkRequest netRequest(url);
        netRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
        netRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
        for (const auto &header : headers)
            netRequest.setRawHeader(header.first, header.second);
        if (url.scheme() == u"https"_s)
            netRequest.setSslConfiguration(tlsConfiguration());
        attempt->start(new ReplyWire(m_network, netRequest, request, kMaxReplyBytes));
    }
    return [guard = QPointer<HttpAttempt>(attempt)] {
        if (guard)
            guard->cancel();
    };
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
