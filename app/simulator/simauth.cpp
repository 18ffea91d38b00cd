#include "simauth.h"

#include "api/signer.h"

using namespace Qt::StringLiterals;

void SimAuth::addKey(const QString &accessKey, const QByteArray &secretKey)
{
    m_keys.insert(accessKey, secretKey);
}

void SimAuth::removeKey(const QString &accessKey)
{
    m_keys.remove(accessKey);
    m_allowedIps.remove(accessKey);
    m_windows.remove(accessKey);
}

void SimAuth::setAllowedIps(const QString &accessKey, const QList<QHostAddress> &addresses)
{
    m_allowedIps.insert(accessKey, addresses);
}

std::optional<SimResponse> SimAuth::authenticate(SimRequest &request, qint64 nowSecs) const
{
    const QByteArray timestampText = request.header("X-iwinv-Timestamp").trimmed();
    const QByteArray signature = request.header("X-iwinv-Signature").trimmed();
    const QString accessKey = QString::fromUtf8(request.header("X-iwinv-Credential").trimmed());

    if (timestampText.isEmpty() || signature.isEmpty())
        return SimResponse::error(SimCode::CheckSignature,
                                  u"timestamp and signature are required"_s);
    if (accessKey.isEmpty() || !m_keys.contains(accessKey))
        return SimResponse::error(SimCode::CheckCredential, u"unknown access key"_s);
    bool ok = false;
    const qint64 timestamp = timestampText.toLongLong(&ok);
    if (!ok)
        return SimResponse::error(SimCode::CheckSignature, u"timestamp is not a number"_s);
    if (qAbs(nowSecs - timestamp) > kWindowSecs)
        return SimResponse::error(SimCode::CheckSignature,
                                  u"timestamp is more than 5 minutes from the server time"_s);
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const QByteArray expected = Signer::signature(m_keys.value(accessKey), timestamp, path);
    if (!Signer::equalSignatures(expected, signature.toLower()))
        return SimResponse::error(SimCode::InvalidSignature, u"signature does not match"_s);
    const QList<QHostAddress> allowed = m_allowedIps.value(accessKey);
    if (!allowed.isEmpty()) {
        bool found = false;
        for (const QHostAddress &address : allowed)
            found = found || address.isEqual(request.peer, QHostAddress::TolerantConversion);
        if (!found)
            return SimResponse::error(
                    SimCode::CheckIp,
                    u"this key is not allowed from %1"_s.arg(request.peer.toString()));
    }
    request.accessKey = accessKey;
    return std::nullopt;
}

void SimAuth::expire(std::deque<qint64> &window, qint64 nowMs) const
{
    while (!window.empty() && window.front() <= nowMs - 60'000)
        window.pop_front();
}

std::optional<SimResponse> SimAuth::admit(const QString &accessKey, qint64 nowMs)
{
    std::deque<qint64> &window = m_windows[accessKey];
    expire(window, nowMs);
    if (m_perMinute > 0 && int(window.size()) >= m_perMinute) {
        const qint64 waitMs = window.front() + 60'000 - nowMs;
        SimResponse r
                = SimResponse::error(SimCode::LimitExceeded,
                                     u"rate limit: %1 requests per minute"_s.arg(m_perMinute), 429);
        r.setHeader("Retry-After", QByteArray::number(qMax<qint64>(1, (waitMs + 999) / 1000)));
        return r;
    }
    window.push_back(nowMs);
    return std::nullopt;
}

int SimAuth::recentRequests(const QString &accessKey, qint64 nowMs)
{
    auto it = m_windows.find(accessKey);
    if (it == m_windows.end())
        return 0;
    expire(*it, nowMs);
    return int(it->size());
}
