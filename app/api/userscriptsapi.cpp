#include "userscriptsapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace UserScriptsApi {

ApiRequest list(const QString &name)
{
    ApiRequest r;
    r.path = u"/v1/instance/script"_s;
    r.operation = u"userscripts.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"user_script_id"_s;
    QueryHelpers::addText(r, u"name"_s, name);
    return r;
}

std::optional<UserScript> parseUserScript(const QJsonObject &row, QString *problem)
{
    UserScript s;
    // Field names are unknown on the real server: accept the likely spellings.
    for (const QLatin1String key : {"user_script_id"_L1, "script_id"_L1, "id"_L1}) {
        s.id = JsonRead::str(row, key);
        if (!s.id.isEmpty())
            break;
    }
    if (s.id.isEmpty()) {
        *problem = u"no user_script_id"_s;
        return std::nullopt;
    }
    s.name = JsonRead::str(row, "name"_L1);
    if (s.name.isEmpty())
        s.name = JsonRead::str(row, "title"_L1);
    s.startDate = JsonRead::str(row, "start_date"_L1);
    if (s.startDate.isEmpty())
        s.startDate = JsonRead::str(row, "created_at"_L1);
    return s;
}

Parsed<UserScript> parseUserScripts(const QJsonArray &rows)
{
    return parseRows<UserScript>(rows, parseUserScript);
}

} // namespace UserScriptsApi
