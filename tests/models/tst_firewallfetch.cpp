// Placeholder being written.
#include <QTest>

class TstFirewallfetch : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TstFirewallfetch)
#include "tst_firewallfetch.moc"
