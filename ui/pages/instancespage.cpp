#include "instancespage.h"

#include "errortext.h"
#include "models/instancemodel.h"
#include "models/roles.h"
#include "session/accountsession.h"
#include "ui_instancespage.h"

#include <QFont>
#include <QHeaderView>
#include <QSortFilterProxyModel>

InstancesPage::InstancesPage(AccountSession *session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InstancesPage>()), m_session(session),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);

    m_proxy->setSourceModel(session->instances());
    m_proxy->setSortRole(Roles::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_ui->instanceTable->setModel(m_proxy);
    m_ui->instanceTable->sortByColumn(int(InstanceModel::Column::Name), Qt::AscendingOrder);
    QHeaderView *header = m_ui->instanceTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->resizeSection(int(InstanceModel::Column::Name), 180);
    header->resizeSection(int(InstanceModel::Column::Spec), 180);
    header->resizeSection(int(InstanceModel::Column::Image), 200);
    m_ui->instanceTable->verticalHeader()->setDefaultSectionSize(
            m_ui->instanceTable->fontMetrics().height() + 10);

    connect(session, &AccountSession::loadingChanged, this, &InstancesPage::updateState);
    connect(session, &AccountSession::instancesRefreshed, this, &InstancesPage::updateState);
    connect(session, &AccountSession::refreshFailed, this, &InstancesPage::showError);
    connect(session->instances(), &QAbstractItemModel::rowsInserted, this,
            &InstancesPage::updateState);
    connect(session->instances(), &QAbstractItemModel::rowsRemoved, this,
            &InstancesPage::updateState);
    updateState();
}

InstancesPage::~InstancesPage() = default;

void InstancesPage::updateState()
{
    const int rows = m_session->instances()->rowCount();
    m_ui->countLabel->setText(rows > 0 ? tr("%n server(s)", nullptr, rows) : QString());
    QString state;
    if (rows == 0 && m_session->isLoading())
        state = tr("Loading…");
    else if (rows == 0 && m_session->lastError().isError())
        state = ErrorText::describe(m_session->lastError());
    else if (rows == 0 && m_session->lastRefreshMs() > 0)
        state = tr(
                "There are no servers yet. Servers you create in the iwinv console appear here.");
    else if (m_session->unreadableRows() > 0)
        state = tr("%n server(s) could not be read and are not shown.", nullptr,
                   m_session->unreadableRows());
    m_ui->stateLabel->setText(state);
    m_ui->stateLabel->setVisible(!state.isEmpty());
}

void InstancesPage::showError(const ApiError &)
{
    updateState();
}
