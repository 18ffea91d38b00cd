#include "oneshotwire.h"

#include "apirequest.h"
#include "formencoding.h"

#include <QJsonDocument>

OneShotWire::OneShotWire(const QUrl &url, const OneShotHttp::Headers &headers,
                         const ApiRequest &api, const QSslConfiguration &tls, qint64 maxBytes,
                         QObject *parent)
    : HttpWire(parent)
{
    QByteArray body;
    QByteArray contentType;
    switch (api.body) {
    case ApiRequest::Body::None:
        break;
    case ApiRequest::Body::Json:
        body = QJsonDocument(api.json).toJson(QJsonDocument::Compact);
        contentType = "application/json";
        break;
    case ApiRequest::Body::Multipart:
        body = FormEncoding::body(api.form, &contentType);
        break;
    }
    OneShotHttp::Headers all = headers;
    if (!contentType.isEmpty())
        all.append({"Content-Type", contentType});
    m_http = new OneShotHttp(url, ApiRequest::methodName(api.method).toLatin1(), all, body, tls,
                             maxBytes, this);
    connect(m_http, &OneShotHttp::progressed, this, &HttpWire::progressed);
    connect(m_http, &OneShotHttp::finished, this, &OneShotWire::onFinished);
}

void OneShotWire::start()
{
    m_http->start();
}

void OneShotWire::abort()
{
    if (m_http)
        m_http->abort(); // finished() follows at once
}

void OneShotWire::onFinished(const OneShotHttp::Response &r)
{
    WireAnswer answer;
    answer.detail = r.error;
    if (r.tooLarge || r.status == 0) {
        answer.failure = r.tooLarge ? ApiError::Kind::TooLarge
                : r.tlsFailed       ? ApiError::Kind::Tls
                                    : ApiError::Kind::Network;
        answer.mayHaveReachedServer = r.connected && r.requestWritten;
        answer.tlsProblems = r.tlsProblems;
    } else {
        answer.status = r.status;
        answer.headers = r.headers;
        answer.body = r.body;
        answer.cutShort = !r.complete;
    }
    Q_EMIT answered(answer);
}
