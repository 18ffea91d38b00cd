#include "clockdriver.h"

#include "api/apiclient.h"
#include "util/manualclock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTest>

bool driveUntil(ManualClock &clock, const ApiClient &client, const std::function<bool()> &done,
                int realTimeoutMs)
{
    QDeadlineTimer deadline(realTimeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (done())
            return true;
        if (client.attemptsInFlight() > 0) {
            // Real network I/O: wait for it (loopback answers in milliseconds).
            (void)QTest::qWaitFor([&] { return done() || client.attemptsInFlight() == 0; }, 50);
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done())
            return true;
        if (client.attemptsInFlight() == 0 && !clock.advanceToNextTimer())
            (void)QTest::qWaitFor(done, 20); // nothing scheduled: only posted events can help
    }
    return done();
}
