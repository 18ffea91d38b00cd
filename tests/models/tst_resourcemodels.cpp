// Placeholder being written.
#include <QTest>

class TstResourcemodels : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstResourcemodels)
#include "tst_resourcemodels.moc"
