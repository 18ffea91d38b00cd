// Placeholder being written.
#include <QTest>

class TstCsvexport : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstCsvexport)
#include "tst_csvexport.moc"
