#pragma once

#include "domain/bill.h"

#include <QAbstractTableModel>

//! The bills and payments as a table: bill date, name, type, payment status, the amount
//! without and with VAT, the VAT and the day it was paid; unpaid bills marked. The type and
//! payment filters are applied here (the server filters only dates and amounts).
class BillModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { BillDate, Name, Type, Payment, Price, Vat, Total, Paid, Count };
    enum Role { BillIdRole = Qt::UserRole + 1, UnpaidRole, SortRole };

    explicit BillModel(QObject *parent = nullptr);

    void setBills(const QList<Bill> &bills);
    //! Only bills of \a type ("regular", "prepaid"; empty: all) and payment \a status ("paid",
    //! "unpaid"; empty: all).
    void setFilter(const QString &type, const QString &status);
    [[nodiscard]] const Bill *billAt(int row) const;
    [[nodiscard]] int rowOf(const QString &billId) const;
    [[nodiscard]] const QList<Bill> &shown() const { return m_shown; }

    //! "Regular", "Prepaid", or the type as written.
    [[nodiscard]] static QString typeText(const QString &type);
    //! "Paid", "Unpaid", or the status as written.
    [[nodiscard]] static QString paymentText(const QString &status);
    [[nodiscard]] static bool isUnpaid(const Bill &bill);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void apply();

    QList<Bill> m_all;
    QList<Bill> m_shown;
    QString m_type;
    QString m_status;
};
