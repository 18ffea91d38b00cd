#include "clock.h"

#include <QHash>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <limits>

Clock::~Clock() = default;

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }

    TimerId callAfter(qint64 delayMs, QObject *context, std::function<void()> fn) override
    {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const TimerId id = ++m_next;
        QObject::connect(timer, &QTimer::timeout, timer, [this, id, timer, fn = std::move(fn)] {
            m_timers.remove(id);
            timer->deleteLater();
            fn();
        });
        QObject::connect(timer, &QObject::destroyed, [this, id] { m_timers.remove(id); });
        m_timers.insert(id, timer);
        timer->start(int(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max())));
        return id;
    }

    void cancelTimer(TimerId id) override
    {
        if (QPointer<QTimer> timer = m_timers.take(id)) {
            timer->stop();
            timer->deleteLater();
        }
    }

private:
    TimerId m_next = 0;
    QHash<TimerId, QPointer<QTimer>> m_timers;
};
} // namespace

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}
