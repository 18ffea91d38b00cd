// Placeholder being written.
#include <QTest>

class TstFaultsLifecycle : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstFaultsLifecycle)
#include "tst_faultslifecycle.moc"
