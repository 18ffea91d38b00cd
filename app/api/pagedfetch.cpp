#include "pagedfetch.h"

#include "apicall.h"
#include "apiclient.h"
#include "jsonread.h"

#include <QJsonObject>

PagedFetch::PagedFetch(ApiClient *client, ApiCall *outer)
    : QObject(outer), m_client(client), m_outer(outer)
{
    const QString requested = outer->request().queryValue(QStringLiteral("page_size"));
    m_pageSize = requested.toInt() > 0 ? requested.toInt() : ApiClient::kPageSize;
    m_outer->m_abort = [this] {
        if (m_current)
            m_current->cancel();
    };
}

void PagedFetch::start()
{
    if (m_outer->isFinished())
        return;
    if (!m_outer->request().paged) {
        // Not paged: one request, delivered as is.
        m_current = m_client->send(
                m_outer->request(), this, [this](const ApiResult &result) { finish(result); },
                m_outer->priority());
        return;
    }
    fetchPage();
}

void PagedFetch::fetchPage()
{
    ApiRequest page = m_outer->request();
    page.setQueryValue(QStringLiteral("page_no"), QString::number(m_pageNo));
    page.setQueryValue(QStringLiteral("page_size"), QString::number(m_pageSize));
    m_current = m_client->send(
            page, this, [this](const ApiResult &result) { onPage(result); }, m_outer->priority());
}

void PagedFetch::onPage(const ApiResult &page)
{
    if (!page.ok()) {
        finish(page);
        return;
    }
    const QJsonArray rows = page.rows();
    const QString idField = m_outer->request().idField;
    qsizetype fresh = 0;
    for (const QJsonValue &row : rows) {
        if (!idField.isEmpty()) {
            const QString id = JsonRead::str(row.toObject(), QLatin1String(idField.toLatin1()));
            if (!id.isEmpty()) {
                if (m_seenIds.contains(id))
                    continue;
                m_seenIds.insert(id);
            }
        }
        m_rows.append(row);
        ++fresh;
    }
    const bool empty = rows.isEmpty();
    const bool repeated = !empty && fresh == 0;
    const bool shorter = rows.size() < m_longestPage;
    m_longestPage = qMax(m_longestPage, rows.size());
    const bool totalReached = page.envelope.total && m_rows.size() >= *page.envelope.total;
    if (repeated)
        m_repeatedPage = true;
    if (empty || repeated || shorter || totalReached || m_pageNo >= kMaxPages) {
        finish(page);
        return;
    }
    ++m_pageNo;
    fetchPage();
}

void PagedFetch::finish(const ApiResult &last)
{
    ApiResult result = last;
    if (last.ok() && m_outer->request().paged) {
        result.envelope.result = m_rows;
        result.envelope.count = m_rows.size();
        result.envelope.pageNo.reset();
        result.envelope.pageSize.reset();
    }
    m_outer->complete(result);
}
