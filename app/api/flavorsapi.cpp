#include "flavorsapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace FlavorsApi {

ApiRequest list(const Query &q)
{
    ApiRequest r;
    r.path = u"/v1/flavors"_s;
    r.operation = u"flavors.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"flavor_id"_s;
    QueryHelpers::addList(r, u"zone_id"_s, q.zoneIds);
    QueryHelpers::addList(r, u"image_id"_s, q.imageIds);
    QueryHelpers::addList(r, u"type"_s, q.types);
    QueryHelpers::addText(r, u"image_type"_s, q.imageType);
    QueryHelpers::addNumber(r, u"min_vcpu"_s, q.minVcpu);
    QueryHelpers::addNumber(r, u"max_vcpu"_s, q.maxVcpu);
    QueryHelpers::addNumber(r, u"min_memory"_s, q.minMemory);
    QueryHelpers::addNumber(r, u"max_memory"_s, q.maxMemory);
    QueryHelpers::addNumber(r, u"min_disk"_s, q.minDisk);
    QueryHelpers::addNumber(r, u"max_disk"_s, q.maxDisk);
    QueryHelpers::addNumber(r, u"min_gpu"_s, q.minGpu);
    QueryHelpers::addNumber(r, u"max_gpu"_s, q.maxGpu);
    return r;
}

ApiRequest detail(const QString &flavorId)
{
    ApiRequest r;
    r.path = ApiRequest::path1(u"/v1/flavors"_s, flavorId);
    r.operation = u"flavors.detail"_s;
    return r;
}

namespace {
Price parsePrice(const QJsonObject &price)
{
    Price p;
    if (price.isEmpty())
        return p;
    p.type = JsonRead::str(price, "type"_L1);
    QJsonValue krwValue = price.value("KRW"_L1);
    if (krwValue.isUndefined() || krwValue.isNull())
        krwValue = price.value("krw"_L1);
    // Observed: a client fixed against live data reads KRW as one number (the price without
    // VAT), though the docs' schema says {price, vat, total}. Both are taken.
    if (const auto number = JsonRead::optInt(krwValue); number && !krwValue.isObject()) {
        p.price = *number;
        p.vat = (*number + 5) / 10; // 10% VAT, rounded to the won
        p.total = p.price + p.vat;
        p.known = true;
        p.vatComputed = true;
        return p;
    }
    QJsonObject krw = krwValue.toObject();
    if (krw.isEmpty())
        krw = price; // amounts written directly in the price object
    const auto amount = JsonRead::optInt(krw, "price"_L1);
    p.price = amount.value_or(0);
    p.vat = JsonRead::int64(krw, "vat"_L1);
    p.total = JsonRead::int64(krw, "total"_L1, p.price + p.vat);
    p.known = amount.has_value();
    return p;
}
} // namespace

std::optional<Flavor> parseFlavor(const QJsonObject &row, QString *problem)
{
    Flavor f;
    f.id = JsonRead::str(row, "flavor_id"_L1);
    if (f.id.isEmpty()) {
        *problem = u"no flavor_id"_s;
        return std::nullopt;
    }
    f.name = JsonRead::str(row, "name"_L1);
    f.provide = JsonRead::str(row, "provide"_L1);
    f.status = JsonRead::str(row, "status"_L1);
    const QJsonObject spec = JsonRead::obj(row, "spec"_L1);
    f.type = JsonRead::str(spec, "type"_L1);
    f.vcpu = JsonRead::amount(spec, "vcpu"_L1);
    f.memoryGb = JsonRead::amount(spec, "memory"_L1);
    f.diskGb = JsonRead::amount(spec, "disk"_L1);
    f.network = JsonRead::str(spec, "network"_L1);
    f.gpu = JsonRead::str(spec, "gpu"_L1);
    f.supportingImages = JsonRead::strList(row, "supporting_images"_L1, "image_id"_L1);
    f.zones = JsonRead::strList(row, "zone"_L1, "zone_id"_L1);
    const QJsonObject price = JsonRead::obj(row, "price"_L1);
    f.full = parsePrice(JsonRead::obj(price, "full"_L1));
    f.partial = parsePrice(JsonRead::obj(price, "partial"_L1));
    return f;
}

Parsed<Flavor> parseFlavors(const QJsonArray &rows)
{
    return parseRows<Flavor>(rows, parseFlavor);
}

std::optional<Flavor> parseDetail(const QJsonArray &rows, QString *problem)
{
    const Parsed<Flavor> parsed = parseFlavors(rows);
    if (parsed.items.isEmpty()) {
        *problem = parsed.problems.isEmpty() ? u"no such flavor"_s : parsed.problems.first();
        return std::nullopt;
    }
    return parsed.items.first();
}

} // namespace FlavorsApi
