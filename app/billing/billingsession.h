#pragma once

#include "api/apicall.h"
#include "api/apierror.h"
#include "api/billingapi.h"
#include "billing/projection.h"
#include "domain/bill.h"
#include "util/clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ApiClient;
class SampleStore;

//! The account's money, as the billing page shows it: the live bill (month to date, refreshed
//! with the page's auto refresh at background priority, each reading kept as a sample for the
//! burn line), the bills (read once per session and on F5), a bill's detail (read when opened,
//! then cached), the month-end projection and the budget (per profile; one notification a
//! month when the projection first passes it). A bill detail refused with CHECK_IP (seen on a
//! real key) is "not available for this key", never an error of the account.
class BillingSession final : public QObject
{
    Q_OBJECT
public:
    explicit BillingSession(ApiClient *client, QObject *parent = nullptr);
    ~BillingSession() override;

    //! Another account: everything read is dropped, its samples and budget are opened. Only a
    //! \a persistent profile (saved on this computer) keeps them on disk; the others (this session
    //! only, the environment's keys, the demo) leave no trace: memory only.
    void setProfile(const QString &profileId, bool persistent);
    [[nodiscard]] QString profileId() const { return m_profileId; }
    //! The billing page is on screen: the live bill follows the auto refresh.
    void setActive(bool active);
    void setAutoRefreshMs(qint64 intervalMs);

    //! F5 or opening the page: the live bill, and the bills when not read yet (or \a bills).
    void refresh(bool bills = false);
    void refreshLive(Priority priority = Priority::Read);
    void refreshBills();
    //! The bill list as the server filters it (date and price ranges; EMPTY_SET is "no bills
    //! match"); an empty query lists every bill.
    void setQuery(const BillingApi::Query &query);
    [[nodiscard]] const BillingApi::Query &query() const { return m_query; }
    [[nodiscard]] bool hasQuery() const;
    //! The bills matching the query (all bills without one).
    [[nodiscard]] const QList<Bill> &listed() const { return hasQuery() ? m_filtered : m_bills; }
    [[nodiscard]] bool isQueryLoading() const { return !m_queryCall.isNull(); }
    [[nodiscard]] const ApiError &queryError() const { return m_queryError; }
    //! Reads bill \a billId's groups and items unless cached.
    void readDetail(const QString &billId);

    [[nodiscard]] const std::optional<LiveBill> &live() const { return m_live; }
    [[nodiscard]] qint64 liveReadAtMs() const { return m_liveReadMs; }
    [[nodiscard]] const ApiError &liveError() const { return m_liveError; }
    [[nodiscard]] bool isLiveLoading() const { return !m_liveCall.isNull(); }
    [[nodiscard]] const QList<Bill> &bills() const { return m_bills; }
    [[nodiscard]] bool billsRead() const { return m_billsRead; }
    [[nodiscard]] bool isBillsLoading() const { return !m_billsCall.isNull(); }
    [[nodiscard]] const ApiError &billsError() const { return m_billsError; }
    //! The detail of \a billId (with its groups and items) once read, else null.
    [[nodiscard]] const Bill *detail(const QString &billId) const;
    [[nodiscard]] bool isDetailLoading(const QString &billId) const;
    [[nodiscard]] ApiError detailError(const QString &billId) const;
    //! The server refuses bill details to this key (403 CHECK_IP): not an account error.
    [[nodiscard]] static bool isNotForThisKey(const ApiError &error);

    [[nodiscard]] SampleStore *samples() const { return m_samples.get(); }
    //! Why a saved profile's readings cannot be kept on disk now (empty: they are, or the
    //! profile keeps nothing on disk by design).
    [[nodiscard]] QString samplesProblem() const;
    //! How often the live bill is read in the background while the page is not shown but a
    //! budget is set (so its passing can be said): at most this often.
    static constexpr qint64 kBudgetWatchMs = 5 * 60'000;
    //! This month's samples, oldest first, and the latest reading when the store kept none for
    //! it (an unchanged amount is stored once: the time it was last read still counts).
    [[nodiscard]] QList<LiveSample> monthSamples() const;
    [[nodiscard]] Projection projection() const;
    //! The last regular bill before this month (newest first in the list), if read.
    [[nodiscard]] const Bill *lastBill() const;

    [[nodiscard]] std::optional<qint64> budget() const { return m_budget; }
    void setBudget(std::optional<qint64> budget);

    [[nodiscard]] Clock *clock() const { return m_clock; }

Q_SIGNALS:
    void liveChanged();
    void billsChanged();
    //! The filtered list changed (or started loading).
    void listedChanged();
    void detailChanged(const QString &billId);
    void budgetChanged();
    //! This month's projection passed the budget (said once a month per profile).
    void budgetPassed(qint64 projected, qint64 budget);
    //! The samples could not be kept on disk: \a problem says why (the page works without).
    void samplesUnavailable(const QString &problem);

private:
    void schedule();
    void checkBudget();

    ApiClient *m_client;
    Clock *m_clock;
    QString m_profileId;
    bool m_persistent = false;
    std::unique_ptr<SampleStore> m_samples;
    bool m_active = false;
    qint64 m_intervalMs = 0;
    Clock::TimerId m_timer = 0;
    std::optional<LiveBill> m_live;
    qint64 m_liveReadMs = 0;
    qint64 m_liveAttemptMs = 0; //!< when the last reading was sent (success or not)
    ApiError m_liveError;
    QPointer<ApiCall> m_liveCall;
    QList<Bill> m_bills;
    bool m_billsRead = false;
    ApiError m_billsError;
    QPointer<ApiCall> m_billsCall;
    BillingApi::Query m_query;
    QList<Bill> m_filtered;
    ApiError m_queryError;
    QPointer<ApiCall> m_queryCall;
    QHash<QString, Bill> m_details;
    QHash<QString, ApiError> m_detailErrors;
    QHash<QString, QPointer<ApiCall>> m_detailCalls;
    std::optional<qint64> m_budget;
    //! Per profile not kept on disk: the month its budget was said passed (this session).
    QHash<QString, QString> m_notified;
};
