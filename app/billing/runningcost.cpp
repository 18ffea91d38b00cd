#include "runningcost.h"

#include "domain/pricing.h"
#include "domain/status.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

Price RunningCost::monthlyPrice(const Flavor &flavor)
{
    return Pricing::monthly(flavor); // the spec table's rule, so both say the same
}

RunningCost RunningCost::of(const QList<Instance> &instances, const QList<Flavor> &flavors)
{
    QHash<QString, const Flavor *> byId;
    byId.reserve(flavors.size());
    for (const Flavor &f : flavors)
        byId.insert(f.id, &f);
    RunningCost cost;
    cost.servers.reserve(instances.size());
    for (const Instance &in : instances) {
        Server s;
        s.id = in.id;
        s.name = in.name.isEmpty() ? in.id : in.name;
        s.status = in.status;
        s.spec = in.flavor.name.isEmpty() ? in.flavor.id : in.flavor.name;
        s.stopped = Status::server(in.status) == Status::Server::Off;
        if (const Flavor *f = byId.value(in.flavor.id)) {
            const Price p = monthlyPrice(*f);
            s.priced = p.known;
            s.monthly = p.known ? p.price : 0;
        }
        if (s.stopped)
            ++cost.stoppedCount;
        if (s.priced) {
            cost.total += s.monthly;
            if (s.stopped)
                cost.stoppedTotal += s.monthly;
        } else {
            ++cost.unpriced;
        }
        cost.servers.append(s);
    }
    std::stable_sort(cost.servers.begin(), cost.servers.end(),
                     [](const Server &a, const Server &b) { return a.monthly > b.monthly; });
    return cost;
}
