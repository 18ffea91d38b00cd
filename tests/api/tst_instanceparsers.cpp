// Placeholder being written.
#include <QTest>

class Tstinstanceparsers : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstinstanceparsers)
#include "tst_instanceparsers.moc"
