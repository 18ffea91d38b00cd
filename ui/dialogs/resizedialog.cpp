#include "resizedialog.h"

#include "api/instancesapi.h"
#include "changesubmitter.h"
#include "domain/pricing.h"
#include "formfeedback.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "models/specchoicemodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "session/serverplan.h"
#include "ui_resizedialog.h"
#include "widgets/viewchoice.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

ResizeDialog::ResizeDialog(AccountSession *session, const QString &instanceId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ResizeDialog>()), m_session(session),
      m_instanceId(instanceId), m_submitter(new ChangeSubmitter(session->operations(), this)),
      m_specs(new SpecChoiceModel(this)), m_proxy(new ResourceFilterProxy(this))
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    if (const Instance *in = session->instances()->find(instanceId)) {
        m_name = in->name;
        m_status = in->status;
    }
    //: %1 is the server's name
    m_ui->introLabel->setText(tr("Choose the new spec of '%1'. Only specs of its zone that "
                                 "support its image are offered.")
                                      .arg(m_name));
    m_ui->noteLabel->setText(
            tr("While the spec changes, the server shows 'Working' and its services may be "
               "unavailable; when it is done it returns to the state it had. The iwinv API does "
               "not say whether the server restarts. A spec with a smaller disk may be refused."));
    m_resize = m_ui->buttonBox->addButton(tr("Change spec"), QDialogButtonBox::AcceptRole);
    m_resize->setObjectName(QStringLiteral("resizeButton"));
    m_resize->setAutoDefault(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);

    m_proxy->setSourceModel(m_specs);
    m_choice = new ViewChoice(m_ui->specTable, m_proxy, this);
    m_ui->specTable->verticalHeader()->hide();
    m_ui->specTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->specTable->setWordWrap(false);
    // The type is the filter above the table; a spec that cannot be chosen says so by its name.
    m_ui->specTable->setColumnHidden(int(SpecChoiceModel::Column::Type), true);
    m_ui->specTable->setColumnHidden(int(SpecChoiceModel::Column::Availability), true);
    m_ui->specTable->sortByColumn(int(SpecChoiceModel::Column::Monthly), Qt::AscendingOrder);
    // Only the person's own choice, never a neighbour the table moves to when a row leaves.
    connect(m_choice, &ViewChoice::chosen, this, &ResizeDialog::chooseSpec);
    connect(m_choice, &ViewChoice::hidden, this, [this] {
        m_choice->select(QString());
        m_chosen = Flavor();
        update();
    });
    auto *grid = static_cast<QGridLayout *>(m_ui->compareBox->layout());
    const QStringList headers = {QString(), tr("Now"), tr("After")};
    for (int c = 0; c < 3; ++c) {
        auto *h = new QLabel(headers.at(c), m_ui->compareBox);
        QFont bold = h->font();
        bold.setBold(true);
        h->setFont(bold);
        grid->addWidget(h, 0, c);
    }
    const QStringList rows = {tr("Spec"),
                              tr("vCPU"),
                              tr("Memory"),
                              tr("Disk"),
                              tr("Monthly (excl. VAT)"),
                              tr("Monthly (incl. VAT)")};
    for (int r = 0; r < rows.size(); ++r) {
        grid->addWidget(new QLabel(rows.at(r), m_ui->compareBox), r + 1, 0);
        for (int c = 1; c < 3; ++c) {
            auto *value = new QLabel(m_ui->compareBox);
            value->setTextFormat(Qt::PlainText);
            grid->addWidget(value, r + 1, c);
            m_compare.append(value);
        }
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResizeDialog::resize);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    FormFeedback::follow(m_submitter, this, m_ui->messageLabel);
    connect(m_submitter, &ChangeSubmitter::refused, this, &ResizeDialog::update);
    connect(m_submitter, &ChangeSubmitter::settled, this, &ResizeDialog::update);
    session->store(Resource::Flavors)->refreshIfStale();
    connect(session->store(Resource::Flavors), &ResourceStore::refreshed, this,
            &ResizeDialog::fill);
    fill();
}

ResizeDialog::~ResizeDialog() = default;

void ResizeDialog::fill()
{
    const Instance *in = m_session->instances()->find(m_instanceId);
    if (!in)
        return;
    const Flavor *current = m_session->flavors()->find(in->flavor.id);
    if (current) {
        m_current = *current;
    } else {
        // Not listed (any more): what the server itself says of it.
        m_current.id = in->flavor.id;
        m_current.name = in->flavor.name;
        m_current.vcpu = in->flavor.vcpu;
        m_current.memoryGb = in->flavor.memoryGb;
        m_current.diskGb = in->flavor.diskGb;
    }
    QList<Flavor> offered;
    for (const Flavor &f : ServerPlan::specsIn(m_session->flavors()->items(), in->zoneId)) {
        if (f.id != in->flavor.id && f.supportingImages.contains(in->image.id))
            offered.append(f);
    }
    m_specs->merge(offered);
    if (!m_chosen.id.isEmpty()) {
        const Flavor *still = m_specs->find(m_chosen.id);
        m_chosen = still && SpecChoiceModel::isChoosable(*still) ? *still : Flavor();
        m_choice->select(m_chosen.id);
    }
    update();
}

bool ResizeDialog::chooseSpec(const QString &flavorId)
{
    const Flavor *f = m_specs->find(flavorId);
    if (!f || !SpecChoiceModel::isChoosable(*f) || !m_choice->select(flavorId)) {
        m_choice->select(m_chosen.id); // the choice stays as it was
        return false;
    }
    m_chosen = *f;
    update();
    return true;
}

QStringList ResizeDialog::comparison() const
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < m_compare.size(); i += 2)
        out.append(m_compare.at(i)->text() + u" → "_s + m_compare.at(i + 1)->text());
    return out;
}

void ResizeDialog::update()
{
    auto values = [](const Flavor &f) {
        if (f.id.isEmpty())
            return QStringList(6, QString());
        const Price month = Pricing::monthly(f);
        return QStringList {f.name.isEmpty() ? f.id : f.name,
                            QString::number(f.vcpu),
                            Format::gigabytes(f.memoryGb),
                            Format::gigabytes(f.diskGb),
                            month.known ? Format::money(month.price) : tr("Unknown"),
                            month.known ? Format::money(month.total) : tr("Unknown")};
    };
    const QStringList now = values(m_current);
    const QStringList after = values(m_chosen);
    for (int r = 0; r < 6; ++r) {
        m_compare.at(r * 2)->setText(now.at(r));
        m_compare.at(r * 2 + 1)->setText(after.at(r));
    }
    QString difference;
    const Price monthAfter = Pricing::monthly(m_chosen);
    const Price monthNow = Pricing::monthly(m_current);
    if (!m_chosen.id.isEmpty() && monthAfter.known && monthNow.known) {
        const qint64 delta = monthAfter.price - monthNow.price;
        const qint64 deltaVat = monthAfter.total - monthNow.total;
        difference = delta >= 0
                //: %1 and %2 are amounts a month, without and with VAT
                ? tr("The server will cost %1 more a month (%2 incl. VAT).")
                          .arg(Format::money(delta), Format::money(deltaVat))
                : tr("The server will cost %1 less a month (%2 incl. VAT).")
                          .arg(Format::money(-delta), Format::money(-deltaVat));
    }
    m_ui->differenceLabel->setText(difference);
    m_resize->setEnabled(!m_chosen.id.isEmpty() && m_submitter->canSend());
}

void ResizeDialog::resize()
{
    if (!m_resize->isEnabled())
        return;
    Change change;
    change.resource = Resource::Instances;
    change.kind = Operation::Kind::Resize;
    change.targetId = m_instanceId;
    change.name = m_name;
    change.currentStatus = m_status;
    change.expected = m_chosen.id;
    change.replaced = m_current.id;
    if (!m_submitter->submit(change, InstancesApi::resize(m_instanceId, m_chosen.id))) {
        FormFeedback::showMessage(
                m_ui->messageLabel,
                tr("Another change of this server is on its way: try again when it has ended."),
                true);
        return;
    }
    FormFeedback::showMessage(m_ui->messageLabel, tr("Sending…"), false);
    update();
}
