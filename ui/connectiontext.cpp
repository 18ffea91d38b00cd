#include "connectiontext.h"

#include "errortext.h"
#include "models/format.h"

#include <cmath>

QString ConnectionText::clockOffset(qint64 skewSecs)
{
    const int minutes = int(std::lround(double(qAbs(skewSecs)) / 60.0));
    if (minutes == 0)
        return tr("in step with the server");
    return skewSecs > 0 ? tr("%n minute(s) behind the server", nullptr, minutes)
                        : tr("%n minute(s) ahead of the server", nullptr, minutes);
}

QString ConnectionText::verdict(const ConnectionCheck::Report &r)
{
    using K = ApiError::Kind;
    switch (r.error.kind) {
    case K::None:
        if (r.skewMeasured && qAbs(r.skewSecs) >= 60)
            return tr("The keys work. This computer's clock is %1; the console corrects for it.")
                    .arg(clockOffset(r.skewSecs));
        return tr("The keys work: the iwinv API answered.");
    case K::Unauthorized:
        return tr("The Access Key or Secret Key is wrong: the iwinv API did not accept the "
                  "signature. Copy both keys again from the iwinv web console.");
    case K::Forbidden:
        return tr("The keys are right, but this key may not be used from this computer's IP "
                  "address (CHECK_IP). Allow the address for the key in the iwinv web console.");
    case K::TimestampRejected:
        return r.skewMeasured
                ? tr("This computer's clock is %1, more than the 5 minutes the iwinv API allows. "
                     "Set the clock right (automatic time) and try again.")
                          .arg(clockOffset(r.skewSecs))
                : tr("The iwinv API refused the request's time: this computer's clock is probably "
                     "more than 5 minutes off. Set the clock right (automatic time) and try "
                     "again.");
    case K::Network:
    case K::Timeout:
        return tr("The iwinv API could not be reached at %1. Check the address and your network "
                  "connection (or proxy).")
                .arg(r.endpoint.toString());
    case K::Tls:
        return r.error.tlsProblems.isEmpty()
                ? tr("The secure connection to %1 failed.").arg(r.endpoint.host())
                : tr("The secure connection to %1 failed: %2. If a company proxy re-signs "
                     "traffic, add its CA certificate in Settings.")
                          .arg(r.endpoint.host(), r.error.tlsProblems.join(QStringLiteral("; ")));
    case K::InsecureEndpoint:
        return tr("The address must start with https:// (http:// only for this computer).");
    default:
        return ErrorText::describe(r.error);
    }
}

QList<QPair<QString, QString>> ConnectionText::details(const ConnectionCheck::Report &r)
{
    using K = ApiError::Kind;
    QList<QPair<QString, QString>> out;
    out.append({tr("API address"), r.endpoint.toString()});
    out.append({tr("Access Key"), r.maskedAccessKey});
    const bool reached = r.httpStatus > 0;
    QString reach;
    if (!reached)
        reach = r.error.kind == K::Tls ? tr("Not reached: the secure connection failed")
                                       : tr("Not reached");
    else
        reach = r.endpoint.scheme() == QLatin1String("https")
                ? tr("Reached over a verified secure connection (%1 ms)").arg(r.roundTripMs)
                : tr("Reached on this computer (%1 ms)").arg(r.roundTripMs);
    out.append({tr("Connection"), reach});
    QString key;
    if (!reached)
        key = tr("Not checked");
    else if (r.error.kind == K::Unauthorized)
        key = tr("Not accepted");
    else if (r.error.kind == K::Forbidden)
        key = tr("Accepted, but not from this IP address");
    else
        key = tr("Accepted");
    out.append({tr("Key"), key});
    // To the second: the two clocks are compared. The API's time is in KST, as iwinv shows it.
    out.append(
            {tr("This computer's time"), Format::clockTime(r.localTime, Format::Detail::Seconds)});
    out.append({tr("Server time"),
                r.serverDate.isValid() ? Format::apiDateTime(r.serverDate, Format::Detail::Seconds)
                                       : tr("Not sent by the server")});
    out.append({tr("Clock"), r.skewMeasured ? clockOffset(r.skewSecs) : tr("Not measured")});
    out.append({tr("Requests in the last minute"), tr("%1 of 60").arg(r.requestsLastMinute)});
    return out;
}

QString ConnectionText::report(const ConnectionCheck::Report &r)
{
    QStringList lines {tr("iwinv Console connection check")};
    for (const auto &line : details(r))
        lines.append(line.first + QStringLiteral(": ") + line.second);
    lines.append(tr("Result") + QStringLiteral(": ") + verdict(r));
    if (r.error.isError())
        lines.append(QStringLiteral("detail: %1 %2 %3 (%4)")
                             .arg(ApiError::kindName(r.error.kind), QString::number(r.httpStatus),
                                  r.error.errorCode, r.error.detail.left(200)));
    return lines.join(u'\n');
}
