#include "connectioncheckdialog.h"

#include "connectiontext.h"
#include "ui_connectioncheckdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

ConnectionCheckDialog::ConnectionCheckDialog(ApiClient *client, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionCheckDialog>()), m_client(client),
      m_check(new ConnectionCheck(this))
{
    m_ui->setupUi(this);
    setObjectName(u"connectionCheckDialog"_s);
    m_ui->detailsTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->detailsTree->header()->setStretchLastSection(true);
    m_ui->copyButton->setEnabled(false);
    connect(m_check, &ConnectionCheck::finished, this, &ConnectionCheckDialog::showReport);
    connect(m_ui->runButton, &QPushButton::clicked, this, &ConnectionCheckDialog::run);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ConnectionCheckDialog::copyReport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionCheckDialog::reject);
}

ConnectionCheckDialog::~ConnectionCheckDialog() = default;

void ConnectionCheckDialog::run()
{
    if (m_check->isRunning())
        return;
    m_ui->verdictLabel->setText(tr("Checking: one signed request to the iwinv API…"));
    m_ui->runButton->setEnabled(false);
    m_check->run(m_client);
}

bool ConnectionCheckDialog::isRunning() const
{
    return m_check->isRunning();
}

QString ConnectionCheckDialog::verdictText() const
{
    return m_ui->verdictLabel->text();
}

void ConnectionCheckDialog::showReport(const ConnectionCheck::Report &report)
{
    m_ui->verdictLabel->setText(ConnectionText::verdict(report));
    m_ui->detailsTree->clear();
    for (const auto &[aspect, finding] : ConnectionText::details(report)) {
        auto *item = new QTreeWidgetItem(m_ui->detailsTree, {aspect, finding});
        item->setToolTip(1, finding);
    }
    m_reportText = ConnectionText::report(report);
    m_ui->copyButton->setEnabled(true);
    m_ui->runButton->setEnabled(true);
    Q_EMIT checked();
}

void ConnectionCheckDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_reportText);
}
