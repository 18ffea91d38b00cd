// Placeholder being written.
#include <QTest>

class Tstapiclient : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstapiclient)
#include "tst_apiclient.moc"
