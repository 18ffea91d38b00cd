// Placeholder being written.
#include <QTest>

class Tstcatalogparsers : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstcatalogparsers)
#include "tst_catalogparsers.moc"
