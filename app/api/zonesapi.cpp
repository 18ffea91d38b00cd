#include "zonesapi.h"

#include "jsonread.h"

using namespace Qt::StringLiterals;

namespace ZonesApi {

ApiRequest list()
{
    ApiRequest r;
    r.path = u"/v1/zones"_s;
    r.operation = u"zones.list"_s;
    r.listing = true;
    r.idField = u"zone_id"_s;
    return r;
}

std::optional<Zone> parseZone(const QJsonObject &row, QString *problem)
{
    Zone zone;
    zone.id = JsonRead::str(row, "zone_id"_L1);
    if (zone.id.isEmpty()) {
        *problem = u"no zone_id"_s;
        return std::nullopt;
    }
    zone.name = JsonRead::str(row, "zone_name"_L1);
    if (zone.name.isEmpty())
        zone.name = JsonRead::str(row, "name"_L1);
    zone.status = JsonRead::str(row, "status"_L1);
    zone.content = JsonRead::strList(row, "content"_L1);
    return zone;
}

Parsed<Zone> parseZones(const QJsonArray &rows)
{
    return parseRows<Zone>(rows, parseZone);
}

} // namespace ZonesApi
