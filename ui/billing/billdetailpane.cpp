#include "billdetailpane.h"

#include "billcharts.h"
#include "models/billmodel.h"
#include "models/blockstoragemodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "session/accountsession.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QSplitter>
#include <QToolTip>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum ItemRole { ServiceIdRole = Qt::UserRole + 1 };
}

BillDetailPane::BillDetailPane(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)), m_links(new QLabel(this)),
      m_items(new QTreeWidget(this)), m_groups(new QChartView(this)), m_top(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(u"billSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setObjectName(u"billLinks"_s);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_items->setObjectName(u"billItems"_s);
    m_items->setColumnCount(4);
    m_items->setHeaderLabels({tr("Group / item"), tr("Amount"), tr("Usage"), tr("Resource")});
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->setRootIsDecorated(true);
    m_items->setUniformRowHeights(true);
    connect(m_items, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(3, ServiceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openResource(id);
    });
    for (QChartView *view : {m_groups, m_top}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(220);
    }
    m_groups->setObjectName(u"groupChart"_s);
    m_top->setObjectName(u"itemChart"_s);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_groups, 1);
    charts->addWidget(m_top, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_links);
    layout->addWidget(m_items, 1);
    layout->addLayout(charts);
    showBill(nullptr, tr("Choose a bill to see its items."));
}

QString BillDetailPane::summary() const
{
    return m_summary->text();
}

void BillDetailPane::addLinks(const QStringList &urls, const QString &what)
{
    QStringList parts;
    for (int i = 0; i < urls.size(); ++i) {
        const QUrl url(urls.at(i));
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s))
            continue;
        const QString text = urls.size() > 1 ? u"%1 %2"_s.arg(what).arg(i + 1) : what;
        parts.append(u"<a href=\"%1\">%2</a>"_s.arg(
                url.toString(QUrl::FullyEncoded).toHtmlEscaped(), text.toHtmlEscaped()));
    }
    if (parts.isEmpty())
        return;
    const QString before = m_links->text();
    m_links->setText(before.isEmpty() ? parts.join(u" · "_s)
                                      : before + u" · "_s + parts.join(u" · "_s));
}

void BillDetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_bill) {
        const Bill bill = *m_bill;
        showBill(&bill, m_message);
    }
}

void BillDetailPane::showBill(const Bill *bill, const QString &message)
{
    m_bill = bill ? std::optional<Bill>(*bill) : std::nullopt;
    m_message = message;
    m_items->clear();
    m_links->clear();
    const QPalette pal = palette();
    if (!bill) {
        m_summary->setText(message);
        m_items->setVisible(false);
        m_groups->setVisible(false);
        m_top->setVisible(false);
        m_links->setVisible(false);
        return;
    }
    QStringList lines;
    lines << bill->name;
    //: %1 without VAT, %2 the VAT, %3 with VAT
    lines << tr("%1 + VAT %2 = %3")
                     .arg(Format::money(bill->price), Format::money(bill->vat),
                          Format::money(bill->paymentPrice));
    //: %1 and %2 are the first and last day billed
    lines << tr("Usage %1 – %2 · billed %3")
                     .arg(bill->usageStart.left(10), bill->usageEnd.left(10),
                          bill->billDate.left(10));
    lines << (BillModel::isUnpaid(*bill)         ? tr("Not paid yet")
                      : bill->datePaid.isEmpty() ? BillModel::paymentText(bill->paymentStatus)
                                                 : tr("Paid on %1").arg(bill->datePaid.left(10)));
    if (!message.isEmpty())
        lines << message;
    m_summary->setText(lines.join(u'\n'));
    addLinks(bill->invoiceUrls, tr("Invoice"));
    addLinks(bill->taxUrls, tr("Tax invoice"));
    m_links->setVisible(!m_links->text().isEmpty());
    const bool detailed = !bill->groups.isEmpty();
    m_items->setVisible(detailed);
    m_groups->setVisible(detailed);
    m_top->setVisible(detailed);
    if (!detailed)
        return;
    for (const BillGroup &g : bill->groups) {
        auto *group = new QTreeWidgetItem(m_items);
        //: a group of the bill and how many services it has
        group->setText(0, tr("%1 (%2)").arg(g.type).arg(g.count));
        group->setText(1, Format::money(g.subTotal));
        group->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const BillItem &i : g.items) {
            auto *item = new QTreeWidgetItem(group);
            item->setText(0, i.name.isEmpty() ? i.serviceId : i.name);
            item->setText(1, Format::money(i.price));
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            if (!i.usageStart.isEmpty())
                item->setText(2, u"%1 – %2"_s.arg(i.usageStart.left(10), i.usageEnd.left(10)));
            // An item whose resource still exists links to it.
            const bool exists = m_session->instances()->find(i.serviceId)
                    || m_session->volumes()->find(i.serviceId);
            if (exists) {
                item->setText(3, tr("Show"));
                item->setData(3, ServiceIdRole, i.serviceId);
                item->setToolTip(3, tr("Select %1 on its page (double-click)").arg(i.serviceId));
                QFont link = item->font(3);
                link.setUnderline(true);
                item->setFont(3, link);
                item->setForeground(3, pal.brush(QPalette::Link));
            } else {
                item->setText(3, i.serviceId);
            }
        }
    }
    m_items->expandAll();
    m_items->resizeColumnToContents(1);
    const QList<BillCharts::Part> groups = BillCharts::groups(*bill);
    const QList<BillCharts::Part> items = BillCharts::topItems(*bill);
    QChart *groupChart = BillCharts::groupDonut(groups, pal);
    QChart *itemChart = BillCharts::itemDonut(items, pal);
    // Exact amounts in the tooltips.
    for (QChart *chart : {groupChart, itemChart}) {
        for (QAbstractSeries *series : chart->series()) {
            auto *pie = qobject_cast<QPieSeries *>(series);
            if (!pie)
                continue;
            connect(pie, &QPieSeries::hovered, this, [](QPieSlice *slice, bool on) {
                if (!on) {
                    QToolTip::hideText();
                    return;
                }
                //: a part of the bill in its tooltip: its name and its amount
                QToolTip::showText(
                        QCursor::pos(),
                        tr("%1: %2").arg(slice->label(), Format::money(qint64(slice->value()))));
            });
        }
    }
    BillCharts::install(m_groups, groupChart);
    BillCharts::install(m_top, itemChart);
}
