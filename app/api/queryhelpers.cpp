#include "queryhelpers.h"

namespace QueryHelpers {

void addText(ApiRequest &request, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        request.query.append({key, value});
}

void addList(ApiRequest &request, const QString &key, const QStringList &values)
{
    QStringList clean;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            clean.append(v.trimmed());
    }
    if (!clean.isEmpty())
        request.query.append({key, clean.join(u',')});
}

void addNumber(ApiRequest &request, const QString &key, std::optional<qint64> value)
{
    if (value)
        request.query.append({key, QString::number(*value)});
}

void addField(ApiRequest &request, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        request.form.append({name, value});
}

ApiRequest plainRequest(HttpMethod method, const QString &path, const QString &operation,
                        Repeat repeat)
{
    ApiRequest r;
    r.method = method;
    r.path = path;
    r.operation = operation;
    r.repeat = repeat;
    return r;
}

ApiRequest formRequest(HttpMethod method, const QString &path, const QString &operation,
                       Repeat repeat)
{
    ApiRequest r = plainRequest(method, path, operation, repeat);
    r.body = ApiRequest::Body::Multipart;
    return r;
}

ApiRequest jsonRequest(HttpMethod method, const QString &path, const QString &operation,
                       Repeat repeat)
{
    ApiRequest r = plainRequest(method, path, operation, repeat);
    r.body = ApiRequest::Body::Json;
    return r;
}

} // namespace QueryHelpers
