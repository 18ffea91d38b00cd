// How the simulator reads request bodies, against §6 of the API reference
// (shared/iwinv-api/README.md): the Content-Type of a request without a body is ignored; only a
// body that is there and cannot be read is refused; names and descriptions in multipart writes
// are URL-decoded.
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

const QString kRocky90 = u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s; // docs' image, kr2-z01

//! A seeded active instance with room for another volume.
QString activeInstance(SimFixture &f)
{
    const QJsonArray rows = f.direct(u"GET"_s, u"/v1/instances"_s,
                                     {{u"status"_s, u"active"_s}, {u"page_size"_s, u"100"_s}})
                                    .result();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"block_storage"_s).toArray().size() < 3)
            return row.toObject().value(u"instance_id"_s).toString();
    }
    return {};
}

//! Sends \a field = \a sent in the write \a target and returns the value the server kept.
QString roundTrip(SimFixture &f, const QString &target, const QString &field, const QString &sent)
{
    if (target == u"instance create"_s) {
        Form form {{u"zone_id"_s, u"kr2-z01"_s},
                   {u"flavor_id"_s, u"std.c2m4"_s},
                   {u"image_id"_s, kRocky90},
                   {field, sent}};
        if (field.startsWith(u"block_storage."_s))
            form.insert(u"block_storage.1.size"_s, u"10"_s);
        const auto a = f.direct(u"POST"_s, u"/v1/instances"_s, {}, form);
        if (a.status != 202)
            return u"<refused: %1>"_s.arg(a.errorCode());
        const QJsonObject created = a.result().at(0).toObject();
        if (!field.startsWith(u"block_storage."_s))
            return created.value(field).toString();
        const QString volumeId = created.value(u"block_storage"_s).toArray().at(0).toString();
        return f.direct(u"GET"_s, u"/v1/block-storages/"_s + volumeId)
                .result()
                .at(0)
                .toObject()
                .value(u"name"_s)
                .toString();
    }
    if (target == u"instance edit"_s) {
        const QString id = activeInstance(f);
        const auto a = f.direct(u"PUT"_s, u"/v1/instances/"_s + id, {}, {{field, sent}});
        if (a.status != 200)
            return u"<refused: %1>"_s.arg(a.errorCode());
        return f.direct(u"GET"_s, u"/v1/instances/"_s + id)
                .result()
                .at(0)
                .toObject()
                .value(field)
                .toString();
    }
    const auto a = f.direct(u"POST"_s, u"/v1/block-storages"_s, {},
                            {{u"instance_id"_s, activeInstance(f)},
                             {u"type"_s, u"ssd"_s},
                             {u"size"_s, u"10"_s},
                             {field, sent}});
    if (a.status != 202)
        return u"<refused: %1>"_s.arg(a.errorCode());
    return a.result().at(0).toObject().value(field).toString();
}

} // namespace

class TstSimulatorBodies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldIgnoreTheContentTypeOfARequestWithoutBody_data();
    void shouldIgnoreTheContentTypeOfARequestWithoutBody();
    void shouldUrlDecodeNamesAndDescriptions_data();
    void shouldUrlDecodeNamesAndDescriptions();
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

void TstSimulatorBodies::shouldUrlDecodeNamesAndDescriptions_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("kept");

    // Go's url.QueryEscape: space -> '+', UTF-8 -> %XX.
    const QString queryEscaped = u"web+%EC%84%9C%EB%B2%84+01"_s;
    const QString decoded = u"web 서버 01"_s;
    const QList<QPair<QString, QString>> targets = {
            {u"instance create"_s, u"name"_s},
            {u"instance create"_s, u"description"_s},
            {u"instance create"_s, u"block_storage.1.name"_s},
            {u"instance edit"_s, u"name"_s},
            {u"instance edit"_s, u"description"_s},
            {u"volume create"_s, u"name"_s},
            {u"volume create"_s, u"description"_s},
    };
    for (const auto &[target, field] : targets) {
        QTest::addRow("%s %s, QueryEscape", qPrintable(target), qPrintable(field))
                << target << field << queryEscaped << decoded;
    }
    // Our client: UTF-8 as it is, only '%' and '+' percent-encoded.
    QTest::newRow("our client's encoding") << u"instance edit"_s << u"description"_s
                                           << u"50%25 할인%2B 이벤트"_s << u"50% 할인+ 이벤트"_s;
    QTest::newRow("plain text") << u"instance edit"_s << u"name"_s << u"웹서버-01"_s
                                << u"웹서버-01"_s;
    QTest::newRow("upper and lower case hex")
            << u"volume create"_s << u"name"_s << u"%ec%84%9C%EB%B2%84"_s << u"서버"_s;
    QTest::newRow("a '%' that starts no escape is kept")
            << u"instance edit"_s << u"description"_s << u"100% %zz %4"_s << u"100% %zz %4"_s;
    // The length limits apply to the decoded text: 50 Korean characters are 450 encoded ones.
    QTest::newRow("50 encoded Korean characters fit the name")
            << u"instance edit"_s << u"name"_s << u"%EA%B0%80"_s.repeated(50)
            << u"가"_s.repeated(50);
    QTest::newRow("51 encoded Korean characters do not")
            << u"volume create"_s << u"name"_s << u"%EA%B0%80"_s.repeated(51)
            << u"<refused: CHECK_LENGTH>"_s;
}

void TstSimulatorBodies::shouldUrlDecodeNamesAndDescriptions()
{
    QFETCH(QString, target);
    QFETCH(QString, field);
    QFETCH(QString, sent);
    QFETCH(QString, kept);
    SimFixture f;
    QCOMPARE(roundTrip(f, target, field, sent), kept);
}

QTEST_GUILESS_MAIN(TstSimulatorBodies)
#include "tst_simulatorbodies.moc"
