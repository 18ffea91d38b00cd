#pragma once

#include "livesample.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

//! Where this month's bill is heading: from the live-bill samples of the month (the estimate
//! from the first of the month to when it was read), and early in the month from the last bill.
//! Months are KST months (iwinv's). Amounts are KRW, VAT excluded.
struct Projection
{
    enum class Basis {
        None, //!< nothing to project from
        Samples, //!< this month's samples
        LastBill, //!< too early in the month: the last bill
        Blend, //!< a few samples, weighed with the last bill
    };
    enum class Certainty { Low, Medium, High };

    Basis basis = Basis::None;
    Certainty certainty = Certainty::Low;
    qint64 expected = 0; //!< the month-end amount
    qint64 low = 0; //!< the range it is likely to end in
    qint64 high = 0;
    qint64 monthToDate = 0; //!< the latest sample (0 without one)
    //! Why it is not more certain, each a translated sentence (few samples, a change of the
    //! spending rate during the month, a gap in the readings, ...).
    QStringList reasons;

    [[nodiscard]] bool isValid() const { return basis != Basis::None; }
};

class BillProjection
{
    Q_DECLARE_TR_FUNCTIONS(BillProjection)
public:
    //! The projection for the month containing \a nowMs (KST) from \a samples (any order; only
    //! those of that month count) and the last bill's amount (VAT excluded) when known.
    [[nodiscard]] static Projection project(const QList<LiveSample> &samples, qint64 nowMs,
                                            std::optional<qint64> lastBill);
    //! The first day of the KST month containing \a ms.
    [[nodiscard]] static QDate monthOf(qint64 ms);
    //! How much of that KST month has passed at \a ms, 0..1.
    [[nodiscard]] static double elapsedFraction(qint64 ms);
};
