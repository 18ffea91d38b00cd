#pragma once

#include "httpwire.h"

#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
struct ApiRequest;

//! An attempt sent through QNetworkAccessManager (reads and idempotent changes, which may be
//! re-sent): the request with its body, progress, the reply's size cap, TLS problems, and the
//! network error in the API's terms.
class ReplyWire final : public HttpWire
{
    Q_OBJECT
public:
    ReplyWire(QNetworkAccessManager *network, const QNetworkRequest &request, const ApiRequest &api,
              qint64 maxBytes, QObject *parent = nullptr);
    ~ReplyWire() override;

    void start() override;
    void abort() override;

private:
    void onFinished();

    QNetworkAccessManager *m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    int m_body; //!< ApiRequest::Body
    QByteArray m_json;
    QList<QPair<QString, QString>> m_form;
    qint64 m_maxBytes;
    QPointer<QNetworkReply> m_reply;
    bool m_tooLarge = false;
    QStringList m_tlsProblems;
};
