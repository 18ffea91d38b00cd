#pragma once

#include <QWidget>

class AccountSession;
class BillDetailPane;
class BillListView;
class BillModel;
class ServerCostView;
class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

//! Where the money goes and where the month is heading: the live bill (month to date, without
//! and with VAT, when it was read), the month-end projection against the budget, what the
//! servers cost a month and what stopped ones still cost; the monthly bills as a chart (a click
//! opens that month's bill) and this month's burn line; the bills and payments with the
//! server's date and amount filters and client-side type and payment filters; a bill's items,
//! linked to their resources; CSV of bills and items, PNG of the charts.
class BillingPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Overview, Bills, Servers };

    explicit BillingPage(AccountSession *session, QWidget *parent = nullptr);
    ~BillingPage() override;

    //! The page came on screen (or went): reads what it lacks, follows the auto refresh.
    void setShown(bool shown);
    //! F5: the live bill and the bills again.
    void refresh();
    void showTab(Tab tab);
    //! Selects bill \a billId in the list (and reads its detail).
    bool selectBill(const QString &billId);
    [[nodiscard]] QString currentBillId() const;
    void setWithVat(bool withVat);
    [[nodiscard]] bool withVat() const;

    //! Writes the bills as listed (filters applied) and the items of those whose details were
    //! read as CSV.
    bool exportCsv(const QString &billsPath, const QString &itemsPath, QString *error) const;
    //! How many of the listed bills have their items in the CSV (their details were read).
    [[nodiscard]] int itemsExported() const;
    //! Saves the overview's charts as PNG files \a monthlyPath and \a burnPath, and the open
    //! bill's breakdown as \a billStem-kinds.png and -items.png.
    bool exportCharts(const QString &monthlyPath, const QString &burnPath,
                      const QString &billStem = QString()) const;
    void exportWithDialog();

    // What tests and screenshots look at.
    [[nodiscard]] QChartView *monthlyChart() const { return m_monthly; }
    [[nodiscard]] QChartView *burnChart() const { return m_burn; }
    [[nodiscard]] BillDetailPane *detail() const;
    [[nodiscard]] BillModel *bills() const;
    [[nodiscard]] QTableView *billTable() const;
    [[nodiscard]] QTableWidget *serverTable() const;
    [[nodiscard]] QString liveText() const;
    [[nodiscard]] QString projectionText() const;
    [[nodiscard]] QString costText() const;
    [[nodiscard]] QString listMessage() const;

Q_SIGNALS:
    //! A bill item or a server was chosen: select it on its page.
    void openResource(const QString &id);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildCards();
    QWidget *buildOverview();
    enum class Charts { Monthly, Burn, Both };
    void updateLive();
    void updateNote();
    void updateCharts(Charts which);
    void updateBurn();
    void askBudget();

    AccountSession *m_session;
    BillListView *m_list;
    ServerCostView *m_costs;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_live = nullptr;
    QLabel *m_projection = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_samplesNote = nullptr;
    QCheckBox *m_vat = nullptr;
    QPushButton *m_budget = nullptr;
    QChartView *m_monthly = nullptr;
    QChartView *m_burn = nullptr;
    bool m_shown = false;
    bool m_stale = false; //!< servers or specs changed while hidden
    bool m_chartsStale = false; //!< charts not drawn while hidden
};
