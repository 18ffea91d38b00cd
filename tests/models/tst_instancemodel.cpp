// Placeholder being written.
#include <QTest>

class Tstinstancemodel : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstinstancemodel)
#include "tst_instancemodel.moc"
