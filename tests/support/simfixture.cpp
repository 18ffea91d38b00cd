#include "simfixture.h"

#include "api/signer.h"
#include "clockdriver.h"

#include <QTest>
#include <QUrl>

#include <optional>

SimOptions SimFixture::testOptions()
{
    SimOptions options;
    options.seed = 7;
    options.instanceCount = 40;
    options.transitionMs = 5000;
    options.requestsPerMinute = 0;
    return options;
}

SimFixture::SimFixture(const SimOptions &options)
    : clock(1'790'000'000'000), // 2026-09-21, a fixed day
      sim(std::make_unique<Simulator>(options, &clock)), client(std::make_unique<ApiClient>(&clock))
{
    if (!sim->listen(0))
        qFatal("the simulator could not listen on loopback");
    client->setEndpoint(sim->endpoint());
    client->setCredentials(Credentials {sim->accessKey(), sim->secretKey()});
}

SimFixture::~SimFixture() = default;

bool SimFixture::drive(const std::function<bool()> &done, int realTimeoutMs)
{
    return driveUntil(clock, *client, done, realTimeoutMs, stalledAfterMs);
}

ApiResult SimFixture::call(const ApiRequest &request, std::optional<Priority> priority)
{
    auto out = std::make_shared<ApiResult>();
    bool done = false;
    client->send(
            request, nullptr,
            [out, &done](const ApiResult &r) {
                *out = r;
                done = true;
            },
            priority);
    if (!drive([&done] { return done; }))
        qFatal("a call did not finish within 30 s");
    return *out;
}

ApiResult SimFixture::fetchAll(const ApiRequest &listing, std::optional<Priority> priority)
{
    auto out = std::make_shared<ApiResult>();
    bool done = false;
    client->fetchAll(
            listing, nullptr,
            [out, &done](const ApiResult &r) {
                *out = r;
                done = true;
            },
            priority);
    if (!drive([&done] { return done; }, 60000))
        qFatal("a listing did not finish within 60 s");
    return *out;
}

QString SimFixture::Answer::errorCode() const
{
    return body.value(QLatin1String("error_code")).toString();
}

QJsonArray SimFixture::Answer::result() const
{
    return body.value(QLatin1String("result")).toArray();
}

QByteArray SimFixture::Answer::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimFixture::Answer SimFixture::direct(const QString &method, const QString &path,
                                      const QMap<QString, QString> &query,
                                      const QMap<QString, QString> &form, const QJsonObject &json)
{
    SimRequest req;
    req.method = method;
    req.path = path;
    req.query = query;
    req.peer = QHostAddress::LocalHost;
    const qint64 ts = clock.nowSecs();
    req.headers.insert("x-iwinv-timestamp", QByteArray::number(ts));
    req.headers.insert("x-iwinv-credential", sim->accessKey().toUtf8());
    req.headers.insert("x-iwinv-signature", Signer::signature(sim->secretKey(), ts, path));
    // Bodies go in already parsed, as the pipeline would leave them.
    if (!form.isEmpty()) {
        QByteArray body;
        for (auto it = form.begin(); it != form.end(); ++it)
            body += "--B\r\nContent-Disposition: form-data; name=\"" + it.key().toUtf8()
                    + "\"\r\n\r\n" + it.value().toUtf8() + "\r\n";
        body += "--B--\r\n";
        req.headers.insert("content-type", "multipart/form-data; boundary=B");
        req.body = body;
    } else if (!json.isEmpty()) {
        req.headers.insert("content-type", "application/json");
        req.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    }
    const SimResponse response = sim->handle(req);
    Answer answer;
    answer.status = response.status;
    answer.body = QJsonDocument::fromJson(response.body).object();
    answer.headers = response.headers;
    return answer;
}

SimFixture::Answer SimFixture::direct(const ApiRequest &request)
{
    QMap<QString, QString> query;
    for (const auto &item : request.query)
        query.insert(item.first, item.second);
    QMap<QString, QString> form;
    for (const FormField &field : request.form)
        form.insert(field.name, field.value);
    return direct(ApiRequest::methodName(request.method), request.path, query, form, request.json);
}

int SimFixture::countOf(const SimState &s, Resource r)
{
    switch (r) {
    case Resource::Instances:
        return int(s.instances.size());
    case Resource::BlockStorage:
        return int(s.volumes.size());
    case Resource::Firewalls:
        return int(s.firewalls.size());
    case Resource::Images:
        return int(s.images.size());
    case Resource::Flavors:
        return int(s.flavors.size());
    case Resource::Zones:
        return int(s.zones.size());
    case Resource::SshKeys:
        return int(s.sshKeys.size());
    case Resource::UserScripts:
        return int(s.userScripts.size());
    }
    return 0;
}

void SimFixture::settle()
{
    for (SimInstance &si : sim->state().instances) {
        if (!si.finalStatus.isEmpty())
            si.data.status = si.finalStatus;
        si.finalStatus.clear();
        if (si.data.status != QLatin1String("active") && si.data.status != QLatin1String("off"))
            si.data.status = QStringLiteral("active");
    }
    for (SimVolume &v : sim->state().volumes) {
        if (!v.finalStatus.isEmpty())
            v.data.status = v.finalStatus;
        v.finalStatus.clear();
    }
}
