// Placeholder being written.
#include <QTest>

class TstResourcestore : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstResourcestore)
#include "tst_resourcestore.moc"
