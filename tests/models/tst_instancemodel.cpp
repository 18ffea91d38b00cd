#include "models/instancemodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Instance make(const QString &id, const QString &name, const QString &status = u"active"_s)
{
    Instance in;
    in.id = id;
    in.name = name;
    in.status = status;
    in.zoneId = u"kr1-z01"_s;
    in.flavor.name = u"Standard 2vCore 4GB"_s;
    in.flavor.vcpu = 2;
    in.flavor.memoryGb = 4;
    in.flavor.diskGb = 60;
    InstanceIp ip;
    ip.publicAddress = u"115.68.10.%1"_s.arg(id.size());
    ip.privateAddress = u"10.10.0.%1"_s.arg(id.size());
    in.ips = {ip};
    return in;
}
} // namespace

class TstInstanceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldPassTheModelTesterThroughMerges();
    void shouldKeepRowsAndPersistentIndexesAcrossARefresh();
    void shouldSignalOnlyRowsThatChanged();
    void shouldRemoveAndAppendRows();
    void shouldAnswerSortAndIdRoles();
    void shouldHaveAHeaderForEveryColumn();
    void shouldShowUnknownStatusesAsWritten();
};

void TstInstanceModel::shouldPassTheModelTesterThroughMerges()
{
    InstanceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge(
            {make(u"a"_s, u"web-01"_s), make(u"b"_s, u"db-01"_s), make(u"c"_s, u"웹서버-01"_s)});
    model.merge({make(u"c"_s, u"웹서버-01"_s, u"off"_s), make(u"d"_s, u"new"_s)});
    model.merge({});
    model.merge({make(u"e"_s, u"e"_s)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstInstanceModel::shouldKeepRowsAndPersistentIndexesAcrossARefresh()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"one"_s), make(u"b"_s, u"two"_s), make(u"c"_s, u"three"_s)});
    const QPersistentModelIndex selected(model.index(2, 0));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.merge({make(u"b"_s, u"two"_s), make(u"c"_s, u"three (renamed)"_s)});
    QCOMPARE(reset.count(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data().toString(), u"three (renamed)"_s);
}

void TstInstanceModel::shouldSignalOnlyRowsThatChanged()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"one"_s), make(u"b"_s, u"two"_s), make(u"c"_s, u"three"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.merge(
            {make(u"a"_s, u"one"_s), make(u"b"_s, u"two"_s, u"work"_s), make(u"c"_s, u"three"_s)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 1);
    changed.clear();
    model.merge(
            {make(u"a"_s, u"one"_s), make(u"b"_s, u"two"_s, u"work"_s), make(u"c"_s, u"three"_s)});
    QCOMPARE(changed.count(), 0);
}

void TstInstanceModel::shouldRemoveAndAppendRows()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"a"_s), make(u"b"_s, u"b"_s), make(u"c"_s, u"c"_s),
                 make(u"d"_s, u"d"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.merge({make(u"a"_s, u"a"_s), make(u"d"_s, u"d"_s), make(u"e"_s, u"e"_s),
                 make(u"f"_s, u"f"_s)});
    QCOMPARE(removed.count(), 1); // b and c, one contiguous run
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOf(u"e"_s), 2);
    QCOMPARE(model.find(u"f"_s)->name, u"f"_s);
    QVERIFY(model.find(u"b"_s) == nullptr);
}

void TstInstanceModel::shouldAnswerSortAndIdRoles()
{
    InstanceModel model;
    Instance big = make(u"x"_s, u"big"_s);
    big.flavor.memoryGb = 64;
    model.merge({make(u"a"_s, u"small"_s), big});
    const int memory = int(InstanceModel::Column::Memory);
    QCOMPARE(model.index(1, memory).data(Roles::SortRole).toLongLong(), 64);
    QCOMPARE(model.index(1, memory).data().toString(), model.tr("%1 GB").arg(64));
    QCOMPARE(model.index(1, 0).data(Roles::IdRole).toString(), u"x"_s);
    QCOMPARE(model.index(0, int(InstanceModel::Column::Status)).data(Roles::StatusRole).toString(),
             u"active"_s);
}

void TstInstanceModel::shouldHaveAHeaderForEveryColumn()
{
    InstanceModel model;
    QCOMPARE(model.columnCount(), int(InstanceModel::Column::Count));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY2(!model.headerData(c, Qt::Horizontal).toString().isEmpty(),
                 qPrintable(QString::number(c)));
    QVERIFY(!model.headerData(model.columnCount(), Qt::Horizontal).isValid());
}

void TstInstanceModel::shouldShowUnknownStatusesAsWritten()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"a"_s, u"migrating"_s)});
    const QString shown = model.index(0, int(InstanceModel::Column::Status)).data().toString();
    QVERIFY2(shown.contains(u"migrating"_s), qPrintable(shown));
}

QTEST_GUILESS_MAIN(TstInstanceModel)
#include "tst_instancemodel.moc"
