#include "simfault.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct KindName
{
    SimFault::Kind kind;
    const char *name;
};
constexpr std::array<KindName, 11> kKinds = {{
        {SimFault::Kind::Delay, "delay"},
        {SimFault::Kind::Stall, "stall"},
        {SimFault::Kind::StallMidBody, "stall_mid_body"},
        {SimFault::Kind::ShortBody, "short_body"},
        {SimFault::Kind::Reset, "reset"},
        {SimFault::Kind::Status, "status"},
        {SimFault::Kind::Body, "body"},
        {SimFault::Kind::Huge, "huge"},
        {SimFault::Kind::RepeatPage, "repeat_page"},
        {SimFault::Kind::WrongCount, "wrong_count"},
        {SimFault::Kind::EndlessPages, "endless_pages"},
}};
} // namespace

QString SimFault::kindName(Kind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QLatin1String(k.name);
    }
    return {};
}

bool SimFault::processes() const
{
    if (process)
        return *process;
    switch (kind) {
    case Kind::Status:
    case Kind::Body:
    case Kind::Huge:
        return false;
    case Kind::Delay:
    case Kind::Stall:
    case Kind::StallMidBody:
    case Kind::ShortBody:
    case Kind::Reset:
    case Kind::RepeatPage:
    case Kind::WrongCount:
    case Kind::EndlessPages:
        return true;
    }
    return true;
}

bool SimFault::matches(const QString &requestMethod, const QString &requestPath) const
{
    if (times == 0)
        return false;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    return path.isEmpty() || requestPath.startsWith(path);
}

std::optional<SimFault> SimFault::fromJson(const QJsonObject &json, QString *error)
{
    SimFault fault;
    const QString kind = json.value(u"kind"_s).toString();
    bool known = false;
    for (const KindName &k : kKinds) {
        if (kind == QLatin1String(k.name)) {
            fault.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        *error = u"unknown fault kind '%1'"_s.arg(kind);
        return std::nullopt;
    }
    fault.method = json.value(u"method"_s).toString();
    fault.path = json.value(u"path"_s).toString();
    fault.times = json.value(u"times"_s).toInt(-1);
    if (json.contains(u"process"_s))
        fault.process = json.value(u"process"_s).toBool();
    fault.delayMs = json.value(u"delay_ms"_s).toInteger();
    fault.status = json.value(u"status"_s).toInt();
    fault.body = json.value(u"body"_s).toString().toUtf8();
    fault.errorCode = json.value(u"error_code"_s).toString();
    if (json.contains(u"retry_after"_s))
        fault.retryAfter = json.value(u"retry_after"_s).toString().toLatin1();
    fault.size = json.value(u"size"_s).toInteger();
    if (fault.kind == Kind::Status && (fault.status < 100 || fault.status > 599)) {
        *error = u"a status fault needs a status between 100 and 599"_s;
        return std::nullopt;
    }
    return fault;
}
