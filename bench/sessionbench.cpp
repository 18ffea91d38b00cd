// A simulated 10-minute session on the injected clock: the console refreshing by itself (auto
// refresh on), a person acting every 20-40 s (refresh, start, stop, reboot, details), against a
// simulator that enforces the real limit of 60 requests a minute. Reports requests per minute,
// the peak of the budget meter and the 429s received.
#include "api/apiclient.h"
#include "api/instancesapi.h"
#include "api/requestscheduler.h"
#include "operations/operationtracker.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "simulator/simulator.h"
#include "support/clockdriver.h"
#include "util/manualclock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

//! Ten minutes with auto refresh on and a person creating servers and changing specs: five of
//! each, one every minute; the requests of every minute against the budget of 60.
static void createsAndResizes(QTextStream &out)
{
    ManualClock clock(1'790'000'000'000);
    SimOptions options;
    options.seed = 17;
    options.instanceCount = 40;
    options.transitionMs = 8000;
    options.requestsPerMinute = 60;
    Simulator sim(options, &clock);
    if (!sim.listen(0))
        return;
    ApiClient client(&clock);
    client.setRandomSeed(7);
    client.setEndpoint(sim.endpoint());
    client.setCredentials(Credentials {sim.accessKey(), sim.secretKey()});
    AccountSession session(&client, false);
    session.setAutoRefreshMs(AccountSession::kDefaultRefreshMs);
    const qint64 start = clock.nowMs();
    session.store(Resource::Instances)->refresh();
    // Opening the create dialog reads the catalog it needs, if stale.
    for (Resource r : {Resource::Zones, Resource::Flavors, Resource::Images, Resource::SshKeys,
                       Resource::UserScripts})
        session.store(r)->refreshIfStale();
    int creates = 0;
    int resizes = 0;
    for (int minute = 1; minute <= 10; ++minute) {
        const qint64 target = start + minute * 60'000 - 30'000;
        driveUntil(
                clock, client, [&] { return clock.nowMs() >= target; }, 60'000);
        if (minute % 2 == 1 && creates < 5) {
            InstancesApi::CreateSpec spec;
            spec.zoneId = u"kr1-z01"_s;
            spec.flavorId = u"std.c2m4"_s;
            for (const Flavor &f : sim.state().flavors) {
                if (f.id == spec.flavorId)
                    spec.imageId = f.supportingImages.value(4);
            }
            spec.name = u"bench-%1"_s.arg(++creates);
            session.operations()->submit(Operation::Kind::Create, InstancesApi::create(spec),
                                         QString(), spec.name);
        } else if (resizes < 5) {
            const Flavor *bigger = nullptr;
            for (const Flavor &f : sim.state().flavors) {
                if (f.id == u"std.c4m8"_s)
                    bigger = &f;
            }
            for (const SimInstance &si : sim.state().instances) {
                const bool settled = si.finalStatus.isEmpty()
                        && (si.data.status == u"off"_s || si.data.status == u"active"_s);
                if (settled && bigger && si.data.flavor.id != bigger->id
                    && si.data.flavor.diskGb <= bigger->diskGb
                    && bigger->supportingImages.contains(si.data.image.id)
                    && !session.operations()->unfinishedFor(Resource::Instances, si.data.id)) {
                    session.operations()->submit(Operation::Kind::Resize,
                                                 InstancesApi::resize(si.data.id, bigger->id),
                                                 si.data.id, si.data.name, si.data.status);
                    ++resizes;
                    break;
                }
            }
        }
    }
    driveUntil(
            clock, client, [&] { return clock.nowMs() >= start + 10 * 60'000; }, 60'000);
    QList<int> perMinute(10, 0);
    int rateLimited = 0;
    for (const Simulator::Record &r : sim.log()) {
        const int minute = int((r.atMs - start) / 60'000);
        if (minute >= 0 && minute < 10)
            ++perMinute[minute];
        rateLimited += r.status == 429 ? 1 : 0;
    }
    int done = 0;
    for (const Operation &op : session.operations()->operations())
        done += op.state == Operation::State::Done ? 1 : 0;
    out << "10 minutes with " << creates << " creates and " << resizes
        << " spec changes (auto refresh 60 s): requests per minute";
    for (int n : perMinute)
        out << ' ' << n;
    out << "; highest " << *std::max_element(perMinute.begin(), perMinute.end())
        << "/min of the 60/min budget; 429s " << rateLimited << "; done " << done << " of "
        << session.operations()->operations().size() << '\n';
}

//! What following one change costs on an account of \a servers servers: the requests from the
//! moment the change is accepted until the console shows it done (auto refresh off, so only the
//! tracker asks).
static void trackedChangeCost(QTextStream &out, int servers)
{
    ManualClock clock(1'790'000'000'000);
    SimOptions options;
    options.seed = 5;
    options.instanceCount = servers;
    options.transitionMs = 8000;
    options.requestsPerMinute = 60;
    Simulator sim(options, &clock);
    if (!sim.listen(0))
        return;
    ApiClient client(&clock);
    client.setRandomSeed(7);
    client.setEndpoint(sim.endpoint());
    client.setCredentials(Credentials {sim.accessKey(), sim.secretKey()});
    AccountSession session(&client, false);
    session.setAutoRefreshMs(0);
    ResourceStore *store = session.store(Resource::Instances);
    store->refresh();
    driveUntil(
            clock, client, [&] { return store->hasData() && !store->isLoading(); }, 60'000);
    // Let the seeded transitions end and nothing be on its way.
    clock.advanceMs(60'000);
    driveUntil(
            clock, client, [&] { return client.attemptsInFlight() == 0; }, 10'000);
    QString offId;
    for (const SimInstance &si : sim.state().instances) {
        if (si.data.status == u"off"_s && si.finalStatus.isEmpty())
            offId = si.data.id;
    }
    const qsizetype before = sim.log().size();
    session.operations()->submit(Operation::Kind::Start, InstancesApi::start(offId), offId,
                                 u"bench"_s, u"off"_s);
    driveUntil(
            clock, client, [&] { return session.operations()->inProgress() == 0; }, 120'000);
    int listings = 0;
    int details = 0;
    for (qsizetype i = before; i < sim.log().size(); ++i) {
        const Simulator::Record &r = sim.log().at(i);
        if (r.method != u"GET"_s)
            continue;
        listings += r.path == u"/v1/instances"_s ? 1 : 0;
        details += r.path == u"/v1/instances/"_s + offId ? 1 : 0;
    }
    out << "one tracked start on " << servers << " servers: " << (listings + details)
        << " requests to follow it (" << listings << " listing pages, " << details
        << " details)\n";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"iwinv.*.info=false"_s);
    QTextStream out(stdout);
    const qint64 sessionMs = 10 * 60'000;

    ManualClock clock(1'790'000'000'000);
    SimOptions options;
    options.seed = 11;
    options.instanceCount = 40;
    options.transitionMs = 8000;
    options.requestsPerMinute = 60; // the real server's limit
    Simulator sim(options, &clock);
    if (!sim.listen(0))
        return 1;
    ApiClient client(&clock);
    client.setRandomSeed(7);
    client.setEndpoint(sim.endpoint());
    client.setCredentials(Credentials {sim.accessKey(), sim.secretKey()});
    AccountSession session(&client, false);
    session.setAutoRefreshMs(AccountSession::kDefaultRefreshMs);

    int peakBudget = 0;
    QObject::connect(&client, &ApiClient::requestSent, &client, [&](const QString &) {
        peakBudget = std::max(peakBudget, client.scheduler()->requestsInLastMinute());
    });

    const qint64 start = clock.nowMs();
    session.store(Resource::Instances)->refresh();
    QRandomGenerator person(3);
    qint64 nextAction = start + 20'000;
    int actions = 0;
    QStringList actionLog;
    while (clock.nowMs() - start < sessionMs) {
        const qint64 target = std::min(nextAction, start + sessionMs);
        driveUntil(
                clock, client, [&] { return clock.nowMs() >= target; }, 60'000);
        if (clock.nowMs() - start >= sessionMs)
            break;
        // The person does something.
        ++actions;
        const int roll = int(person.bounded(5));
        const SimInstance *pick = nullptr;
        const QString wanted = roll == 1 ? u"off"_s : u"active"_s;
        for (const SimInstance &si : sim.state().instances) {
            if (si.data.status == wanted && person.bounded(3) == 0) {
                pick = &si;
                break;
            }
        }
        if (roll == 0 || !pick) {
            session.store(Resource::Instances)->refresh();
            actionLog << u"refresh"_s;
        } else if (roll == 1) {
            session.operations()->submit(Operation::Kind::Start, InstancesApi::start(pick->data.id),
                                         pick->data.id, pick->data.name, pick->data.status);
            actionLog << u"start"_s;
        } else if (roll == 2) {
            session.operations()->submit(Operation::Kind::Shutdown,
                                         InstancesApi::shutdown(pick->data.id), pick->data.id,
                                         pick->data.name, pick->data.status);
            actionLog << u"shutdown"_s;
        } else if (roll == 3) {
            session.operations()->submit(Operation::Kind::Reboot,
                                         InstancesApi::reboot(pick->data.id), pick->data.id,
                                         pick->data.name, pick->data.status);
            actionLog << u"reboot"_s;
        } else {
            client.send(InstancesApi::detail(pick->data.id), &session, [](const ApiResult &) {});
            actionLog << u"detail"_s;
        }
        nextAction = clock.nowMs() + 20'000 + person.bounded(20'000);
    }

    QList<int> perMinute(10, 0);
    int rateLimited = 0;
    for (const Simulator::Record &r : sim.log()) {
        const int minute = int((r.atMs - start) / 60'000);
        if (minute >= 0 && minute < 10)
            ++perMinute[minute];
        rateLimited += r.status == 429 ? 1 : 0;
    }
    int steady = 0;
    for (int m = 1; m < 10; ++m)
        steady = std::max(steady, perMinute.at(m));
    double average = 0;
    for (int m = 1; m < 10; ++m)
        average += perMinute.at(m);
    average /= 9.0;

    out << "Simulated session: 10 min on the injected clock, 40 servers, auto refresh 60 s"
        << " (10 s while a server is changing), " << actions << " actions by the person ("
        << actionLog.join(u", "_s) << ")\n";
    out << "requests per minute:";
    for (int n : perMinute)
        out << ' ' << n;
    out << "\nsteady state (minutes 2-10): average " << QString::number(average, 'f', 1)
        << "/min, highest " << steady << "/min = " << QString::number(100.0 * steady / 60.0, 'f', 0)
        << "% of the 60/min budget\n";
    out << "peak of the budget meter (requests in any 60 s): " << peakBudget << " of 60\n";
    out << "429 answers received: " << rateLimited << '\n';
    out << "operations finished: ";
    int done = 0;
    for (const Operation &op : session.operations()->operations())
        done += op.state == Operation::State::Done ? 1 : 0;
    out << done << " of " << session.operations()->operations().size() << '\n';
    trackedChangeCost(out, 40);
    trackedChangeCost(out, 300);
    createsAndResizes(out);
    return rateLimited == 0 ? 0 : 2;
}
