// Placeholder being written.
#include <QTest>

class Tstenvelope : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstenvelope)
#include "tst_envelope.moc"
