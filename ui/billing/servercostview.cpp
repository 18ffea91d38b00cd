#include "servercostview.h"

#include "billcharts.h"
#include "billing/runningcost.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "session/accountsession.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServerCostView::ServerCostView(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    QWidget *page = this;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stoppedOnly = new QCheckBox(tr("Only stopped servers (still billed)"), page);
    m_stoppedOnly->setObjectName(u"stoppedOnly"_s);
    m_servers = new QTableWidget(page);
    m_servers->setObjectName(u"serverCosts"_s);
    m_servers->setColumnCount(5);
    m_servers->setHorizontalHeaderLabels(
            {tr("Server"), tr("Status"), tr("Spec"), tr("A month"), tr("A month with VAT")});
    m_servers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_servers->verticalHeader()->hide();
    m_servers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_servers->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *note = new QLabel(page);
    note->setObjectName(u"serverCostNote"_s);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setText(tr("From each server's spec price. Block storage and traffic are billed on top: "
                     "the iwinv API gives no price for them. Double-click a server to open it."));
    layout->addWidget(m_stoppedOnly);
    layout->addWidget(m_servers, 1);
    layout->addWidget(note);
    connect(m_stoppedOnly, &QCheckBox::toggled, this, &ServerCostView::update);
    connect(m_servers, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_servers->item(row, 0))
            Q_EMIT openResource(item->data(Qt::UserRole).toString());
    });
    update();
}

void ServerCostView::showStoppedOnly(bool only)
{
    m_stoppedOnly->setChecked(only);
}

void ServerCostView::update()
{
    const RunningCost cost
            = RunningCost::of(m_session->instances()->items(), m_session->flavors()->items());
    m_servers->setSortingEnabled(false);
    m_servers->setRowCount(0);
    for (const RunningCost::Server &s : cost.servers) {
        if (m_stoppedOnly->isChecked() && !s.stopped)
            continue;
        const int row = m_servers->rowCount();
        m_servers->insertRow(row);
        auto *name = new QTableWidgetItem(s.name);
        name->setData(Qt::UserRole, s.id);
        m_servers->setItem(row, 0, name);
        m_servers->setItem(row, 1, new QTableWidgetItem(StatusText::instance(s.status)));
        m_servers->setItem(row, 2, new QTableWidgetItem(s.spec));
        const QString unknown = tr("no price known");
        auto *monthly = new QTableWidgetItem(s.priced ? Format::money(s.monthly) : unknown);
        auto *withVatItem = new QTableWidgetItem(
                s.priced ? Format::money(BillCharts::shown(s.monthly, true)) : unknown);
        for (QTableWidgetItem *i : {monthly, withVatItem})
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_servers->setItem(row, 3, monthly);
        m_servers->setItem(row, 4, withVatItem);
    }
    m_servers->resizeColumnsToContents();
    m_servers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}
