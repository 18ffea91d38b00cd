#include "envelope.h"

#include "jsonread.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {
QString firstLine(const QByteArray &body)
{
    // For an HTML or text error page: a short, plain hint of what came back.
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("...");
    return text;
}
} // namespace

Envelope Envelope::decode(int httpStatus, const QByteArray &body, ApiError *error)
{
    Envelope env;
    ApiError err;
    err.httpStatus = httpStatus;
    const bool httpOk = httpStatus >= 200 && httpStatus < 300;

    QJsonParseError parseError;
    const QJsonDocument doc = body.trimmed().isEmpty() ? QJsonDocument()
                                                       : QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        err.kind = httpOk ? ApiError::Kind::InvalidResponse
                          : ApiError::kindForHttpStatus(httpStatus);
        if (body.trimmed().isEmpty())
            err.detail = QStringLiteral("empty body");
        else if (doc.isNull())
            err.detail = QStringLiteral("not JSON (%1): %2")
                                 .arg(parseError.errorString(), firstLine(body));
        else
            err.detail = QStringLiteral("JSON top level is not an object");
        if (error)
            *error = err;
        return env;
    }

    const QJsonObject root = doc.object();
    const QJsonValue codeValue = root.value(QLatin1String("code"));
    if (codeValue.isString())
        env.code = ApiError::parseCode(codeValue.toString());
    else if (codeValue.isDouble())
        env.code = int(JsonRead::optInt(codeValue).value_or(-1));
    env.errorCode = JsonRead::str(root, QLatin1String("error_code"));
    env.message = JsonRead::str(root, QLatin1String("message"));
    env.count = JsonRead::optInt(root, QLatin1String("count"));
    env.pageNo = JsonRead::optInt(root, QLatin1String("page_no"));
    env.pageSize = JsonRead::optInt(root, QLatin1String("page_size"));
    env.total = JsonRead::optInt(root, QLatin1String("total"));

    const QJsonValue result = root.value(QLatin1String("result"));
    QString resultMessage;
    env.resultIsList = result.isArray() || result.isNull() || result.isUndefined();
    if (result.isArray()) {
        env.result = result.toArray();
    } else if (result.isObject()) {
        const QJsonObject object = result.toObject();
        env.result = QJsonArray {object};
        resultMessage = JsonRead::str(object, QLatin1String("message"));
    } else if (result.isString()) {
        // On errors a message; on success kept as one value (e.g. a bare console URL).
        resultMessage = result.toString();
        env.result = QJsonArray {result};
    }

    const bool codeSaysOk
            = env.code == 0 || (env.code < 0 && env.errorCode == QLatin1String("SUCCESS"));
    const bool codeAbsent = env.code < 0 && env.errorCode.isEmpty();

    err.code = env.code;
    err.errorCode = env.errorCode;
    err.message = env.message.isEmpty() ? resultMessage : env.message;

    const bool resultUnreadable = result.isDouble() || result.isBool();
    if (httpOk && codeSaysOk && resultUnreadable) {
        // A success whose result is a number: nothing that can be shown; never an empty list.
        err.kind = ApiError::Kind::InvalidResponse;
        err.detail = QStringLiteral("result is neither a list nor an object");
    } else if (httpOk && codeSaysOk) {
        err = ApiError();
    } else if (httpOk && codeAbsent) {
        // Tolerated: a 2xx with a result but no code. An empty object is not an answer.
        if (root.contains(QLatin1String("result"))) {
            err = ApiError();
        } else {
            err.kind = ApiError::Kind::InvalidResponse;
            err.detail = QStringLiteral("no code and no result");
        }
    } else if (codeSaysOk) {
        // The envelope says success but HTTP does not: trust HTTP.
        err.kind = ApiError::kindForHttpStatus(httpStatus);
    } else {
        err.kind = ApiError::kindFor(httpStatus, env.code, env.errorCode);
    }
    if (err.isError())
        err.httpStatus = httpStatus;
    if (error)
        *error = err;
    return env;
}
