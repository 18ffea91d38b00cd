#include "replywire.h"

#include "apirequest.h"
#include "formencoding.h"

#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace {
//! A network error without an HTTP answer, in the API's terms.
ApiError::Kind failureOf(QNetworkReply::NetworkError code, bool *mayHaveReachedServer)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownProxyError:
        *mayHaveReachedServer = false;
        return ApiError::Kind::Network;
    case QNetworkReply::SslHandshakeFailedError:
        *mayHaveReachedServer = false;
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    default:
        return ApiError::Kind::Network;
    }
}
} // namespace

ReplyWire::ReplyWire(QNetworkAccessManager *network, const QNetworkRequest &request,
                     const ApiRequest &api, qint64 maxBytes, QObject *parent)
    : HttpWire(parent), m_network(network), m_request(request),
      m_verb(ApiRequest::methodName(api.method).toLatin1()), m_body(int(api.body)),
      m_maxBytes(maxBytes)
{
    if (api.body == ApiRequest::Body::Json)
        m_json = QJsonDocument(api.json).toJson(QJsonDocument::Compact);
    for (const FormField &field : api.form)
        m_form.append({field.name, FormEncoding::value(field)});
}

ReplyWire::~ReplyWire()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ReplyWire::start()
{
    QNetworkReply *reply = nullptr;
    switch (ApiRequest::Body(m_body)) {
    case ApiRequest::Body::None:
        reply = m_network->sendCustomRequest(m_request, m_verb);
        break;
    case ApiRequest::Body::Json:
        m_request.setHeader(QNetworkRequest::ContentTypeHeader,
                            QByteArrayLiteral("application/json"));
        reply = m_network->sendCustomRequest(m_request, m_verb, m_json);
        break;
    case ApiRequest::Body::Multipart: {
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &field : std::as_const(m_form)) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           FormEncoding::disposition(field.first));
            part.setBody(field.second.toUtf8());
            multipart->append(part);
        }
        reply = m_network->sendCustomRequest(m_request, m_verb, multipart);
        multipart->setParent(reply);
        break;
    }
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::uploadProgress, this, &HttpWire::progressed);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        Q_EMIT progressed();
        if (received > m_maxBytes || total > m_maxBytes) {
            m_tooLarge = true;
            abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            m_tlsProblems.append(e.errorString());
        // Never ignored: the handshake fails and the reply finishes with the error.
    });
    connect(reply, &QNetworkReply::finished, this, &ReplyWire::onFinished);
}

void ReplyWire::abort()
{
    if (m_reply)
        m_reply->abort(); // finished() follows at once
}

void ReplyWire::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    WireAnswer answer;
    answer.detail = reply->errorString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (m_tooLarge || !status.isValid()) {
        answer.failure = m_tooLarge ? ApiError::Kind::TooLarge
                                    : failureOf(reply->error(), &answer.mayHaveReachedServer);
        answer.tlsProblems = m_tlsProblems;
    } else {
        answer.status = status.toInt();
        answer.headers = reply->rawHeaderPairs();
        answer.body = reply->readAll();
        answer.cutShort = reply->error() != QNetworkReply::NoError;
    }
    Q_EMIT answered(answer);
}
