#include "sshkeysapi.h"

#include "jsonread.h"
#include "queryhelpers.h"

using namespace Qt::StringLiterals;

namespace SshKeysApi {

ApiRequest list(const QString &name)
{
    ApiRequest r;
    r.path = u"/v1/auth/ssh_key"_s;
    r.operation = u"sshkeys.list"_s;
    r.listing = true;
    r.paged = true;
    r.idField = u"ssh_key_id"_s;
    QueryHelpers::addText(r, u"name"_s, name);
    return r;
}

std::optional<SshKey> parseSshKey(const QJsonObject &row, QString *problem)
{
    SshKey key;
    key.id = JsonRead::str(row, "ssh_key_id"_L1);
    if (key.id.isEmpty()) {
        *problem = u"no ssh_key_id"_s;
        return std::nullopt;
    }
    key.name = JsonRead::str(row, "name"_L1);
    key.startDate = JsonRead::str(row, "start_date"_L1);
    return key;
}

Parsed<SshKey> parseSshKeys(const QJsonArray &rows)
{
    return parseRows<SshKey>(rows, parseSshKey);
}

} // namespace SshKeysApi
