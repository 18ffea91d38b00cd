#include "apierror.h"

#include <array>

namespace {
// Index = code value. Names from the reference's error table.
constexpr std::array<const char *, 25> kCodeNames = {"SUCCESS",
                                                     "NOT_FOUND",
                                                     "CIDR_NOT_VALID",
                                                     "CIDR_NOT_REGISTERED",
                                                     "IPV6_NOT_SUPPORTED",
                                                     "CHECK_REQUEST_IP",
                                                     "CHECK_CREDENTIAL",
                                                     "CHECK_SIGNATURE",
                                                     "INVALID_SIGNATURE",
                                                     "CHECK_IP",
                                                     "REQUIRED_GET_PARAM_MISSING",
                                                     "REQUIRED_POST_PARAM_MISSING",
                                                     "DEV_CHECK_RETURN",
                                                     "UNAVAILABLE_FLAVOR",
                                                     "CHECK_PARAM",
                                                     "CHECK_PARAM_ENUM",
                                                     "UNAVAILABLE_COMBINATION",
                                                     "CHECK_LENGTH",
                                                     "UNAVAILABLE_SSH_KEY",
                                                     "DELETED_OR_WORKING_INSTANCE",
                                                     "EMPTY_SET",
                                                     "IN_USE",
                                                     "ID_INVALID",
                                                     "LIMIT_EXCEEDED",
                                                     "CHECK_CONSOLE"};

int codeForName(const QString &name)
{
    for (size_t i = 0; i < kCodeNames.size(); ++i) {
        if (name == QLatin1String(kCodeNames[i]))
            return int(i);
    }
    return -1;
}
} // namespace

QString ApiError::codeName(int code)
{
    if (code < 0 || code >= int(kCodeNames.size()))
        return {};
    return QLatin1String(kCodeNames[size_t(code)]);
}

int ApiError::codeValue() const
{
    const int named = codeForName(errorCode);
    return named >= 0 ? named : code;
}

int ApiError::parseCode(const QString &text)
{
    const QString t = text.trimmed();
    bool ok = false;
    int value = -1;
    if (t.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        value = t.mid(2).toInt(&ok, 16);
    else
        value = t.toInt(&ok, 10);
    return ok && value >= 0 ? value : -1;
}

ApiError::Kind ApiError::kindForHttpStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return Kind::None;
    if (httpStatus >= 300 && httpStatus < 400)
        return Kind::Redirected;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Busy;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Kind::Server;
    if (httpStatus >= 400)
        return Kind::Rejected;
    return Kind::InvalidResponse;
}

ApiError::Kind ApiError::kindFor(int httpStatus, int code, const QString &errorCode)
{
    int value = codeForName(errorCode);
    if (value < 0)
        value = code;
    switch (value) {
    case 0x1:
    case 0x16:
        return Kind::NotFound;
    case 0x2:
    case 0x3:
    case 0x4:
    case 0xa:
    case 0xb:
    case 0xd:
    case 0xe:
    case 0xf:
    case 0x10:
    case 0x11:
    case 0x12:
    case 0x14:
        return Kind::Rejected;
    case 0x5:
    case 0x9:
        return Kind::Forbidden;
    case 0x6:
    case 0x8:
        return Kind::Unauthorized;
    case 0x7:
        return Kind::TimestampRejected;
    case 0xc:
        return Kind::Server;
    case 0x13:
        return Kind::Busy;
    case 0x15:
        return Kind::InUse;
    case 0x17:
        return httpStatus == 429 ? Kind::RateLimited : Kind::QuotaExceeded;
    case 0x18:
        return Kind::WebConsoleOnly;
    default:
        break;
    }
    const Kind byStatus = kindForHttpStatus(httpStatus);
    // An envelope error code we do not know, carried by a 2xx: still an error.
    return byStatus == Kind::None ? Kind::Rejected : byStatus;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::NotSignedIn:
        return QStringLiteral("NotSignedIn");
    case Kind::ReadOnly:
        return QStringLiteral("ReadOnly");
    case Kind::InsecureEndpoint:
        return QStringLiteral("InsecureEndpoint");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case Kind::Network:
        return QStringLiteral("Network");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Redirected:
        return QStringLiteral("Redirected");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::TimestampRejected:
        return QStringLiteral("TimestampRejected");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::RateLimited:
        return QStringLiteral("RateLimited");
    case Kind::QuotaExceeded:
        return QStringLiteral("QuotaExceeded");
    case Kind::Busy:
        return QStringLiteral("Busy");
    case Kind::InUse:
        return QStringLiteral("InUse");
    case Kind::Rejected:
        return QStringLiteral("Rejected");
    case Kind::WebConsoleOnly:
        return QStringLiteral("WebConsoleOnly");
    case Kind::Server:
        return QStringLiteral("Server");
    case Kind::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}
