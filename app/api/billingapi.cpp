#include "billingapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace BillingApi {

ApiRequest live()
{
    ApiRequest r;
    r.path = u"/v1/bill/live"_s;
    r.operation = u"billing.live"_s;
    return r;
}

ApiRequest list(const Query &q)
{
    ApiRequest r;
    r.path = u"/v1/bill"_s;
    r.operation = u"billing.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"bill_id"_s;
    r.emptySetIsEmpty = true;
    if (q.startDate.isValid())
        r.query.append({u"start_date"_s, q.startDate.toString(Qt::ISODate)});
    if (q.endDate.isValid())
        r.query.append({u"end_date"_s, q.endDate.toString(Qt::ISODate)});
    QueryHelpers::addNumber(r, u"min_price"_s, q.minPrice);
    QueryHelpers::addNumber(r, u"max_price"_s, q.maxPrice);
    return r;
}

ApiRequest detail(const QString &billId)
{
    return QueryHelpers::plainRequest(HttpMethod::Get, ApiRequest::path1(u"/v1/bill"_s, billId),
                                      u"billing.detail"_s, Repeat::Safe);
}

std::optional<LiveBill> parseLiveBill(const QJsonObject &row, QString *problem)
{
    LiveBill b;
    b.id = JsonRead::str(row, "bill_id"_L1);
    const auto price = JsonRead::optInt(row, "price"_L1);
    if (!price) {
        *problem = u"no price"_s;
        return std::nullopt;
    }
    b.price = *price;
    b.startDate = JsonRead::str(row, "start_date"_L1);
    b.endDate = JsonRead::str(row, "end_date"_L1);
    b.currency = JsonRead::str(row, "currency"_L1);
    return b;
}

Parsed<LiveBill> parseLiveBills(const QJsonArray &rows)
{
    return parseRows<LiveBill>(rows, parseLiveBill);
}

namespace {
BillItem parseItem(const QJsonObject &o)
{
    BillItem item;
    item.serviceId = JsonRead::str(o, "service_id"_L1);
    item.name = JsonRead::str(o, "name"_L1);
    item.price = JsonRead::int64(o, "price"_L1);
    item.vat = JsonRead::int64(o, "vat"_L1);
    item.usageStart = JsonRead::str(o, "usage_start"_L1);
    item.usageEnd = JsonRead::str(o, "usage_end"_L1);
    return item;
}

BillGroup parseGroup(const QJsonObject &o)
{
    BillGroup group;
    group.type = JsonRead::str(o, "type"_L1);
    group.count = JsonRead::int64(o, "count"_L1);
    group.subTotal = JsonRead::int64(o, "sub_total"_L1);
    const QJsonArray items = JsonRead::arr(o, "item"_L1);
    for (const QJsonValue &value : items) {
        if (value.isObject())
            group.items.append(parseItem(value.toObject()));
    }
    return group;
}
} // namespace

std::optional<Bill> parseBill(const QJsonObject &row, QString *problem)
{
    Bill b;
    b.id = JsonRead::str(row, "bill_id"_L1);
    if (b.id.isEmpty()) {
        *problem = u"no bill_id"_s;
        return std::nullopt;
    }
    b.type = JsonRead::str(row, "type"_L1);
    b.name = JsonRead::str(row, "name"_L1);
    b.usageStart = JsonRead::str(row, "usage_start"_L1);
    b.usageEnd = JsonRead::str(row, "usage_end"_L1);
    b.billDate = JsonRead::str(row, "bill_date"_L1);
    b.paymentStatus = JsonRead::str(row, "payment_status"_L1);
    b.price = JsonRead::int64(row, "price"_L1);
    b.vat = JsonRead::int64(row, "vat"_L1);
    b.paymentPrice = JsonRead::int64(row, "payment_price"_L1, b.price + b.vat);
    b.currency = JsonRead::str(row, "currency"_L1);
    b.datePaid = JsonRead::str(row, "date_paid"_L1);
    b.invoiceUrls = JsonRead::strList(row, "invoice"_L1);
    b.taxUrls = JsonRead::strList(row, "tax"_L1);
    const QJsonArray groups = JsonRead::arr(row, "group"_L1);
    for (const QJsonValue &value : groups) {
        if (value.isObject())
            b.groups.append(parseGroup(value.toObject()));
    }
    return b;
}

Parsed<Bill> parseBills(const QJsonArray &rows)
{
    return parseRows<Bill>(rows, parseBill);
}

} // namespace BillingApi
