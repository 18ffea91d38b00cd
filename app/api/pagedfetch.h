#pragma once

#include "apicall.h"
#include "apiresult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;

//! Pages through a listing until a page comes back empty, shorter than an earlier page, or the
//! server's `total` is reached; so a server that silently caps page_size still yields every
//! row. Pages that repeat rows already seen (broken pagination) end the listing rather than
//! loop, and a listing that never ends stops at kMaxRows rows or kMaxPages pages with what was
//! read (ApiResult::truncated). Owned by the outer call; deletes itself with it.
class PagedFetch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 150;
    static constexpr int kMaxRows = 12'000;

    PagedFetch(ApiClient *client, const ApiRequest &listing, Priority priority);
    [[nodiscard]] Priority priority() const { return m_priority; }
    //! The call that delivers the rows; the fetch becomes its child.
    void setOuter(ApiCall *outer);
    void start();
    //! Stops the page on its way (the outer call is then answered as cancelled).
    void abort();

private:
    void fetchPage();
    void onPage(const ApiResult &page);
    void finish(const ApiResult &last, bool truncated = false);

    ApiClient *m_client;
    ApiRequest m_listing;
    Priority m_priority;
    QPointer<ApiCall> m_outer;
    QPointer<ApiCall> m_current;
    int m_pageNo = 1;
    int m_pageSize = 0;
    qsizetype m_longestPage = 0;
    qint64 m_firstSentMs = 0; //!< when the first page was asked for: the listing's age
    QJsonArray m_rows;
    QSet<QString> m_seenIds;
    QSet<QByteArray> m_fingerprints;
};
