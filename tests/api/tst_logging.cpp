// Nothing secret is ever printed, even with every logging category at debug level: not the
// secret key, not the whole access key, not a signature, not an initial password, not a console
// link.
#include "api/instancesapi.h"
#include "api/signer.h"
#include "api/zonesapi.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                      + message);
}
} // namespace

class TstLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldPrintNoSecretAtDebugLevel();
};

void TstLogging::shouldPrintNoSecretAtDebugLevel()
{
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    QStringList secrets;
    {
        SimFixture f;
        AccountSession session(f.client.get(), false);
        session.store(Resource::Instances)->refresh();
        QVERIFY(f.drive([&] { return session.store(Resource::Instances)->lastRefreshMs() > 0; }));
        const SimInstance &target = f.sim->state().instances.first();
        QVERIFY(f.call(InstancesApi::detail(target.data.id)).ok());
        QString active;
        for (const SimInstance &si : f.sim->state().instances) {
            if (si.data.status == u"active"_s)
                active = si.data.id;
        }
        QVERIFY(f.call(InstancesApi::remoteConsole(active)).ok());
        OperationTracker tracker(f.client.get());
        const quint64 op = tracker.submit(Operation::Kind::Reboot, InstancesApi::reboot(active),
                                          active, u"x"_s, u"active"_s);
        QVERIFY(f.drive([&] { return tracker.operation(op)->isFinished(); }, 60000));
        f.client->setCredentials(Credentials {f.sim->accessKey(), "wrong-secret-value"});
        QVERIFY(!f.call(ZonesApi::list()).ok());

        secrets << QString::fromLatin1(f.sim->secretKey()) << u"wrong-secret-value"_s
                << f.sim->accessKey();
        for (const SimInstance &si : f.sim->state().instances) {
            secrets << si.data.defaultAccountPassword << si.data.vncLink;
            secrets << si.data.vncLink.section(u'=', 1); // the token alone
        }
        // Every signature that went out (the clock is fixed per request: recompute them).
        for (const Simulator::Record &r : f.sim->log()) {
            for (const QByteArray &secret : {f.sim->secretKey(), QByteArray("wrong-secret-value")})
                secrets << QString::fromLatin1(Signer::signature(secret, r.atMs / 1000, r.path));
        }
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(g_messages.size() > 20, "debug logging produced almost nothing: the test is blind");
    const QString all = g_messages.join(u'\n');
    QVERIFY(all.contains(u"/v1/instances"_s)); // it did log the traffic
    for (const QString &secret : std::as_const(secrets)) {
        if (secret.size() < 8)
            continue;
        for (const QString &line : std::as_const(g_messages)) {
            if (line.contains(secret)) {
                QString shown = line;
                shown.replace(secret, secret.left(4) + u"…"_s);
                QFAIL(qPrintable(u"leaked in: "_s + shown.left(300)));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TstLogging)
#include "tst_logging.moc"
