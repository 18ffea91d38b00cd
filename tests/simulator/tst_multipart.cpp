// Placeholder being written.
#include <QTest>

class Tstmultipart : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstmultipart)
#include "tst_multipart.moc"
