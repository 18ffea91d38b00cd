// Placeholder being written.
#include <QTest>

class Tstjsonread : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstjsonread)
#include "tst_jsonread.moc"
