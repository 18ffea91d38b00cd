// Placeholder being written.
#include <QTest>

class Tstsimulatorcatalog : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstsimulatorcatalog)
#include "tst_simulatorcatalog.moc"
