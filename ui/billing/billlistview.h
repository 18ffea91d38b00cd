#pragma once

#include <QWidget>

class AccountSession;
class BillDetailPane;
class BillModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

//! The billing page's bills and payments: the server's date and amount filters (EMPTY_SET is
//! "no bills match") and the type and payment filters of the console, the bills as a table
//! (unpaid ones marked), and the chosen bill's detail (read when chosen, then cached).
class BillListView final : public QWidget
{
    Q_OBJECT
public:
    explicit BillListView(AccountSession *session, QWidget *parent = nullptr);

    //! Selects bill \a billId (and reads its detail); false when it is not listed.
    bool selectBill(const QString &billId);
    [[nodiscard]] QString currentBillId() const { return m_billId; }
    //! What the list says instead of bills (loading, an error, no bills match); empty when none.
    [[nodiscard]] QString listMessage() const;
    [[nodiscard]] BillModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    [[nodiscard]] BillDetailPane *detail() const { return m_detail; }
    //! Another account: no bill chosen, the filters cleared.
    void reset();
    void updateList();
    void updateDetail();

Q_SIGNALS:
    //! A bill item's resource was chosen: select it on its page.
    void openResource(const QString &id);

private:
    void applyFilters();

    AccountSession *m_session;
    BillModel *m_model;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_minPrice = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_payment = nullptr;
    QLabel *m_listMessage = nullptr;
    QTableView *m_table = nullptr;
    BillDetailPane *m_detail = nullptr;
    QString m_billId;
};
