// Placeholder being written.
#include <QTest>

class TstFaultsStatus : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstFaultsStatus)
#include "tst_faultsstatus.moc"
