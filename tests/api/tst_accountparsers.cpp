// Placeholder being written.
#include <QTest>

class Tstaccountparsers : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstaccountparsers)
#include "tst_accountparsers.moc"
