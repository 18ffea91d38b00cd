#pragma once

#include <QList>
#include <QString>
#include <QStringList>

//! One billed service inside a bill group.
struct BillItem
{
    QString serviceId; //!< INSTANCE-..., BLOCK-..., ...
    QString name;
    qint64 price = 0;
    qint64 vat = 0;
    QString usageStart;
    QString usageEnd;
    friend bool operator==(const BillItem &, const BillItem &) = default;
};

//! A group of a bill ("서버", "블록 스토리지", ...).
struct BillGroup
{
    QString type;
    qint64 count = 0;
    qint64 subTotal = 0;
    QList<BillItem> items;
    friend bool operator==(const BillGroup &, const BillGroup &) = default;
};

//! A monthly (or prepaid) bill. Amounts are KRW and may exceed 32 bits.
struct Bill
{
    QString id; //!< bill_id (BILL-...)
    QString type; //!< regular, prepaid (list rows)
    QString name; //!< "2023년 12월 정기 청구"
    QString usageStart;
    QString usageEnd;
    QString billDate;
    QString paymentStatus;
    qint64 price = 0; //!< VAT excluded
    qint64 vat = 0;
    qint64 paymentPrice = 0; //!< VAT included
    QString currency;
    QString datePaid;
    QStringList invoiceUrls;
    QStringList taxUrls;
    QList<BillGroup> groups;
    friend bool operator==(const Bill &, const Bill &) = default;
};

//! The month-to-date estimate (VAT excluded).
struct LiveBill
{
    QString id; //!< "BILL-live"
    QString startDate;
    QString endDate;
    qint64 price = 0;
    QString currency;
    friend bool operator==(const LiveBill &, const LiveBill &) = default;
};
