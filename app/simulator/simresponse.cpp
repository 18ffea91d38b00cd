#include "simresponse.h"

#include "api/apierror.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString SimResponse::codeText(SimCode code)
{
    return u"0x"_s + QString::number(int(code), 16)
            + (code == SimCode::Success ? u"0"_s : QString());
}

QString SimResponse::codeName(SimCode code)
{
    return ApiError::codeName(int(code));
}

int SimResponse::defaultStatus(SimCode code)
{
    switch (code) {
    case SimCode::Success:
        return 200;
    case SimCode::NotFound:
        return 404;
    case SimCode::CheckCredential:
    case SimCode::CheckSignature:
    case SimCode::InvalidSignature:
        return 401;
    case SimCode::CheckRequestIp:
    case SimCode::CheckIp:
        return 403;
    case SimCode::DevCheckReturn:
        return 500;
    case SimCode::CidrNotValid:
    case SimCode::CidrNotRegistered:
    case SimCode::Ipv6NotSupported:
    case SimCode::RequiredGetParamMissing:
    case SimCode::RequiredPostParamMissing:
    case SimCode::UnavailableFlavor:
    case SimCode::CheckParam:
    case SimCode::CheckParamEnum:
    case SimCode::UnavailableCombination:
    case SimCode::CheckLength:
    case SimCode::UnavailableSshKey:
    case SimCode::DeletedOrWorkingInstance:
    case SimCode::EmptySet:
    case SimCode::InUse:
    case SimCode::IdInvalid:
    case SimCode::LimitExceeded:
    case SimCode::CheckConsole:
        return 400;
    }
    return 400;
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

SimResponse SimResponse::ok(const QJsonArray &result, int status, const QJsonObject &extra)
{
    QJsonObject root {{u"code"_s, u"0x00"_s},
                      {u"error_code"_s, u"SUCCESS"_s},
                      {u"message"_s, QString()},
                      {u"result"_s, result},
                      {u"count"_s, result.size()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        root.insert(it.key(), it.value());
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::okText(const QString &result, int status)
{
    const QJsonObject root {{u"code"_s, u"0x00"_s},
                            {u"error_code"_s, u"SUCCESS"_s},
                            {u"message"_s, QString()},
                            {u"result"_s, result}};
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return r;
}

SimResponse SimResponse::error(SimCode code, const QString &message, int status)
{
    const QJsonObject root {{u"code"_s, codeText(code)},
                            {u"error_code"_s, codeName(code)},
                            {u"message"_s, message},
                            {u"result"_s, QJsonArray()},
                            {u"count"_s, 0}};
    SimResponse r;
    r.status = status > 0 ? status : defaultStatus(code);
    r.body = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return r;
}
