#pragma once

#include "apirequest.h"
#include "domain/bill.h"
#include "parsed.h"

#include <QDate>

//! Endpoints 25-27: live bill, bill list and bill detail.
namespace BillingApi {

struct Query
{
    QDate startDate; //!< compares bill_date, inclusive
    QDate endDate;
    std::optional<qint64> minPrice; //!< VAT excluded, inclusive
    std::optional<qint64> maxPrice;
};

[[nodiscard]] ApiRequest live();
//! The list answers EMPTY_SET (HTTP 400) when nothing matches: delivered as an empty list.
[[nodiscard]] ApiRequest list(const Query &query = {});
[[nodiscard]] ApiRequest detail(const QString &billId);

[[nodiscard]] std::optional<LiveBill> parseLiveBill(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<LiveBill> parseLiveBills(const QJsonArray &rows);
[[nodiscard]] std::optional<Bill> parseBill(const QJsonObject &row, QString *problem);
[[nodiscard]] Parsed<Bill> parseBills(const QJsonArray &rows);

} // namespace BillingApi
