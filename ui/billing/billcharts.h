#pragma once

#include "billing/livesample.h"
#include "billing/projection.h"
#include "domain/bill.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class QChart;
class QChartView;
class QPalette;

//! The billing page's charts (Qt Charts), built from what the billing session holds: the
//! monthly bills as bars (VAT stacked on top when shown with VAT, unpaid months marked), one
//! bill broken down by group and by item (donuts: the largest items and "other"), and this
//! month's burn line with the month-end projection and its range. Readable in light and dark
//! palettes; exact amounts are in the tooltips the page shows.
class BillCharts
{
    Q_DECLARE_TR_FUNCTIONS(BillCharts)
public:
    static constexpr int kMaxMonths = 24;
    static constexpr int kTopItems = 8;

    //! One month's regular bill.
    struct Month
    {
        QString billId;
        QDate month; //!< the first day of the month it bills
        qint64 price = 0; //!< VAT excluded
        qint64 vat = 0;
        bool unpaid = false;
    };
    //! A part of one bill: a group, an item, or "other".
    struct Part
    {
        QString label;
        qint64 amount = 0; //!< VAT excluded
        QString serviceId; //!< the item's resource (INSTANCE-..., BLOCK-...); empty for groups
    };

    //! The regular bills of the last kMaxMonths months, oldest first (prepaid bills are not a
    //! month's spending and are left out).
    [[nodiscard]] static QList<Month> months(const QList<Bill> &bills);
    //! \a bill's groups, largest first.
    [[nodiscard]] static QList<Part> groups(const Bill &bill);
    //! \a bill's kTopItems largest items and, when there are more, "Other" with the rest.
    [[nodiscard]] static QList<Part> topItems(const Bill &bill);

    //! Monthly bars: paid months, unpaid ones in their own colour ("Not paid yet", and " •" after
    //! their label), the VAT stacked on top when shown with VAT.
    [[nodiscard]] static QChart *monthly(const QList<Month> &months, bool withVat,
                                         const QPalette &palette);
    //! \a parts as a donut with a legend of names and shares (the largest few and "other").
    [[nodiscard]] static QChart *donut(const QList<Part> &parts, const QString &title,
                                       const QPalette &palette);
    [[nodiscard]] static QChart *groupDonut(const QList<Part> &parts, const QPalette &palette);
    [[nodiscard]] static QChart *itemDonut(const QList<Part> &parts, const QPalette &palette);
    //! This month so far (one point per sample, by day of the month) and the dashed line to
    //! the projected month end with its range; the budget as a line when set.
    [[nodiscard]] static QChart *burn(const QList<LiveSample> &samples,
                                      const Projection &projection, qint64 nowMs,
                                      std::optional<qint64> budget, bool withVat,
                                      const QPalette &palette);
    //! Puts \a chart in \a view and deletes the one it showed (a view does not).
    static void install(QChartView *view, QChart *chart);
    //! \a amount with Korea's 10% VAT added when \a withVat.
    [[nodiscard]] static qint64 shown(qint64 amount, bool withVat);
    //! The category label of \a month ("26-11", with " •" when unpaid).
    [[nodiscard]] static QString label(const Month &month);
};
