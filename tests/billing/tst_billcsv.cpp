// Bills and their items as CSV, byte for byte: a BOM for Excel, the header, RFC 4180 quoting
// (a name with a comma and a quote), amounts beyond 32 bits as plain integers, ISO dates and
// the currency in its own column.
#include "billing/billcsv.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

Bill december()
{
    Bill b;
    b.id = u"BILL-2maQCjuLeNFdjdtIybEMqf"_s;
    b.type = u"regular"_s;
    b.name = u"2023년 12월 \"정기\", 청구"_s;
    b.usageStart = u"2023-12-01"_s;
    b.usageEnd = u"2023-12-31"_s;
    b.billDate = u"2023-12-31"_s;
    b.paymentStatus = u"paid"_s;
    b.price = 5'000'000'000;
    b.vat = 500'000'000;
    b.paymentPrice = 5'500'000'000;
    b.currency = u"KRW"_s;
    b.datePaid = u"2024-01-01 09:30:00"_s; // KST, as the API writes a date-time

    BillGroup servers;
    servers.type = u"서버"_s;
    servers.count = 2;
    servers.subTotal = 3'000'059'100;
    servers.items = {BillItem {u"INSTANCE-7NzLIWdjNR4XmiihwKjPYi"_s, u"web, \"front\""_s,
                               3'000'000'000, 300'000'000, u"2023-12-01"_s, u"2023-12-31"_s},
                     BillItem {u"INSTANCE-abc"_s, u"=1+2"_s, 59'100, 5'910, {}, {}}};
    BillGroup storage;
    storage.type = u"블록 스토리지"_s;
    storage.count = 1;
    storage.subTotal = -1'200;
    storage.items
            = {BillItem {u"BLOCK-1"_s, u"data"_s, -1'200, -120, u"2023-12-05"_s, u"2023-12-31"_s}};
    b.groups = {servers, storage};
    return b;
}

Bill unpaidWithoutCurrency()
{
    Bill b;
    b.id = u"BILL-2"_s;
    b.type = u"prepaid"_s;
    b.name = u"선불"_s;
    b.billDate = u"2024-01-31"_s;
    b.paymentStatus = u"unpaid"_s;
    b.price = 100;
    b.vat = 10;
    b.paymentPrice = 110;
    return b;
}

QByteArray crlf(const QStringList &lines)
{
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

} // namespace

class TstBillCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteOneLinePerBill()
    {
        const QByteArray csv = BillCsv::bills({december(), unpaidWithoutCurrency()});
        const QByteArray expected = kBom
                + crlf({u"Bill,Name,Type,Bill date,Usage start,Usage end,Payment status,Date paid,"
                        "Price (VAT excluded),VAT,Payment (VAT included),Currency"_s,
                        u"BILL-2maQCjuLeNFdjdtIybEMqf,\"2023년 12월 \"\"정기\"\", 청구\",regular,"
                        "2023-12-31,2023-12-01,2023-12-31,paid,2024-01-01T09:30:00+09:00,"
                        "5000000000,500000000,5500000000,KRW"_s,
                        u"BILL-2,선불,prepaid,2024-01-31,,,unpaid,,100,10,110,KRW"_s});
        QCOMPARE(csv, expected);
    }

    void shouldWriteOneLinePerItem()
    {
        const QByteArray csv = BillCsv::items({december(), unpaidWithoutCurrency()});
        const QByteArray expected = kBom
                + crlf({u"Bill,Bill date,Group,Service,Name,Price (VAT excluded),VAT,Usage start,"
                        "Usage end,Currency"_s,
                        u"BILL-2maQCjuLeNFdjdtIybEMqf,2023-12-31,서버,"
                        "INSTANCE-7NzLIWdjNR4XmiihwKjPYi,\"web, \"\"front\"\"\",3000000000,"
                        "300000000,2023-12-01,2023-12-31,KRW"_s,
                        // A formula is defused; a negative amount stays a number.
                        u"BILL-2maQCjuLeNFdjdtIybEMqf,2023-12-31,서버,INSTANCE-abc,'=1+2,59100,"
                        "5910,,,KRW"_s,
                        u"BILL-2maQCjuLeNFdjdtIybEMqf,2023-12-31,블록 스토리지,BLOCK-1,data,-1200,"
                        "-120,2023-12-05,2023-12-31,KRW"_s});
        QCOMPARE(csv, expected);
    }

    void shouldWriteTheHeaderForNoBills()
    {
        QCOMPARE(BillCsv::bills({}),
                 kBom
                         + crlf({u"Bill,Name,Type,Bill date,Usage start,Usage end,Payment status,"
                                 "Date paid,Price (VAT excluded),VAT,Payment (VAT included),"
                                 "Currency"_s}));
        QVERIFY(BillCsv::items({unpaidWithoutCurrency()})
                        .startsWith(QByteArray(kBom + "Bill,Bill date,")));
        QCOMPARE(BillCsv::items({unpaidWithoutCurrency()}).count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TstBillCsv)
#include "tst_billcsv.moc"
