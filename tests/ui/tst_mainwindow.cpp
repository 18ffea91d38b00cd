// Placeholder being written.
#include <QTest>

class Tstmainwindow : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(Tstmainwindow)
#include "tst_mainwindow.moc"
