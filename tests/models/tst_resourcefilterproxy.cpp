// Placeholder being written.
#include <QTest>

class TstResourcefilterproxy : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstResourcefilterproxy)
#include "tst_resourcefilterproxy.moc"
