// Placeholder being written.
#include <QTest>

class Tstsigner : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstsigner)
#include "tst_signer.moc"
