#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "resource.h"
#include "util/clock.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;

//! Keeps one resource's model fresh: fetches its listing (the person's refresh at read priority,
//! the console's own at background priority, so browsing never eats the person's budget),
//! merges it, and remembers when the data was last confirmed and what went wrong.
//! Refreshes by itself while its page is shown: every 10 s while a row is changing, otherwise at
//! the chosen interval; catalog data (images, specs, zones) at most every 5 minutes.
class ResourceStore final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kFastMs = 10'000;
    static constexpr qint64 kCatalogMs = 5 * 60'000;
    static constexpr qint64 kTruncatedMs = 10 * 60'000;

    //! Starts the listing; the callback gets the (merged, all pages) result.
    using Fetch = std::function<ApiCall *(QObject *receiver, Priority priority, ApiCallback done)>;
    //! Reads the result into the model; returns how many rows could not be read.
    using Apply = std::function<int(const ApiResult &result)>;
    //! Whether a row is in a transitional status now.
    using Changing = std::function<bool()>;

    ResourceStore(Resource resource, Clock *clock, Fetch fetch, Apply apply, Changing changing,
                  QObject *parent = nullptr);
    ~ResourceStore() override;

    [[nodiscard]] Resource resource() const { return m_resource; }
    [[nodiscard]] bool isLoading() const
    {
        return !m_personCall.isNull() || (!hasData() && !m_backgroundCall.isNull());
    }
    [[nodiscard]] bool hasData() const { return m_lastRefreshMs > 0; }
    [[nodiscard]] qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    [[nodiscard]] const ApiError &lastError() const { return m_lastError; }
    [[nodiscard]] int unreadableRows() const { return m_unreadable; }
    //! The last listing was cut at PagedFetch's cap (a server that kept sending new rows).
    [[nodiscard]] bool isTruncated() const { return m_truncated; }
    //! The server said this listing is not available to this account or key (seen on real
    //! accounts: the user script list answering 404). Not an error: the page says so.
    [[nodiscard]] bool isUnavailable() const { return m_unavailable; }
    //! Which refusals mean "not available for this account" rather than a failure.
    void setUnavailableWhen(std::function<bool(const ApiError &)> unavailable)
    {
        m_unavailableWhen = std::move(unavailable);
    }

    //! The person asked for it now (F5, opening the page).
    void refresh();
    //! Refreshes only when the data is older than its interval (a page being opened).
    void refreshIfStale();
    //! The data is older than its interval (the chosen one, or 5 minutes with auto refresh off).
    [[nodiscard]] bool isStale() const;
    //! The chosen interval (0: off) and whether the page is on screen.
    void setAutoRefresh(qint64 intervalMs, bool visible);
    //! Another account: nothing loaded, nothing on its way.
    void reset();
    //! Held: no account is open yet (its keys are being read), so nothing is asked for; the
    //! refreshes asked meanwhile happen when released.
    void setHeld(bool held);
    [[nodiscard]] bool isHeld() const { return m_held; }
    //! A listing obtained elsewhere (e.g. the operation poller) counts as fresh data.
    void markRefreshed();

Q_SIGNALS:
    void loadingChanged(bool loading);
    void refreshed();
    void failed(const ApiError &error);

private:
    void start(Priority priority);
    void schedule();
    [[nodiscard]] qint64 currentIntervalMs() const;
    [[nodiscard]] bool isCatalog() const;

    Resource m_resource;
    Clock *m_clock;
    Fetch m_fetch;
    Apply m_apply;
    Changing m_changing;
    QPointer<ApiCall> m_personCall;
    QPointer<ApiCall> m_backgroundCall;
    qint64 m_lastRefreshMs = 0;
    qint64 m_lastAttemptMs = 0;
    bool m_held = false;
    ApiError m_lastError;
    int m_unreadable = 0;
    bool m_truncated = false;
    bool m_unavailable = false;
    std::function<bool(const ApiError &)> m_unavailableWhen;
    qint64 m_intervalMs = 0;
    bool m_visible = false;
    Clock::TimerId m_timer = 0;
};
