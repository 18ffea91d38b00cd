#include "api/signer.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TstSigner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldMatchTheReferenceVectors_data();
    void shouldMatchTheReferenceVectors();
    void shouldSignThePathOnly_data();
    void shouldSignThePathOnly();
    void shouldCompareSignaturesExactly();
};

void TstSigner::shouldMatchTheReferenceVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<qint64>("timestamp");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zones")
            << QByteArray("your_secret_key") << qint64(1710000000) << u"/v1/zones"_s
            << QByteArray("a30bee50baae0d64246a8541fd7915b6767a1e45ba7a07ab4845096e1897ed3f");
    QTest::newRow("example params")
            << QByteArray("your_secret_key") << qint64(1710000000) << u"/v1/example/param1/param2"_s
            << QByteArray("8ca2700c4d713ffaa657017a5d1dff97c4619512b6eef75ab1da9d38a518dc94");
    QTest::newRow("start instance")
            << QByteArray("test_secret") << qint64(1710000000)
            << u"/v1/instances/INSTANCE-abc/start"_s
            << QByteArray("156be7bd869da2ece8060f89fb49ed4e9f661a7ead7c7f0e47d53ff9b854fc75");
    QTest::newRow("ci vector")
            << QByteArray("secret") << qint64(1710000000) << u"/v1/zones"_s
            << QByteArray("fe8f4d027e776833f779d136a05b60778ea77831a1e33c25f904cca5972a8daa");
}

void TstSigner::shouldMatchTheReferenceVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(qint64, timestamp);
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QCOMPARE(Signer::signature(secret, timestamp, path), expected);
}

void TstSigner::shouldSignThePathOnly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("signedPath");
    QTest::newRow("plain") << u"https://api-kr.iwinv.kr/v1/zones"_s << u"/v1/zones"_s;
    QTest::newRow("query dropped")
            << u"https://api-kr.iwinv.kr/v1/instances?status=active,off&page_no=2"_s
            << u"/v1/instances"_s;
    QTest::newRow("trailing slash dropped")
            << u"https://api-kr.iwinv.kr/v1/zones/"_s << u"/v1/zones"_s;
    QTest::newRow("encoded as sent") << u"http://127.0.0.1:8080/v1/instances/%EC%84%9C%EB%B2%84"_s
                                     << u"/v1/instances/%EC%84%9C%EB%B2%84"_s;
    QTest::newRow("dots kept") << u"https://api-kr.iwinv.kr/v1/flavors/gpu.c8m32.t4"_s
                               << u"/v1/flavors/gpu.c8m32.t4"_s;
}

void TstSigner::shouldSignThePathOnly()
{
    QFETCH(QString, url);
    QFETCH(QString, signedPath);
    QCOMPARE(Signer::signedPath(QUrl(url, QUrl::StrictMode)), signedPath);
}

void TstSigner::shouldCompareSignaturesExactly()
{
    const QByteArray a = Signer::signature("secret", 1710000000, u"/v1/zones"_s);
    QVERIFY(Signer::equalSignatures(a, a));
    QByteArray b = a;
    b[b.size() - 1] = b.at(b.size() - 1) == 'a' ? 'b' : 'a';
    QVERIFY(!Signer::equalSignatures(a, b));
    QVERIFY(!Signer::equalSignatures(a, a.left(10)));
    QVERIFY(!Signer::equalSignatures(a, QByteArray()));
    // Upper-case hex is a different string: the documented form is lower-case.
    QVERIFY(!Signer::equalSignatures(a, a.toUpper()));
}

QTEST_GUILESS_MAIN(TstSigner)
#include "tst_signer.moc"
