// Placeholder being written.
#include <QTest>

class Tstsimulatorresources : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstsimulatorresources)
#include "tst_simulatorresources.moc"
