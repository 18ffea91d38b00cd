#include "clockdriver.h"

#include "api/apiclient.h"
#include "util/manualclock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

bool driveUntil(ManualClock &clock, const ApiClient &client, const std::function<bool()> &done,
                int realTimeoutMs, int stalledAfterMs)
{
    QDeadlineTimer deadline(realTimeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (done())
            return true;
        if (client.attemptsInFlight() > 0) {
            // Real network I/O: wait for it (loopback answers in milliseconds).
            const int wait = stalledAfterMs > 0 ? stalledAfterMs : 50;
            const bool moved = QTest::qWaitFor(
                    [&] { return done() || client.attemptsInFlight() == 0; }, wait);
            if (!moved && stalledAfterMs > 0)
                clock.advanceToNextTimer(); // silent that long: let its timeout fire
            continue;
        }
        // Whatever was queued (a call about to be scheduled) runs before time may move.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents();
        if (done())
            return true;
        if (client.attemptsInFlight() == 0 && !clock.advanceToNextTimer())
            (void)QTest::qWaitFor(done, 20); // nothing scheduled: only posted events can help
    }
    return done();
}
