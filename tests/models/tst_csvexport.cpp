// Browsing: the table exported as CSV exactly as shown, for Excel (UTF-8 with a BOM, CRLF,
// RFC 4180 quoting, formulas defused).
#include "models/csvexport.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QStandardItem>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kBom("\xEF\xBB\xBF");

Instance make(const QString &id, const QString &name, const QString &zone = u"kr1-z01"_s)
{
    Instance in;
    in.id = id;
    in.name = name;
    in.status = u"active"_s;
    in.zoneId = zone;
    in.flavor.vcpu = 2;
    in.flavor.memoryGb = 4;
    return in;
}

//! The file's text without its BOM, split into lines at CRLF (the last, empty piece dropped).
QStringList linesOf(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv.mid(kBom.size()));
    QStringList lines = text.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

//! A one-column table whose header is "Value" and whose only cell is \a text.
std::unique_ptr<QStandardItemModel> oneCell(const QString &text)
{
    auto model = std::make_unique<QStandardItemModel>(0, 1);
    model->setHorizontalHeaderLabels({u"Value"_s});
    model->appendRow(new QStandardItem(text));
    return model;
}

constexpr int kName = int(InstanceModel::Column::Name);
constexpr int kZone = int(InstanceModel::Column::Zone);
constexpr int kVcpu = int(InstanceModel::Column::Vcpu);
constexpr int kId = int(InstanceModel::Column::Id);
} // namespace

class TstCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldStartWithAByteOrderMarkAndEndLinesWithCrLf();
    void shouldWriteTheHeaderRowFromHeaderData();
    void shouldWriteTheColumnsInTheGivenOrder();
    void shouldQuoteCellsThatNeedIt_data();
    void shouldQuoteCellsThatNeedIt();
    void shouldKeepAQuotedNewlineInsideItsCell();
    void shouldWriteKoreanAsUtf8();
    void shouldDefuseFormulas_data();
    void shouldDefuseFormulas();
    void shouldExportOnlyTheFilteredRowsInTheShownOrder();
    void shouldWriteOnlyTheHeaderForAnEmptyTable();
};

void TstCsvExport::shouldStartWithAByteOrderMarkAndEndLinesWithCrLf()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"web-1"_s), make(u"b"_s, u"web-2"_s)});
    const QByteArray csv = CsvExport::toCsv(model, {kName, kZone});
    QVERIFY(csv.startsWith(kBom));
    QCOMPARE(csv.count(kBom), 1);
    QVERIFY(csv.endsWith("\r\n"));
    // Every line ends in CRLF: as many LF as CRLF, no lone CR.
    QCOMPARE(csv.count('\n'), 3);
    QCOMPARE(csv.count("\r\n"), 3);
    QCOMPARE(csv.count('\r'), 3);
}

void TstCsvExport::shouldWriteTheHeaderRowFromHeaderData()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"web-1"_s)});
    const QList<int> columns {kName, kZone, kVcpu, kId};
    const QStringList lines = linesOf(CsvExport::toCsv(model, columns));
    QCOMPARE(lines.size(), 2);
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(lines.at(0), header.join(u','));
    QCOMPARE(lines.at(0), u"Name,Zone,vCPU,Server ID"_s);
    QCOMPARE(lines.at(1), u"web-1,kr1-z01,2,a"_s);

    // A header that needs quoting is quoted like any cell.
    QStandardItemModel plain(0, 2);
    plain.setHorizontalHeaderLabels({u"Monthly, excl. VAT"_s, u"Name"_s});
    plain.appendRow({new QStandardItem(u"1"_s), new QStandardItem(u"x"_s)});
    QCOMPARE(linesOf(CsvExport::toCsv(plain, {0, 1})).at(0), u"\"Monthly, excl. VAT\",Name"_s);
}

void TstCsvExport::shouldWriteTheColumnsInTheGivenOrder()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"web-1"_s, u"kr2-z01"_s), make(u"b"_s, u"db-1"_s)});
    // The person moved the id column to the front and hid the others.
    const QStringList lines = linesOf(CsvExport::toCsv(model, {kId, kZone, kName}));
    QCOMPARE(lines,
             (QStringList {u"Server ID,Zone,Name"_s, u"a,kr2-z01,web-1"_s, u"b,kr1-z01,db-1"_s}));
}

void TstCsvExport::shouldQuoteCellsThatNeedIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << u"web-01"_s << u"web-01"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << u"a b"_s << u"a b"_s;
    QTest::newRow("comma") << u"115.68.1.2, 115.68.1.3"_s << u"\"115.68.1.2, 115.68.1.3\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
    QTest::newRow("newline") << u"line 1\nline 2"_s << u"\"line 1\nline 2\""_s;
    QTest::newRow("CRLF inside") << u"line 1\r\nline 2"_s << u"\"line 1\r\nline 2\""_s;
    QTest::newRow("comma and quote") << u"a,\"b\""_s << u"\"a,\"\"b\"\"\""_s;
    QTest::newRow("Korean") << u"웹서버"_s << u"웹서버"_s;
    QTest::newRow("Korean with a comma") << u"운영, 개발"_s << u"\"운영, 개발\""_s;
}

void TstCsvExport::shouldQuoteCellsThatNeedIt()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvExport::cell(text), written);
    // The same through the whole file.
    const auto model = oneCell(text);
    const QByteArray csv = CsvExport::toCsv(*model, {0});
    QCOMPARE(csv, kBom + QByteArray("Value\r\n") + written.toUtf8() + QByteArray("\r\n"));
}

void TstCsvExport::shouldKeepAQuotedNewlineInsideItsCell()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({u"Name"_s, u"Notes"_s});
    model.appendRow({new QStandardItem(u"a"_s), new QStandardItem(u"first\nsecond"_s)});
    model.appendRow({new QStandardItem(u"b"_s), new QStandardItem(u"plain"_s)});
    const QByteArray csv = CsvExport::toCsv(model, {0, 1});
    QCOMPARE(csv, kBom + QByteArray("Name,Notes\r\na,\"first\nsecond\"\r\nb,plain\r\n"));
}

void TstCsvExport::shouldWriteKoreanAsUtf8()
{
    InstanceModel model;
    model.merge({make(u"a"_s, u"웹서버-01"_s), make(u"b"_s, u"디비 서버"_s)});
    const QByteArray csv = CsvExport::toCsv(model, {kName});
    QVERIFY(csv.startsWith(kBom));
    QVERIFY(csv.contains(QByteArray("\xEC\x9B\xB9\xEC\x84\x9C\xEB\xB2\x84-01"))); // 웹서버-01
    QCOMPARE(linesOf(csv), (QStringList {u"Name"_s, u"웹서버-01"_s, u"디비 서버"_s}));
}

void TstCsvExport::shouldDefuseFormulas_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("=") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("=HYPERLINK") << u"=HYPERLINK(\"http://x\")"_s
                                << u"\"'=HYPERLINK(\"\"http://x\"\")\""_s;
    QTest::newRow("+") << u"+1+1"_s << u"'+1+1"_s;
    QTest::newRow("@") << u"@SUM(A1:A2)"_s << u"'@SUM(A1:A2)"_s;
    QTest::newRow("- with a formula") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("- then a name") << u"-cmd|' /C calc'!A0"_s << u"'-cmd|' /C calc'!A0"_s;
    QTest::newRow("- digit then a command")
            << u"-1-cmd|' /C calc'!A0"_s << u"'-1-cmd|' /C calc'!A0"_s;
    QTest::newRow("tab") << u"\t=1+1"_s << u"'\t=1+1"_s;
    QTest::newRow("= with a comma, quoted after") << u"=1,2"_s << u"\"'=1,2\""_s;
    QTest::newRow("negative integer") << u"-5"_s << u"-5"_s;
    QTest::newRow("negative decimal") << u"-3.25"_s << u"-3.25"_s;
    QTest::newRow("negative with grouping") << u"-1,234"_s << u"\"-1,234\""_s;
    QTest::newRow("= later in the text") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("dash inside a name") << u"web-01"_s << u"web-01"_s;
}

void TstCsvExport::shouldDefuseFormulas()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvExport::cell(text), written);
    const auto model = oneCell(text);
    QCOMPARE(linesOf(CsvExport::toCsv(*model, {0})).value(1), written);
}

void TstCsvExport::shouldExportOnlyTheFilteredRowsInTheShownOrder()
{
    InstanceModel model;
    model.merge({make(u"1"_s, u"web-c"_s), make(u"2"_s, u"db-a"_s), make(u"3"_s, u"web-b"_s),
                 make(u"4"_s, u"web-a"_s, u"kr2-z01"_s), make(u"5"_s, u"mail"_s)});
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(u"web"_s);
    proxy.sort(kName, Qt::DescendingOrder);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(linesOf(CsvExport::toCsv(proxy, {kName, kZone})),
             (QStringList {u"Name,Zone"_s, u"web-c,kr1-z01"_s, u"web-b,kr1-z01"_s,
                           u"web-a,kr2-z01"_s}));
    // A facet on top, ascending.
    proxy.setFacet(Roles::ZoneFacetRole, {u"kr1-z01"_s});
    proxy.sort(kName, Qt::AscendingOrder);
    QCOMPARE(linesOf(CsvExport::toCsv(proxy, {kId, kName})),
             (QStringList {u"Server ID,Name"_s, u"3,web-b"_s, u"1,web-c"_s}));
    // A refresh that renames a row out of the search: the next export leaves it out.
    model.merge({make(u"1"_s, u"web-c"_s), make(u"2"_s, u"db-a"_s), make(u"3"_s, u"api-b"_s),
                 make(u"4"_s, u"web-a"_s, u"kr2-z01"_s), make(u"5"_s, u"mail"_s)});
    QCOMPARE(linesOf(CsvExport::toCsv(proxy, {kId, kName})),
             (QStringList {u"Server ID,Name"_s, u"1,web-c"_s}));
}

void TstCsvExport::shouldWriteOnlyTheHeaderForAnEmptyTable()
{
    InstanceModel model;
    const QByteArray csv = CsvExport::toCsv(model, {kName, kId});
    QCOMPARE(csv, kBom + QByteArray("Name,Server ID\r\n"));
}

QTEST_GUILESS_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
