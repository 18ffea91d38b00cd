// Placeholder being written.
#include <QTest>

class Tstsimulatorinstances : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstsimulatorinstances)
#include "tst_simulatorinstances.moc"
