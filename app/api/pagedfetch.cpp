#include "pagedfetch.h"

#include "apicall.h"
#include "apiclient.h"
#include "jsonread.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

PagedFetch::PagedFetch(ApiClient *client, const ApiRequest &listing, Priority priority)
    : m_client(client), m_listing(listing), m_priority(priority)
{
    const QString requested = listing.queryValue(QStringLiteral("page_size"));
    m_pageSize = requested.toInt() > 0 ? requested.toInt() : ApiClient::kPageSize;
}

void PagedFetch::setOuter(ApiCall *outer)
{
    m_outer = outer;
    setParent(outer);
}

void PagedFetch::abort()
{
    if (m_current)
        m_current->cancel();
}

void PagedFetch::start()
{
    if (!m_outer || m_outer->isFinished())
        return;
    if (!m_listing.paged) {
        // Not paged: one request, delivered as is.
        m_current = m_client->send(
                m_listing, this, [this](const ApiResult &result) { finish(result); }, m_priority);
        return;
    }
    fetchPage();
}

void PagedFetch::fetchPage()
{
    ApiRequest page = m_listing;
    page.setQueryValue(QStringLiteral("page_no"), QString::number(m_pageNo));
    page.setQueryValue(QStringLiteral("page_size"), QString::number(m_pageSize));
    m_current = m_client->send(
            page, this, [this](const ApiResult &result) { onPage(result); }, m_priority);
}

void PagedFetch::onPage(const ApiResult &page)
{
    if (!page.ok()) {
        finish(page);
        return;
    }
    if (m_pageNo == 1)
        m_firstSentMs = page.sentAtMs;
    const QJsonArray rows = page.rows();
    const QString idField = m_listing.idField;
    const bool empty = rows.isEmpty();
    // A page seen before (the very same content, or only ids already listed) means a server
    // that repeats itself: the listing ends here instead of looping or doubling rows.
    const QByteArray fingerprint = QCryptographicHash::hash(
            QJsonDocument(rows).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1);
    bool repeated = !empty && m_fingerprints.contains(fingerprint);
    m_fingerprints.insert(fingerprint);
    QList<QString> ids;
    if (!repeated && !idField.isEmpty()) {
        qsizetype known = 0;
        qsizetype withId = 0;
        for (const QJsonValue &row : rows) {
            const QString id = JsonRead::str(row.toObject(), QLatin1String(idField.toLatin1()));
            ids.append(id);
            if (!id.isEmpty()) {
                ++withId;
                known += m_seenIds.contains(id) ? 1 : 0;
            }
        }
        repeated = withId > 0 && known == rows.size();
    }
    if (!repeated) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString id = ids.value(i);
            if (!id.isEmpty()) {
                if (m_seenIds.contains(id))
                    continue;
                m_seenIds.insert(id);
            }
            m_rows.append(rows.at(i));
        }
    }
    const bool shorter = rows.size() < m_longestPage;
    m_longestPage = qMax(m_longestPage, rows.size());
    // A total is believed only while it agrees with what arrived: one that is too low would
    // lose rows.
    const bool totalReached = page.envelope.total && m_rows.size() == *page.envelope.total;
    if (empty || repeated || shorter || totalReached) {
        finish(page);
        return;
    }
    // A server that keeps answering full pages of new rows would page forever, at background
    // priority eating the budget: stop at a sane size and say the list was cut.
    if (m_pageNo >= kMaxPages || m_rows.size() >= kMaxRows) {
        finish(page, true);
        return;
    }
    ++m_pageNo;
    fetchPage();
}

void PagedFetch::finish(const ApiResult &last, bool truncated)
{
    if (!m_outer)
        return;
    ApiResult result = last;
    if (last.ok() && m_listing.paged) {
        result.envelope.result = m_rows;
        result.envelope.count = m_rows.size();
        result.envelope.pageNo.reset();
        result.envelope.pageSize.reset();
        result.truncated = truncated;
        result.sentAtMs = m_firstSentMs; // the rows are as old as the first page
    }
    m_client->finishComposite(m_outer, result);
}
