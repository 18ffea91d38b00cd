#include "billingsession.h"

#include "api/apiclient.h"
#include "api/billingapi.h"
#include "billing/samplestore.h"
#include "settings/settingskeys.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
ApiError notFound()
{
    ApiError e;
    e.kind = ApiError::Kind::NotFound;
    e.detail = u"the bill's detail has no readable row"_s;
    return e;
}
} // namespace

BillingSession::BillingSession(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_clock(client->clock()),
      m_samples(std::make_unique<SampleStore>(QString()))
{ }

BillingSession::~BillingSession()
{
    m_clock->cancelTimer(m_timer);
}

void BillingSession::setProfile(const QString &profileId, bool persistent)
{
    for (QPointer<ApiCall> call : {m_liveCall, m_billsCall}) {
        if (call)
            call->cancel();
    }
    for (const QPointer<ApiCall> &call : std::as_const(m_detailCalls)) {
        if (call)
            call->cancel();
    }
    m_detailCalls.clear();
    m_profileId = profileId;
    m_persistent = persistent && !profileId.isEmpty();
    m_live.reset();
    m_liveReadMs = 0;
    m_liveAttemptMs = 0;
    m_liveError = ApiError();
    m_bills.clear();
    m_billsRead = false;
    m_billsError = ApiError();
    m_details.clear();
    m_detailErrors.clear();
    if (m_queryCall)
        m_queryCall->cancel();
    m_query = {};
    m_filtered.clear();
    m_queryError = ApiError();
    m_samples = std::make_unique<SampleStore>(m_persistent ? SampleStore::pathFor(profileId)
                                                           : QString());
    if (m_persistent) {
        m_samples->prune(BillProjection::monthOf(m_clock->nowMs()));
        if (!m_samples->isPersistent())
            Q_EMIT samplesUnavailable(m_samples->problem());
    }
    m_budget.reset();
    if (m_persistent) {
        const QVariant stored = QSettings().value(SettingsKeys::billingBudget(profileId));
        bool ok = false;
        const qint64 amount = stored.toLongLong(&ok);
        if (stored.isValid() && ok && amount > 0)
            m_budget = amount;
    }
    Q_EMIT liveChanged();
    Q_EMIT billsChanged();
    Q_EMIT listedChanged();
    Q_EMIT budgetChanged();
    schedule();
}

void BillingSession::setActive(bool active)
{
    m_active = active;
    schedule();
}

void BillingSession::setAutoRefreshMs(qint64 intervalMs)
{
    m_intervalMs = qMax<qint64>(0, intervalMs);
    schedule();
}

void BillingSession::schedule()
{
    m_clock->cancelTimer(m_timer);
    m_timer = 0;
    // On screen: at the auto refresh interval. Off screen: only to watch a budget, seldom.
    if ((!m_active && !m_budget) || m_intervalMs <= 0 || m_liveCall)
        return;
    const qint64 interval = m_active ? m_intervalMs : qMax(m_intervalMs, kBudgetWatchMs);
    // From the last attempt, failed or not: a refusal is never retried in a loop.
    const qint64 last = qMax(m_liveReadMs, m_liveAttemptMs);
    const qint64 due = last > 0 ? last + interval : m_clock->nowMs();
    m_timer = m_clock->callAfter(qMax<qint64>(0, due - m_clock->nowMs()), this, [this] {
        m_timer = 0;
        refreshLive(Priority::Background);
    });
}

void BillingSession::refresh(bool bills)
{
    refreshLive(Priority::Read);
    if (bills || (!m_billsRead && !m_billsCall))
        refreshBills();
}

void BillingSession::refreshLive(Priority priority)
{
    if (m_liveCall)
        return;
    m_clock->cancelTimer(m_timer);
    m_timer = 0;
    m_liveAttemptMs = m_clock->nowMs();
    m_liveCall = m_client->send(
            BillingApi::live(), this,
            [this](const ApiResult &result) {
                m_liveCall = nullptr;
                if (result.error.kind == ApiError::Kind::Cancelled)
                    return; // another account, or the console closing
                m_liveError = result.error;
                if (result.ok()) {
                    const Parsed<LiveBill> parsed = BillingApi::parseLiveBills(result.rows());
                    if (parsed.items.isEmpty()) {
                        m_liveError.kind = ApiError::Kind::InvalidResponse;
                        m_liveError.detail = u"the live bill has no readable row"_s;
                    } else {
                        m_live = parsed.items.first();
                        m_liveReadMs = m_clock->nowMs();
                        LiveSample sample;
                        sample.readAtMs = m_liveReadMs;
                        sample.periodStart
                                = QDate::fromString(m_live->startDate.left(10), Qt::ISODate);
                        sample.periodEnd = QDate::fromString(m_live->endDate.left(10), Qt::ISODate);
                        if (!sample.periodStart.isValid())
                            sample.periodStart = BillProjection::monthOf(m_liveReadMs);
                        sample.price = m_live->price;
                        const bool wasPersistent = m_samples->isPersistent();
                        m_samples->add(sample);
                        if (wasPersistent && !m_samples->isPersistent())
                            Q_EMIT samplesUnavailable(m_samples->problem());
                    }
                }
                Q_EMIT liveChanged();
                checkBudget();
                schedule();
            },
            priority);
}

void BillingSession::refreshBills()
{
    if (m_billsCall)
        return;
    m_billsCall = m_client->fetchAll(
            BillingApi::list(), this,
            [this](const ApiResult &result) {
                m_billsCall = nullptr;
                if (result.error.kind == ApiError::Kind::Cancelled)
                    return;
                m_billsError = result.error;
                if (result.ok()) {
                    m_bills = BillingApi::parseBills(result.rows()).items;
                    std::stable_sort(
                            m_bills.begin(), m_bills.end(),
                            [](const Bill &a, const Bill &b) { return a.billDate > b.billDate; });
                    m_billsRead = true;
                }
                Q_EMIT billsChanged();
                if (!hasQuery())
                    Q_EMIT listedChanged();
                checkBudget();
            },
            Priority::Read);
    Q_EMIT billsChanged(); // loading
}

bool BillingSession::hasQuery() const
{
    return m_query.startDate.isValid() || m_query.endDate.isValid() || m_query.minPrice
            || m_query.maxPrice;
}

void BillingSession::setQuery(const BillingApi::Query &query)
{
    if (m_queryCall)
        m_queryCall->cancel();
    m_queryCall = nullptr;
    m_query = query;
    m_filtered.clear();
    m_queryError = ApiError();
    if (!hasQuery()) {
        Q_EMIT listedChanged();
        return;
    }
    m_queryCall = m_client->fetchAll(
            BillingApi::list(query), this,
            [this](const ApiResult &result) {
                m_queryCall = nullptr;
                if (result.error.kind == ApiError::Kind::Cancelled)
                    return;
                m_queryError = result.error;
                if (result.ok()) {
                    m_filtered = BillingApi::parseBills(result.rows()).items;
                    std::stable_sort(
                            m_filtered.begin(), m_filtered.end(),
                            [](const Bill &a, const Bill &b) { return a.billDate > b.billDate; });
                }
                Q_EMIT listedChanged();
            },
            Priority::Read);
    Q_EMIT listedChanged();
}

void BillingSession::readDetail(const QString &billId)
{
    if (billId.isEmpty() || m_details.contains(billId) || m_detailCalls.value(billId))
        return;
    m_detailErrors.remove(billId);
    m_detailCalls.insert(billId,
                         m_client->send(
                                 BillingApi::detail(billId), this,
                                 [this, billId](const ApiResult &result) {
                                     m_detailCalls.remove(billId);
                                     if (result.error.kind == ApiError::Kind::Cancelled)
                                         return;
                                     if (result.ok()) {
                                         const Parsed<Bill> parsed
                                                 = BillingApi::parseBills(result.rows());
                                         if (!parsed.items.isEmpty())
                                             m_details.insert(billId, parsed.items.first());
                                         else
                                             m_detailErrors.insert(billId, notFound());
                                     } else {
                                         m_detailErrors.insert(billId, result.error);
                                     }
                                     Q_EMIT detailChanged(billId);
                                 },
                                 Priority::Read));
    Q_EMIT detailChanged(billId); // loading
}

const Bill *BillingSession::detail(const QString &billId) const
{
    const auto it = m_details.constFind(billId);
    return it == m_details.cend() ? nullptr : &*it;
}

bool BillingSession::isDetailLoading(const QString &billId) const
{
    return !m_detailCalls.value(billId).isNull();
}

ApiError BillingSession::detailError(const QString &billId) const
{
    return m_detailErrors.value(billId);
}

bool BillingSession::isNotForThisKey(const ApiError &error)
{
    // CHECK_IP (seen on a real key's bill details) or the request address check.
    return error.kind == ApiError::Kind::Forbidden
            && (error.errorCode == u"CHECK_IP"_s || error.errorCode == u"CHECK_REQUEST_IP"_s
                || error.errorCode.isEmpty());
}

QString BillingSession::samplesProblem() const
{
    return m_persistent && !m_samples->isPersistent() ? m_samples->problem() : QString();
}

QList<LiveSample> BillingSession::monthSamples() const
{
    const QDate month = BillProjection::monthOf(m_clock->nowMs());
    QList<LiveSample> out = m_samples->period(month);
    // The latest reading, when its amount repeated the last stored one.
    if (m_live && m_liveReadMs > 0 && (out.isEmpty() || out.last().readAtMs < m_liveReadMs)) {
        LiveSample now;
        now.readAtMs = m_liveReadMs;
        now.periodStart = QDate::fromString(m_live->startDate.left(10), Qt::ISODate);
        now.periodEnd = QDate::fromString(m_live->endDate.left(10), Qt::ISODate);
        now.price = m_live->price;
        if (!now.periodStart.isValid())
            now.periodStart = month;
        if (now.periodStart == month)
            out.append(now);
    }
    return out;
}

const Bill *BillingSession::lastBill() const
{
    const QDate month = BillProjection::monthOf(m_clock->nowMs());
    for (const Bill &b : m_bills) {
        const QDate end = QDate::fromString(b.usageEnd.left(10), Qt::ISODate);
        if (b.type != u"prepaid"_s && end.isValid() && end < month)
            return &b;
    }
    return nullptr;
}

Projection BillingSession::projection() const
{
    const Bill *last = lastBill();
    return BillProjection::project(monthSamples(), m_clock->nowMs(),
                                   last ? std::optional<qint64>(last->price) : std::nullopt);
}

void BillingSession::setBudget(std::optional<qint64> budget)
{
    if (budget && *budget <= 0)
        budget.reset();
    if (budget == m_budget)
        return;
    m_budget = budget;
    if (m_persistent) {
        QSettings settings;
        if (budget)
            settings.setValue(SettingsKeys::billingBudget(m_profileId), *budget);
        else
            settings.remove(SettingsKeys::billingBudget(m_profileId));
        // A new budget may be passed again this month: say it once more.
        settings.remove(SettingsKeys::billingBudgetNotified(m_profileId));
    }
    m_notified.remove(m_profileId);
    Q_EMIT budgetChanged();
    checkBudget();
    schedule(); // a budget is watched even while the page is not shown
}

void BillingSession::checkBudget()
{
    if (!m_budget || !m_live)
        return;
    const Projection p = projection();
    if (!p.isValid() || p.expected <= *m_budget)
        return;
    const QString month = BillProjection::monthOf(m_clock->nowMs()).toString(u"yyyy-MM"_s);
    QSettings settings;
    const QString said = m_persistent
            ? settings.value(SettingsKeys::billingBudgetNotified(m_profileId)).toString()
            : m_notified.value(m_profileId);
    if (said == month)
        return;
    m_notified.insert(m_profileId, month);
    if (m_persistent)
        settings.setValue(SettingsKeys::billingBudgetNotified(m_profileId), month);
    Q_EMIT budgetPassed(p.expected, *m_budget);
}
