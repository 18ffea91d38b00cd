// Placeholder being written.
#include <QTest>

class Tstrequests : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstrequests)
#include "tst_requests.moc"
