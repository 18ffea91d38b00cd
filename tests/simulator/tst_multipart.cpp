// MultipartParser: the simulator's multipart/form-data reader. Every body it may meet (the
// client's QHttpMultiPart, hand-written ones, broken ones) either parses to the right fields or
// fails with an error; it never crashes.
#include "api/instancesapi.h"
#include "api/signer.h"
#include "simulator/multipartparser.h"
#include "support/simfixture.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

using Fields = QMap<QString, QString>;

namespace {

//! One text part, framed the way RFC 7578 (and QHttpMultiPart) frames it.
QByteArray part(const QByteArray &boundary, const QByteArray &name, const QByteArray &value)
{
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
            + value + "\r\n";
}

QByteArray closing(const QByteArray &boundary)
{
    return "--" + boundary + "--\r\n";
}

//! What went over the wire when QNetworkAccessManager posted a QHttpMultiPart.
struct Captured
{
    QByteArray contentType;
    QByteArray body;
};

//! Posts \a fields as a QHttpMultiPart to a bare TCP server on loopback and returns the request's
//! Content-Type and body bytes exactly as Qt wrote them.
Captured captureQHttpMultiPart(const QList<QPair<QByteArray, QByteArray>> &fields)
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return {};
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &field : fields) {
        QHttpPart p;
        p.setHeader(QNetworkRequest::ContentDispositionHeader,
                    QByteArray("form-data; name=\"" + field.first + "\""));
        p.setBody(field.second);
        multipart->append(p);
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(server.serverPort());
    url.setPath(u"/v1/instances"_s);
    QNetworkReply *reply = manager.post(QNetworkRequest(url), multipart);
    multipart->setParent(reply);

    QTcpSocket *socket = nullptr;
    QByteArray raw;
    Captured out;
    const bool complete = QTest::qWaitFor(
            [&] {
                if (!socket && server.hasPendingConnections())
                    socket = server.nextPendingConnection();
                if (socket)
                    raw += socket->readAll();
                const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return false;
                qint64 length = -1;
                for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
                    const qsizetype colon = line.indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    if (name == "content-type")
                        out.contentType = value;
                    else if (name == "content-length")
                        length = value.toLongLong();
                }
                if (length < 0 || raw.size() < headerEnd + 4 + length)
                    return false;
                out.body = raw.mid(headerEnd + 4, length);
                return true;
            },
            10000);
    reply->abort();
    delete reply;
    return complete ? out : Captured {};
}

} // namespace

class TstMultipart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheBoundaryFromTheContentType_data();
    void shouldReadTheBoundaryFromTheContentType();
    void shouldParseWellFormedBodies_data();
    void shouldParseWellFormedBodies();
    void shouldParseABodyLaidOutAsQHttpMultiPartWritesIt();
    void shouldParseABodyCapturedFromQHttpMultiPart();
    void shouldRejectMalformedBodies_data();
    void shouldRejectMalformedBodies();
    void shouldNeverCrashOnATruncatedBody();
    void shouldAnswerCheckParamForAnUnreadableFormAndChangeNothing();
    void shouldReadKoreanFormValuesSentByTheClientOverHttp();
};

void TstMultipart::shouldReadTheBoundaryFromTheContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");

    QTest::newRow("bare") << QByteArray("multipart/form-data; boundary=B") << QByteArray("B");
    QTest::newRow("quoted") << QByteArray("multipart/form-data; boundary=\"abc-123\"")
                            << QByteArray("abc-123");
    QTest::newRow("as QNetworkAccessManager writes it")
            << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._MTA4NDc0MzQ2OA==\"")
            << QByteArray("boundary_.oOo._MTA4NDc0MzQ2OA==");
    QTest::newRow("bare with '=' inside")
            << QByteArray("multipart/form-data; boundary=a=b") << QByteArray("a=b");
    QTest::newRow("other parameters after")
            << QByteArray("multipart/form-data; boundary=xyz; charset=utf-8") << QByteArray("xyz");
    QTest::newRow("other parameters before")
            << QByteArray("multipart/form-data; charset=utf-8; boundary=xyz") << QByteArray("xyz");
    QTest::newRow("upper case") << QByteArray("Multipart/Form-Data; BOUNDARY=Qq")
                                << QByteArray("Qq");
    QTest::newRow("no space after ';'")
            << QByteArray("multipart/form-data;boundary=B2") << QByteArray("B2");
    QTest::newRow("no boundary parameter") << QByteArray("multipart/form-data") << QByteArray();
    QTest::newRow("json") << QByteArray("application/json; boundary=B") << QByteArray();
    QTest::newRow("urlencoded form")
            << QByteArray("application/x-www-form-urlencoded") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TstMultipart::shouldReadTheBoundaryFromTheContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    QCOMPARE(MultipartParser::boundary(contentType), boundary);
}

void TstMultipart::shouldParseWellFormedBodies_data()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Fields>("fields");

    QTest::newRow("one field") << QByteArray("B")
                               << QByteArray(part("B", "name", "web-01") + closing("B"))
                               << Fields {{u"name"_s, u"web-01"_s}};
    QTest::newRow("three fields")
            << QByteArray("B")
            << QByteArray(part("B", "zone_id", "kr1-z01") + part("B", "flavor_id", "std.c2m4")
                          + part("B", "image_id", "PIMAGE-1Pos3S8VaJXq3wgC8c4BMi") + closing("B"))
            << Fields {{u"zone_id"_s, u"kr1-z01"_s},
                       {u"flavor_id"_s, u"std.c2m4"_s},
                       {u"image_id"_s, u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s}};
    QTest::newRow("Korean value") << QByteArray("B")
                                  << QByteArray(part("B", "name", u"웹서버-01"_s.toUtf8())
                                                + part("B", "description",
                                                       u"운영 서비스용 (판교)"_s.toUtf8())
                                                + closing("B"))
                                  << Fields {{u"name"_s, u"웹서버-01"_s},
                                             {u"description"_s, u"운영 서비스용 (판교)"_s}};
    QTest::newRow("Korean field name")
            << QByteArray("B") << QByteArray(part("B", u"이름"_s.toUtf8(), "x") + closing("B"))
            << Fields {{u"이름"_s, u"x"_s}};
    QTest::newRow("empty value") << QByteArray(
            "B") << QByteArray(part("B", "description", "") + part("B", "name", "n") + closing("B"))
                                 << Fields {{u"description"_s, QString()}, {u"name"_s, u"n"_s}};
    QTest::newRow("value with line breaks and dashes")
            << QByteArray("B")
            << QByteArray(part("B", "description", "line 1\r\n--line 2\r\n-- B\n") + closing("B"))
            << Fields {{u"description"_s, u"line 1\r\n--line 2\r\n-- B\n"_s}};
    QTest::newRow("dotted names of block storage")
            << QByteArray("B")
            << QByteArray(part("B", "block_storage.1.size", "50")
                          + part("B", "block_storage.1.name", u"데이터"_s.toUtf8()) + closing("B"))
            << Fields {{u"block_storage.1.size"_s, u"50"_s},
                       {u"block_storage.1.name"_s, u"데이터"_s}};
    QTest::newRow("preamble before the first delimiter")
            << QByteArray("B")
            << QByteArray("This is the preamble.\r\n" + part("B", "a", "1") + closing("B"))
            << Fields {{u"a"_s, u"1"_s}};
    QTest::newRow("several headers in a part")
            << QByteArray("XyZ")
            << QByteArray("--XyZ\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Content-Disposition: form-data; name=\"a\"\r\n\r\nvalue\r\n--XyZ--\r\n")
            << Fields {{u"a"_s, u"value"_s}};
    QTest::newRow("closing delimiter without final CRLF")
            << QByteArray("B") << QByteArray(part("B", "a", "1") + "--B--")
            << Fields {{u"a"_s, u"1"_s}};
    QTest::newRow("no parts at all") << QByteArray("B") << closing("B") << Fields {};
}

void TstMultipart::shouldParseWellFormedBodies()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);
    QFETCH(Fields, fields);

    Fields parsed;
    QString error;
    QVERIFY2(MultipartParser::parse(body, boundary, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, fields);
}

void TstMultipart::shouldParseABodyLaidOutAsQHttpMultiPartWritesIt()
{
    // QNetworkAccessManager quotes QHttpMultiPart's generated boundary in the header; each part is
    // "--boundary CRLF headers CRLF CRLF body CRLF", the end "--boundary-- CRLF".
    const QByteArray contentType
            = "multipart/form-data; "
              "boundary=\"boundary_.oOo._NjQ3NzE2NTQ5MTE4NjY3NDY0ODE2ODk4MTk2\"";
    const QByteArray b = "boundary_.oOo._NjQ3NzE2NTQ5MTE4NjY3NDY0ODE2ODk4MTk2";
    const QByteArray body = "--" + b + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
            + u"게임서버-03"_s.toUtf8() + "\r\n--" + b
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n\r\n--" + b
            + "--\r\n";

    Fields parsed;
    QString error;
    QVERIFY2(MultipartParser::parse(body, MultipartParser::boundary(contentType), &parsed, &error),
             qPrintable(error));
    QCOMPARE(parsed, (Fields {{u"name"_s, u"게임서버-03"_s}, {u"description"_s, QString()}}));
}

void TstMultipart::shouldParseABodyCapturedFromQHttpMultiPart()
{
    const Captured captured = captureQHttpMultiPart({{"zone_id", "kr1-z01"},
                                                     {"name", u"한글 서버 이름"_s.toUtf8()},
                                                     {"description", QByteArray()},
                                                     {"block_storage.1.size", "100"}});
    QVERIFY2(!captured.body.isEmpty(), "nothing was captured from QNetworkAccessManager");
    const QByteArray boundary = MultipartParser::boundary(captured.contentType);
    QVERIFY2(!boundary.isEmpty(), captured.contentType.constData());
    QVERIFY(!boundary.contains('"'));
    // The layout the hand-written QHttpMultiPart body above copies.
    QCOMPARE(captured.contentType, QByteArray("multipart/form-data; boundary=\"" + boundary + '"'));
    QCOMPARE(captured.body,
             QByteArray(part(boundary, "zone_id", "kr1-z01")
                        + part(boundary, "name", u"한글 서버 이름"_s.toUtf8())
                        + part(boundary, "description", QByteArray())
                        + part(boundary, "block_storage.1.size", "100") + closing(boundary)));

    Fields parsed;
    QString error;
    QVERIFY2(MultipartParser::parse(captured.body, boundary, &parsed, &error), qPrintable(error));
    QCOMPARE(parsed,
             (Fields {{u"zone_id"_s, u"kr1-z01"_s},
                      {u"name"_s, u"한글 서버 이름"_s},
                      {u"description"_s, QString()},
                      {u"block_storage.1.size"_s, u"100"_s}}));
}

void TstMultipart::shouldRejectMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("boundary");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty body") << QByteArray("B") << QByteArray();
    QTest::newRow("empty boundary")
            << QByteArray() << QByteArray(part("B", "a", "1") + closing("B"));
    QTest::newRow("garbage") << QByteArray("B")
                             << QByteArray("this is not a multipart body at all");
    QTest::newRow("binary garbage")
            << QByteArray("B") << QByteArray("\x00\xff\x10--\xfe\r\n\r\n", 10);
    QTest::newRow("another boundary")
            << QByteArray("B") << QByteArray(part("C", "a", "1") + closing("C"));
    QTest::newRow("no closing delimiter") << QByteArray("B") << part("B", "a", "1");
    QTest::newRow("cut right after the last delimiter")
            << QByteArray("B") << QByteArray(part("B", "a", "1") + "--B");
    QTest::newRow("next part has no headers end")
            << QByteArray("B")
            << QByteArray(part("B", "a", "1")
                          + "--B\r\nContent-Disposition: form-data; name=\"b\"");
    QTest::newRow("value never closed")
            << QByteArray("B")
            << QByteArray("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
    QTest::newRow("part without a name")
            << QByteArray("B")
            << QByteArray("--B\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--B--\r\n");
    QTest::newRow("part with an empty name") << QByteArray("B")
                                             << QByteArray("--B\r\nContent-Disposition: form-data; "
                                                           "name=\"\"\r\n\r\nvalue\r\n--B--\r\n");
    QTest::newRow("name quote never closed") << QByteArray("B")
                                             << QByteArray("--B\r\nContent-Disposition: form-data; "
                                                           "name=\"abc\r\n\r\nvalue\r\n--B--\r\n");
    QTest::newRow("part without Content-Disposition")
            << QByteArray("B")
            << QByteArray("--B\r\nContent-Type: text/plain\r\n\r\nvalue\r\n--B--\r\n");
    QTest::newRow("garbage after the delimiter")
            << QByteArray("B")
            << QByteArray(
                       "--Bxx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--\r\n");
    QTest::newRow("bare LF line ends")
            << QByteArray("B")
            << QByteArray("--B\nContent-Disposition: form-data; name=\"a\"\n\n1\n--B--\n");
}

void TstMultipart::shouldRejectMalformedBodies()
{
    QFETCH(QByteArray, boundary);
    QFETCH(QByteArray, body);

    Fields parsed;
    QString error;
    QVERIFY(!MultipartParser::parse(body, boundary, &parsed, &error));
    QVERIFY2(!error.isEmpty(), "a rejected body must say why");
}

void TstMultipart::shouldNeverCrashOnATruncatedBody()
{
    const QByteArray body = part("B", "name", u"웹서버"_s.toUtf8()) + part("B", "description", "")
            + part("B", "count", "3") + closing("B");
    // Every prefix: either an error with a reason, or (only once the closing delimiter is in)
    // success with every field.
    for (qsizetype n = 0; n < body.size(); ++n) {
        const QByteArray prefix = body.left(n);
        Fields parsed;
        QString error;
        const bool ok = MultipartParser::parse(prefix, "B", &parsed, &error);
        if (ok) {
            QVERIFY2(prefix.contains("--B--"), qPrintable(u"prefix of %1 bytes accepted"_s.arg(n)));
            QCOMPARE(parsed.size(), 3);
        } else {
            QVERIFY2(!error.isEmpty(), qPrintable(u"prefix of %1 bytes: no error text"_s.arg(n)));
        }
    }
    Fields parsed;
    QString error;
    QVERIFY(MultipartParser::parse(body, "B", &parsed, &error));
    QCOMPARE(parsed.value(u"name"_s), u"웹서버"_s);
}

void TstMultipart::shouldAnswerCheckParamForAnUnreadableFormAndChangeNothing()
{
    SimFixture f;
    const auto listed = f.direct(u"GET"_s, u"/v1/instances"_s, {{u"page_size"_s, u"1"_s}});
    QCOMPARE(listed.status, 200);
    const QString id = listed.result().at(0).toObject().value(u"instance_id"_s).toString();
    const QString before = listed.result().at(0).toObject().value(u"name"_s).toString();
    QVERIFY(!id.isEmpty());

    SimRequest req;
    req.method = u"PUT"_s;
    req.path = u"/v1/instances/"_s + id;
    req.peer = QHostAddress::LocalHost;
    const qint64 ts = f.clock.nowSecs();
    req.headers.insert("x-iwinv-timestamp", QByteArray::number(ts));
    req.headers.insert("x-iwinv-credential", f.sim->accessKey().toUtf8());
    req.headers.insert("x-iwinv-signature", Signer::signature(f.sim->secretKey(), ts, req.path));
    req.headers.insert("content-type", "multipart/form-data; boundary=B");
    req.body = "--B\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nhijacked"; // never
                                                                                       // closed
    const SimResponse response = f.sim->handle(req);
    QCOMPARE(response.status, 400);
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    QCOMPARE(body.value(u"error_code"_s).toString(), u"CHECK_PARAM"_s);
    QCOMPARE(body.value(u"code"_s).toString(), u"0xe"_s);

    const auto detail = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
    QCOMPARE(detail.result().at(0).toObject().value(u"name"_s).toString(), before);
}

void TstMultipart::shouldReadKoreanFormValuesSentByTheClientOverHttp()
{
    SimFixture f;
    const auto listed = f.direct(u"GET"_s, u"/v1/instances"_s,
                                 {{u"status"_s, u"active,off"_s}, {u"page_size"_s, u"1"_s}});
    QCOMPARE(listed.result().size(), 1);
    const QString id = listed.result().at(0).toObject().value(u"instance_id"_s).toString();

    // The real client: QHttpMultiPart over loopback HTTP into the simulator's parser.
    const ApiResult result
            = f.call(InstancesApi::edit(id, u"결제 서버 \"주\""_s, u"설명: 줄1\n줄2"_s));
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    const auto detail = f.direct(u"GET"_s, u"/v1/instances/"_s + id);
    QCOMPARE(detail.result().at(0).toObject().value(u"name"_s).toString(), u"결제 서버 \"주\""_s);
    QCOMPARE(detail.result().at(0).toObject().value(u"description"_s).toString(),
             u"설명: 줄1\n줄2"_s);
}

QTEST_GUILESS_MAIN(TstMultipart)
#include "tst_multipart.moc"
