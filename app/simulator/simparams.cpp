#include "simparams.h"

#include "simoptions.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SimParams {

QStringList list(const SimRequest &request, const QString &key)
{
    QStringList out;
    const QStringList parts = request.query.value(key).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

std::optional<SimResponse> checkEnum(const SimRequest &request, const QString &key,
                                     const QStringList &allowed)
{
    for (const QString &value : list(request, key)) {
        if (!allowed.contains(value))
            return SimResponse::error(
                    SimCode::CheckParamEnum,
                    u"%1: '%2' is not one of %3"_s.arg(key, value, allowed.join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<SimResponse> readInt(const SimRequest &request, const QString &key,
                                   std::optional<qint64> *out)
{
    if (!request.query.contains(key) || request.query.value(key).isEmpty()) {
        out->reset();
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = request.query.value(key).trimmed().toLongLong(&ok);
    if (!ok)
        return SimResponse::error(SimCode::CheckParam, u"%1 must be a number"_s.arg(key));
    *out = value;
    return std::nullopt;
}

QString field(const SimRequest &request, const QString &name)
{
    return request.form.contains(name) ? request.form.value(name)
                                       : request.json.value(name).toString();
}

std::optional<SimResponse> requireForm(const SimRequest &request, const QStringList &names)
{
    for (const QString &name : names) {
        if (field(request, name).trimmed().isEmpty())
            return SimResponse::error(SimCode::RequiredPostParamMissing,
                                      u"%1 is required"_s.arg(name));
    }
    return std::nullopt;
}

QString urlDecoded(const QString &value)
{
    const QByteArray in = value.toUtf8();
    QByteArray out;
    out.reserve(in.size());
    auto hex = [](char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '+') {
            out.append(' ');
        } else if (c == '%' && i + 2 < in.size() && hex(in.at(i + 1)) >= 0
                   && hex(in.at(i + 2)) >= 0) {
            out.append(char(hex(in.at(i + 1)) * 16 + hex(in.at(i + 2))));
            i += 2;
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

void urlDecodeNames(SimRequest &request)
{
    static const QRegularExpression volumeName(u"^block_storage\\.\\d+\\.name$"_s);
    for (auto it = request.form.begin(); it != request.form.end(); ++it) {
        if (it.key() == u"name"_s || it.key() == u"description"_s
            || volumeName.match(it.key()).hasMatch())
            it.value() = urlDecoded(it.value());
    }
}

std::optional<SimResponse> checkLength(const QString &what, const QString &value, int min, int max)
{
    if (value.size() < min || value.size() > max)
        return SimResponse::error(SimCode::CheckLength,
                                  u"%1 must be %2-%3 characters"_s.arg(what).arg(min).arg(max));
    return std::nullopt;
}

SimResponse page(const QJsonArray &rows, const SimRequest &request, const SimOptions &options,
                 const Paging &paging)
{
    return page(
            rows.size(), [&rows](qsizetype i) { return rows.at(i); }, request, options, paging);
}

SimResponse page(qsizetype total, const std::function<QJsonValue(qsizetype)> &rowAt,
                 const SimRequest &request, const SimOptions &options, const Paging &paging)
{
    std::optional<qint64> pageNo;
    std::optional<qint64> pageSize;
    if (auto bad = readInt(request, u"page_no"_s, &pageNo))
        return *bad;
    if (auto bad = readInt(request, u"page_size"_s, &pageSize))
        return *bad;
    const qint64 no = pageNo.value_or(1);
    const qint64 requested = pageSize.value_or(paging.defaultSize > 0 ? paging.defaultSize
                                                                      : options.defaultPageSize);
    if (no < 1 || requested < 1)
        return SimResponse::error(SimCode::CheckParam, u"page_no and page_size start at 1"_s);
    // Capped at the maximum; a silent cap still echoes the size that was asked for.
    const qint64 size = qMin<qint64>(requested, options.maxPageSize);
    const qint64 echoed = options.silentPageCap ? requested : size;
    QJsonArray out;
    const qint64 start = (no - 1) * size;
    for (qint64 i = start; i < total && i < start + size; ++i)
        out.append(rowAt(i));
    QJsonObject extra = paging.extra;
    if (paging.asStrings) {
        extra.insert(u"page_no"_s, QString::number(no));
        extra.insert(u"page_size"_s, QString::number(echoed));
    } else {
        extra.insert(u"page_no"_s, no);
        extra.insert(u"page_size"_s, echoed);
    }
    return SimResponse::ok(out, 200, extra);
}

} // namespace SimParams
