#pragma once

#include "domain/flavor.h"
#include "domain/instance.h"

#include <QList>

//! What the servers that exist cost a month, from their specs' prices (VAT excluded): each
//! server's price, the total, and what stopped servers still cost (the reference: "Service fee
//! will still be charged while the server is powered off"). Block storage is not in it: the API
//! gives no storage price.
class RunningCost
{
public:
    struct Server
    {
        QString id;
        QString name;
        QString status;
        QString spec; //!< the spec's name
        qint64 monthly = 0; //!< KRW a month, VAT excluded
        bool priced = false; //!< false when its spec or the spec's price is unknown
        bool stopped = false;
    };

    QList<Server> servers; //!< the most expensive first
    qint64 total = 0;
    qint64 stoppedTotal = 0;
    int stoppedCount = 0;
    int unpriced = 0; //!< servers whose price is unknown (not in the totals)

    //! \a instances priced with \a flavors (by spec id).
    [[nodiscard]] static RunningCost of(const QList<Instance> &instances,
                                        const QList<Flavor> &flavors);
    //! The monthly price of \a flavor, as the spec tables read it (Pricing::monthly).
    [[nodiscard]] static Price monthlyPrice(const Flavor &flavor);
};
