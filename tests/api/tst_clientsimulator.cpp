// Placeholder being written.
#include <QTest>

class Tstclientsimulator : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstclientsimulator)
#include "tst_clientsimulator.moc"
