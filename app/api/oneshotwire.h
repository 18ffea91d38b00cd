#pragma once

#include "httpwire.h"
#include "oneshothttp.h"

#include <QPointer>

struct ApiRequest;

//! An attempt on a connection of its own, sent exactly once (every POST, and whatever must
//! never be repeated): the body written by hand, the answer in the API's terms.
class OneShotWire final : public HttpWire
{
    Q_OBJECT
public:
    OneShotWire(const QUrl &url, const OneShotHttp::Headers &headers, const ApiRequest &api,
                const QSslConfiguration &tls, qint64 maxBytes, QObject *parent = nullptr);

    void start() override;
    void abort() override;

private:
    void onFinished(const OneShotHttp::Response &response);

    QPointer<OneShotHttp> m_http;
};
