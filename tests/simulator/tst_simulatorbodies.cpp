// How the simulator reads request bodies, against §6 of the API reference
// (shared/iwinv-api/README.md): the Content-Type of a request without a body is ignored; only a
// body that is there and cannot be read is refused.
#include "api/signer.h"
#include "support/simfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

using Form = QMap<QString, QString>;

namespace {

//! A signed request with exactly this Content-Type and body, as it would arrive over HTTP.
SimRequest signedRequest(SimFixture &f, const QString &method, const QString &path,
                         const QByteArray &contentType, const QByteArray &body)
{
    SimRequest req;
    req.method = method;
    req.path = path;
    req.peer = QHostAddress::LocalHost;
    const qint64 ts = f.clock.nowSecs();
    req.headers.insert("x-iwinv-timestamp", QByteArray::number(ts));
    req.headers.insert("x-iwinv-credential", f.sim->accessKey().toUtf8());
    req.headers.insert("x-iwinv-signature", Signer::signature(f.sim->secretKey(), ts, path));
    if (!contentType.isNull())
        req.headers.insert("content-type", contentType);
    req.body = body;
    return req;
}

//! The id of the first row of \a path with \a key == \a value, for "@..." placeholders.
QString firstWith(SimFixture &f, const QString &path, const QString &idKey, const QString &key,
                  const QString &value)
{
    const QJsonArray rows = f.direct(u"GET"_s, path, {{u"page_size"_s, u"100"_s}}).result();
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        if (o.value(key).toString() == value)
            return o.value(idKey).toString();
    }
    return {};
}

//! Replaces "@off" (an instance that is off) and "@available" (a detached volume) in \a path.
QString resolvePath(SimFixture &f, QString path)
{
    if (path.contains(u"@off"_s))
        path.replace(u"@off"_s,
                     firstWith(f, u"/v1/instances"_s, u"instance_id"_s, u"status"_s, u"off"_s));
    if (path.contains(u"@available"_s))
        path.replace(u"@available"_s,
                     firstWith(f, u"/v1/block-storages"_s, u"block_storage_id"_s, u"status"_s,
                               u"available"_s));
    if (path.contains(u"@any"_s))
        path.replace(u"@any"_s,
                     f.direct(u"GET"_s, u"/v1/instances"_s)
                             .result()
                             .at(0)
                             .toObject()
                             .value(u"instance_id"_s)
                             .toString());
    return path;
}

} // namespace

class TstSimulatorBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldIgnoreTheContentTypeOfARequestWithoutBody_data();
    void shouldIgnoreTheContentTypeOfARequestWithoutBody();
};

void TstSimulatorBodies::shouldIgnoreTheContentTypeOfARequestWithoutBody_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray none;
    QTest::newRow("GET, JSON type") << u"GET"_s << u"/v1/zones"_s << QByteArray("application/json")
                                    << none << 200 << u"SUCCESS"_s;
    QTest::newRow("GET, JSON type with charset")
            << u"GET"_s << u"/v1/instances"_s << QByteArray("application/json; charset=utf-8")
            << none << 200 << u"SUCCESS"_s;
    QTest::newRow("GET, multipart type without boundary")
            << u"GET"_s << u"/v1/block-storages"_s << QByteArray("multipart/form-data") << none
            << 200 << u"SUCCESS"_s;
    QTest::newRow("GET, multipart type with boundary")
            << u"GET"_s << u"/v1/flavors"_s << QByteArray("multipart/form-data; boundary=B") << none
            << 200 << u"SUCCESS"_s;
    QTest::newRow("GET, empty type")
            << u"GET"_s << u"/v1/zones"_s << QByteArray("") << none << 200 << u"SUCCESS"_s;
    QTest::newRow("bodiless POST, JSON type")
            << u"POST"_s << u"/v1/instances/@off/start"_s << QByteArray("application/json") << none
            << 202 << u"SUCCESS"_s;
    QTest::newRow("bodiless POST, multipart type")
            << u"POST"_s << u"/v1/instances/@off/start"_s
            << QByteArray("multipart/form-data; boundary=B") << none << 202 << u"SUCCESS"_s;
    QTest::newRow("bodiless DELETE, JSON type")
            << u"DELETE"_s << u"/v1/block-storages/@available"_s << QByteArray("application/json")
            << none << 202 << u"SUCCESS"_s;

    // A body that is there must be readable.
    QTest::newRow("JSON body that is not JSON")
            << u"POST"_s << u"/v1/firewall"_s << QByteArray("application/json")
            << QByteArray("{\"title\":") << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("JSON body that is an array")
            << u"POST"_s << u"/v1/firewall"_s << QByteArray("application/json") << QByteArray("[]")
            << 400 << u"CHECK_PARAM"_s;
    QTest::newRow("multipart body that is not multipart")
            << u"PUT"_s << u"/v1/instances/@any"_s << QByteArray("multipart/form-data; boundary=B")
            << QByteArray("name=x") << 400 << u"CHECK_PARAM"_s;
}

void TstSimulatorBodies::shouldIgnoreTheContentTypeOfARequestWithoutBody()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    SimFixture f;
    path = resolvePath(f, path);
    QVERIFY2(!path.contains(u'@') && !path.contains(u"//"_s), qPrintable(path));

    SimRequest req = signedRequest(f, method, path, contentType, body);
    const SimResponse response = f.sim->handle(req);
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(response.status, status);
    QCOMPARE(answer.value(u"error_code"_s).toString(), code);
}

QTEST_GUILESS_MAIN(TstSimulatorBodies)
#include "tst_simulatorbodies.moc"
