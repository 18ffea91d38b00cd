// Placeholder being written.
#include <QTest>

class TstFaultsBodies : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstFaultsBodies)
#include "tst_faultsbodies.moc"
