#include "apirequest.h"

#include <QUrl>

QString ApiRequest::queryValue(const QString &key) const
{
    for (const auto &item : query) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

void ApiRequest::setQueryValue(const QString &key, const QString &value)
{
    for (auto &item : query) {
        if (item.first == key) {
            item.second = value;
            return;
        }
    }
    query.append({key, value});
}

QString ApiRequest::formValue(const QString &name) const
{
    for (const auto &field : form) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

bool ApiRequest::hasEmptySegment() const
{
    // "/v1/x/" (an id left empty at the end) or "/v1/x//y" (in the middle).
    return path.contains(u"//") || path.endsWith(u'/');
}

QString ApiRequest::methodName(HttpMethod method)
{
    switch (method) {
    case HttpMethod::Get:
        return QStringLiteral("GET");
    case HttpMethod::Post:
        return QStringLiteral("POST");
    case HttpMethod::Put:
        return QStringLiteral("PUT");
    case HttpMethod::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

QString ApiRequest::path1(const QString &base, const QString &id)
{
    return base + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString ApiRequest::path2(const QString &base, const QString &id, const QString &tail)
{
    return path1(base, id) + u'/' + tail;
}
