#include "multipartparser.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace MultipartParser {

QByteArray boundary(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.isEmpty() || parts.first().trimmed().toLower() != "multipart/form-data")
        return {};
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        if (p.toLower().startsWith("boundary=")) {
            QByteArray value = p.mid(9).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

namespace {
QString dispositionName(const QByteArray &headers)
{
    for (const QByteArray &line : headers.split('\n')) {
        const QByteArray l = line.trimmed();
        if (!l.toLower().startsWith("content-disposition:"))
            continue;
        // The `name` parameter, not the tail of `filename`.
        qsizetype at = -1;
        for (qsizetype from = 0; (from = l.indexOf("name=\"", from)) >= 0; from += 6) {
            const char before = from > 0 ? l.at(from - 1) : ';';
            if (before == ';' || before == ' ' || before == '\t') {
                at = from;
                break;
            }
        }
        if (at < 0)
            return {};
        const qsizetype start = at + 6;
        const qsizetype end = l.indexOf('"', start);
        if (end < 0)
            return {};
        return QString::fromUtf8(l.mid(start, end - start));
    }
    return {};
}
} // namespace

bool parse(const QByteArray &body, const QByteArray &boundary, QMap<QString, QString> *fields,
           QString *error)
{
    if (boundary.isEmpty()) {
        *error = u"no multipart boundary"_s;
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = u"boundary not found in body"_s;
        return false;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            *error = u"malformed delimiter line"_s;
            return false;
        }
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0) {
            *error = u"part without headers end"_s;
            return false;
        }
        const QByteArray headers = body.mid(pos, headerEnd - pos);
        const qsizetype contentStart = headerEnd + 4;
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), contentStart);
        if (next < 0) {
            *error = u"part without closing delimiter"_s;
            return false;
        }
        const QString name = dispositionName(headers);
        if (name.isEmpty()) {
            *error = u"part without a name"_s;
            return false;
        }
        fields->insert(name, QString::fromUtf8(body.mid(contentStart, next - contentStart)));
        pos = next + 2;
    }
}

} // namespace MultipartParser
