#pragma once

#include "apiresult.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class ApiCall;

//! Pages through a listing until a page comes back empty, shorter than an earlier page, or the
//! server's `total` is reached; so a server that silently caps page_size still yields every
//! row. Pages that repeat rows already seen (broken pagination) end the listing rather than
//! loop. Owned by the outer call; deletes itself with it.
class PagedFetch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPages = 1000;

    PagedFetch(ApiClient *client, ApiCall *outer);
    void start();

private:
    void fetchPage();
    void onPage(const ApiResult &page);
    void finish(const ApiResult &last);

    ApiClient *m_client;
    ApiCall *m_outer;
    QPointer<ApiCall> m_current;
    int m_pageNo = 1;
    int m_pageSize = 0;
    qsizetype m_longestPage = 0;
    QJsonArray m_rows;
    QSet<QString> m_seenIds;
    QSet<QByteArray> m_fingerprints;
    bool m_repeatedPage = false;
};
