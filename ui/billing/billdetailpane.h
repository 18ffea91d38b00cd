#pragma once

#include "domain/bill.h"

#include <QWidget>

#include <optional>

class AccountSession;
class QChartView;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

//! One bill in full: its amounts without and with VAT, when it was paid, its invoice and tax
//! links (opened in the browser), its groups and items (each item that is still a resource of
//! the account links to it), and the bill broken down by kind of service and by item.
class BillDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit BillDetailPane(AccountSession *session, QWidget *parent = nullptr);

    //! Shows \a bill (a list row or its detail, with groups) or, without one, \a message.
    void showBill(const Bill *bill, const QString &message);
    [[nodiscard]] QTreeWidget *items() const { return m_items; }
    [[nodiscard]] QChartView *groupChart() const { return m_groups; }
    [[nodiscard]] QChartView *itemChart() const { return m_top; }
    [[nodiscard]] QString summary() const;

Q_SIGNALS:
    //! An item's resource was clicked: select it on its page.
    void openResource(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addLinks(const QStringList &urls, const QString &what);

    AccountSession *m_session;
    QLabel *m_summary;
    QLabel *m_links;
    QTreeWidget *m_items;
    QChartView *m_groups;
    QChartView *m_top;
    std::optional<Bill> m_bill; //!< what is shown (drawn again for another palette)
    QString m_message;
};
