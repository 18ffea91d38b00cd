// Placeholder being written.
#include <QTest>

class TstDetailview : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstDetailview)
#include "tst_detailview.moc"
