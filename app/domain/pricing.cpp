#include "pricing.h"

using namespace Qt::StringLiterals;

namespace Pricing {

namespace {
Price pick(const Flavor &f, Period wanted)
{
    // A price whose type says so, then one whose key means it and whose type says nothing.
    for (const Price *p : {&f.full, &f.partial}) {
        if (p->known && periodOf(p->type) == wanted)
            return *p;
    }
    if (f.full.known && periodOf(f.full, Period::Month) == wanted)
        return f.full;
    if (f.partial.known && periodOf(f.partial, Period::Hour) == wanted)
        return f.partial;
    return {};
}
} // namespace

Period periodOf(const QString &type)
{
    const QString t = type.trimmed().toLower();
    if (t.isEmpty())
        return Period::Unstated;
    if (t == u"month"_s || t == u"monthly"_s)
        return Period::Month;
    if (t == u"hour"_s || t == u"hourly"_s)
        return Period::Hour;
    if (t == u"day"_s || t == u"daily"_s)
        return Period::Day;
    return Period::Other;
}

Period periodOf(const Price &price, Period byKey)
{
    const Period stated = periodOf(price.type);
    return stated == Period::Unstated ? byKey : stated;
}

Price monthly(const Flavor &flavor)
{
    return pick(flavor, Period::Month);
}

Price hourly(const Flavor &flavor)
{
    return pick(flavor, Period::Hour);
}

} // namespace Pricing
