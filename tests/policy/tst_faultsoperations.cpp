// Placeholder being written.
#include <QTest>

class TstFaultsOperations : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstFaultsOperations)
#include "tst_faultsoperations.moc"
