// Placeholder being written.
#include <QTest>

class Tstsimulatorauth : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstsimulatorauth)
#include "tst_simulatorauth.moc"
