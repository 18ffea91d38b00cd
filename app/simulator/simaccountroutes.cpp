#include "simaccountroutes.h"

#include "simbillseed.h"
#include "util/kst.h"
#include "simcontext.h"
#include "simjson.h"
#include "simparams.h"
#include "simrouter.h"

#include <QDate>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SimAccountRoutes {

namespace {
std::optional<SimResponse> readDate(const SimRequest &req, const QString &key, QDate *out)
{
    if (!req.query.contains(key))
        return std::nullopt;
    *out = QDate::fromString(req.query.value(key), u"yyyy-MM-dd"_s);
    if (!out->isValid())
        return SimResponse::error(SimCode::CheckParam, u"%1 must be Y-m-d"_s.arg(key));
    return std::nullopt;
}

SimResponse listBills(SimContext &ctx, SimRequest &req)
{
    QDate start;
    QDate end;
    std::optional<qint64> minPrice;
    std::optional<qint64> maxPrice;
    if (auto bad = readDate(req, u"start_date"_s, &start))
        return *bad;
    if (auto bad = readDate(req, u"end_date"_s, &end))
        return *bad;
    if (auto bad = SimParams::readInt(req, u"min_price"_s, &minPrice))
        return *bad;
    if (auto bad = SimParams::readInt(req, u"max_price"_s, &maxPrice))
        return *bad;
    QJsonArray rows;
    for (const Bill &b : std::as_const(ctx.state.bills)) {
        const QDate billDate = QDate::fromString(b.billDate, Qt::ISODate);
        if ((start.isValid() && billDate < start) || (end.isValid() && billDate > end))
            continue;
        if ((minPrice && b.price < *minPrice) || (maxPrice && b.price > *maxPrice))
            continue;
        rows.append(SimJson::bill(b, false));
    }
    if (rows.isEmpty())
        return SimResponse::error(SimCode::EmptySet, u"no bills match"_s); // HTTP 400, observed
    return SimParams::page(rows, req, ctx.options, {.asStrings = true});
}

template<class T, class ToJson>
SimResponse namedList(SimContext &ctx, SimRequest &req, const QList<T> &items, ToJson toJson)
{
    const QString name = req.query.value(u"name"_s);
    QJsonArray rows;
    for (const T &item : items) {
        if (name.isEmpty() || item.name.contains(name, Qt::CaseInsensitive))
            rows.append(toJson(item));
    }
    return SimParams::page(rows, req, ctx.options);
}
} // namespace

void registerRoutes(SimRouter &router, SimContext &ctx)
{
    router.add(u"GET"_s, u"/v1/instance/script"_s, [&ctx](SimRequest &req, const QStringList &) {
        return namedList(ctx, req, ctx.state.userScripts, SimJson::userScript);
    });
    router.add(u"GET"_s, u"/v1/auth/ssh_key"_s, [&ctx](SimRequest &req, const QStringList &) {
        return namedList(ctx, req, ctx.state.sshKeys, SimJson::sshKey);
    });
    router.add(u"GET"_s, u"/v1/bill/live"_s, [&ctx](SimRequest &, const QStringList &) {
        // iwinv's months are KST months.
        const QDate today = Kst::date(ctx.nowMs());
        const QDate first(today.year(), today.month(), 1);
        return SimResponse::ok(QJsonArray {QJsonObject {
                {u"bill_id"_s, u"BILL-live"_s},
                {u"start_date"_s, first.toString(Qt::ISODate)},
                {u"end_date"_s, today.toString(Qt::ISODate)},
                {u"price"_s,
                 SimBillSeed::liveEstimate(ctx.state, ctx.nowMs(), ctx.options.billScale)},
                {u"currency"_s, u"KRW"_s}}});
    });
    router.add(u"GET"_s, u"/v1/bill"_s,
               [&ctx](SimRequest &req, const QStringList &) { return listBills(ctx, req); });
    router.add(u"GET"_s, u"/v1/bill/{}"_s, [&ctx](SimRequest &, const QStringList &a) {
        for (const Bill &b : std::as_const(ctx.state.bills)) {
            if (b.id == a.at(0))
                return SimResponse::ok(QJsonArray {SimJson::bill(b, true)});
        }
        return SimResponse::error(SimCode::NotFound, u"bill not found"_s);
    });
}

} // namespace SimAccountRoutes
