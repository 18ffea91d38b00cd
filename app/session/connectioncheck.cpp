#include "connectioncheck.h"

#include "api/apiclient.h"
#include "api/requestscheduler.h"
#include "api/zonesapi.h"
#include "util/clock.h"

ConnectionCheck::ConnectionCheck(QObject *parent) : QObject(parent)
{ }

ConnectionCheck::~ConnectionCheck()
{
    // Cancelling answers at once; whoever listened may be half destroyed (the window closing).
    blockSignals(true);
    if (m_call)
        m_call->cancel();
}

void ConnectionCheck::run(ApiClient *client)
{
    if (m_call)
        return;
    const qint64 started = client->clock()->nowMs();
    m_call = client->send(
            ZonesApi::list(), this,
            [this, client, started](const ApiResult &result) {
                m_call.clear();
                Report report;
                report.endpoint = client->endpoint();
                report.maskedAccessKey = client->maskedAccessKey();
                report.error = result.error;
                report.httpStatus = result.httpStatus;
                report.attempts = result.attempts;
                report.roundTripMs = result.receivedAtMs > 0 ? result.receivedAtMs - result.sentAtMs
                                                             : client->clock()->nowMs() - started;
                report.serverDate = result.serverDate;
                report.localTime = client->clock()->now();
                report.skewMeasured = client->clockSkew().hasMeasurement();
                report.skewSecs = client->clockSkew().measuredSecs();
                report.requestsLastMinute = client->scheduler()->requestsInLastMinute();
                Q_EMIT finished(report);
            },
            Priority::Read);
}
