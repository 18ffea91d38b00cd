// Browsing: the table exported as CSV as shown, for Excel (UTF-8 with a BOM, CRLF, RFC 4180
// quoting, formulas defused), with values a spreadsheet computes with: amounts as plain numbers
// beside their currency, dates in ISO 8601.
#include "models/blockstoragemodel.h"
#include "models/csvexport.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
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

Flavor flavor(const QString &id, qint64 monthly, qint64 hourly)
{
    Flavor f;
    f.id = id;
    f.name = id;
    f.status = u"available"_s;
    f.vcpu = 2;
    f.memoryGb = 4;
    f.full = Price {u"month"_s, monthly, monthly / 10, monthly + monthly / 10, true};
    f.partial = Price {u"hour"_s, hourly, hourly / 10, hourly + hourly / 10, true};
    return f;
}

constexpr int kName = int(InstanceModel::Column::Name);
constexpr int kCreated = int(InstanceModel::Column::Created);
constexpr int kSpec = int(FlavorModel::Column::Name);
constexpr int kMonthly = int(FlavorModel::Column::Monthly);
constexpr int kHourly = int(FlavorModel::Column::Hourly);
constexpr int kFlavorVcpu = int(FlavorModel::Column::Vcpu);
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
    void shouldWriteAmountsAsPlainNumbersWithTheirCurrency();
    void shouldPutTheCurrencyAfterTheLastAmountColumn();
    void shouldAddNoCurrencyWithoutAnAmountColumn();
    void shouldLeaveAnUnknownPriceEmpty();
    void shouldWriteDatesAsIso8601();
    void shouldTakeTheExportValueThroughTheProxy();
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

void TstCsvExport::shouldWriteAmountsAsPlainNumbersWithTheirCurrency()
{
    // Korean formatting on screen ("59,100원"); the file has the number a spreadsheet sums.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    FlavorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.merge({flavor(u"std.c2m4"_s, 59'100, 82), flavor(u"big.c32m128"_s, 1'234'500, 1'700)});
    const QString shown = model.index(0, kMonthly).data().toString();
    const QStringList lines = linesOf(CsvExport::toCsv(model, {kSpec, kMonthly}));
    QLocale::setDefault(previous);
    QVERIFY2(shown.contains(u','), qPrintable(shown)); // the screen keeps its grouping
    QCOMPARE(shown, Format::money(59'100));
    QCOMPARE(lines,
             (QStringList {u"Spec,Monthly (excl. VAT),Currency"_s, u"std.c2m4,59100,KRW"_s,
                           u"big.c32m128,1234500,KRW"_s}));
    QCOMPARE(model.index(1, kMonthly).data(Roles::ExportRole).toLongLong(), 1'234'500);
    QCOMPARE(model.headerData(kMonthly, Qt::Horizontal, Roles::CurrencyRole).toString(), u"KRW"_s);
    QVERIFY(!model.headerData(kSpec, Qt::Horizontal, Roles::CurrencyRole).isValid());
}

void TstCsvExport::shouldPutTheCurrencyAfterTheLastAmountColumn()
{
    FlavorModel model;
    model.merge({flavor(u"std.c2m4"_s, 59'100, 82)});
    // One currency column for the amounts, after the last of them, wherever they were moved.
    QCOMPARE(linesOf(CsvExport::toCsv(model, {kHourly, kSpec, kMonthly, kFlavorVcpu})),
             (QStringList {u"Hourly (excl. VAT),Spec,Monthly (excl. VAT),Currency,vCPU"_s,
                           u"82,std.c2m4,59100,KRW,2"_s}));
    QCOMPARE(linesOf(CsvExport::toCsv(model, {kSpec, kMonthly, kHourly})),
             (QStringList {u"Spec,Monthly (excl. VAT),Hourly (excl. VAT),Currency"_s,
                           u"std.c2m4,59100,82,KRW"_s}));

    // Any model that says which header is an amount.
    QStandardItemModel plain(0, 2);
    plain.setHorizontalHeaderLabels({u"Amount"_s, u"Name"_s});
    plain.setHeaderData(0, Qt::Horizontal, u"KRW"_s, Roles::CurrencyRole);
    auto *amount = new QStandardItem(u"₩65,010"_s);
    amount->setData(65'010, Roles::ExportRole);
    plain.appendRow({amount, new QStandardItem(u"bill"_s)});
    QCOMPARE(linesOf(CsvExport::toCsv(plain, {0, 1})),
             (QStringList {u"Amount,Currency,Name"_s, u"65010,KRW,bill"_s}));
}

void TstCsvExport::shouldAddNoCurrencyWithoutAnAmountColumn()
{
    FlavorModel model;
    model.merge({flavor(u"std.c2m4"_s, 59'100, 82)});
    QCOMPARE(linesOf(CsvExport::toCsv(model, {kSpec, kFlavorVcpu})),
             (QStringList {u"Spec,vCPU"_s, u"std.c2m4,2"_s}));
}

void TstCsvExport::shouldLeaveAnUnknownPriceEmpty()
{
    FlavorModel model;
    Flavor unpriced = flavor(u"gpu.x"_s, 0, 0);
    unpriced.full = Price {};
    unpriced.partial = Price {};
    model.merge({unpriced, flavor(u"free"_s, 0, 0)});
    // No price from the server is an empty cell; a price of 0 is 0.
    QCOMPARE(linesOf(CsvExport::toCsv(model, {kSpec, kMonthly})),
             (QStringList {u"Spec,Monthly (excl. VAT),Currency"_s, u"gpu.x,,KRW"_s,
                           u"free,0,KRW"_s}));
}

void TstCsvExport::shouldWriteDatesAsIso8601()
{
    // The tests run in UTC: the screen labels the API's KST time, the file gives its offset.
    InstanceModel servers;
    Instance in = make(u"a"_s, u"web-1"_s);
    in.startDate = u"2024-01-02 03:04:05"_s;
    Instance dateOnly = make(u"b"_s, u"web-2"_s);
    dateOnly.startDate = u"2024-01-03"_s;
    servers.merge({in, dateOnly, make(u"c"_s, u"web-3"_s)});
    QCOMPARE(servers.index(0, kCreated).data().toString(), u"2024-01-02 03:04 KST"_s);
    QCOMPARE(linesOf(CsvExport::toCsv(servers, {kName, kCreated})),
             (QStringList {u"Name,Created"_s, u"web-1,2024-01-02T03:04:05+09:00"_s,
                           u"web-2,2024-01-03"_s, u"web-3,"_s}));

    BlockStorageModel volumes;
    BlockStorage v;
    v.id = u"VOL-1"_s;
    v.name = u"data"_s;
    v.createdAt = u"2025-01-02 23:30:00"_s;
    volumes.merge({v});
    const int created = int(BlockStorageModel::Column::Created);
    QCOMPARE(linesOf(CsvExport::toCsv(volumes, {created})).value(1),
             u"2025-01-02T23:30:00+09:00"_s);
}

void TstCsvExport::shouldTakeTheExportValueThroughTheProxy()
{
    FlavorModel model;
    model.merge({flavor(u"small"_s, 9'900, 14), flavor(u"large"_s, 120'000, 170)});
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(kMonthly, Qt::DescendingOrder);
    QCOMPARE(linesOf(CsvExport::toCsv(proxy, {kSpec, kMonthly})),
             (QStringList {u"Spec,Monthly (excl. VAT),Currency"_s, u"large,120000,KRW"_s,
                           u"small,9900,KRW"_s}));
}

QTEST_GUILESS_MAIN(TstCsvExport)
#include "tst_csvexport.moc"
