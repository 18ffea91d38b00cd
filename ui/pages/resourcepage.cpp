#include "resourcepage.h"

#include "util/filewrite.h"

#include "api/apiclient.h"
#include "errortext.h"
#include "models/csvexport.h"
#include "models/format.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "ui_resourcepage.h"
#include "util/clock.h"
#include "viewstate.h"
#include "widgets/clipboardguard.h"
#include "widgets/detailview.h"
#include "widgets/facetbar.h"
#include "widgets/statusdelegate.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

ResourcePage::ResourcePage(AccountSession *session, PageSpec spec, ClipboardGuard *clipboard,
                           QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ResourcePage>()), m_session(session),
      m_spec(std::move(spec)), m_clipboard(clipboard), m_proxy(new ResourceFilterProxy(this)),
      m_detail(new DetailView(clipboard, this)), m_facets(new FacetBar(m_spec.facets, this)),
      m_saveTimer(new QTimer(this)), m_facetTimer(new QTimer(this)), m_ageTimer(new QTimer(this)),
      m_detailTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setObjectName(m_spec.key + u"Page"_s);
    m_ui->table->setObjectName(m_spec.key + u"Table"_s);
    m_ui->titleLabel->setText(m_spec.title);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    m_ui->detailArea->setWidget(m_detail);
    m_detail->setPlaceholder(tr("Select a row to see its details."));

    m_proxy->setSourceModel(m_spec.model);
    // Connected before the view's selection model exists, so it runs first: when the current
    // row leaves, Qt would move the selection to a neighbour the person never chose.
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int row = m_ui->table->currentIndex().row();
                m_currentLeaving = row >= first && row <= last;
            });
    m_ui->table->setModel(m_proxy);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_currentLeaving)
            forgetCurrent();
    });
    // A fresh filter (a search) drops the current index silently when its row is hidden.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (!m_currentId.isEmpty() && !m_ui->table->currentIndex().isValid())
            forgetCurrent();
    });
    for (int column : std::as_const(m_spec.statusColumns))
        m_ui->table->setItemDelegateForColumn(column, new StatusDelegate(m_ui->table));
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(130);
    header->resizeSection(m_spec.nameColumn, 190);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 10);
    m_ui->table->sortByColumn(m_spec.nameColumn, Qt::AscendingOrder);
    for (int column : std::as_const(m_spec.hiddenByDefault))
        header->setSectionHidden(column, true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({860, 360});
    m_ui->stateLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_ui->filterLayout->insertWidget(m_ui->filterLayout->count() - 1, m_facets);
    connect(m_facets, &FacetBar::changed, this, [this](int role, const QString &value) {
        m_proxy->setFacet(role, value.isEmpty() ? QStringList() : QStringList {value});
        updateState();
        if (!m_restoring)
            scheduleSave();
    });
    buildColumnMenu();
    restoreViewState();
    m_proxy->setSearchColumns(visibleColumns());

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &ResourcePage::saveViewState);
    connect(header, &QHeaderView::sectionResized, this, &ResourcePage::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &ResourcePage::scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ResourcePage::scheduleSave);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this, &ResourcePage::scheduleSave);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy,
            &ResourceFilterProxy::setSearchText);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &ResourcePage::updateState);
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, [this] {
        m_ui->searchEdit->clear();
        m_facets->clear();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ResourcePage::focusSearch);
    auto *copy = new QShortcut(QKeySequence::Copy, m_ui->table);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &ResourcePage::copySelectedRows);
    m_ui->searchEdit->installEventFilter(this);

    connect(m_ui->exportButton, &QToolButton::clicked, this, &ResourcePage::exportWithDialog);
    connect(m_ui->table, &QTableView::customContextMenuRequested, this,
            &ResourcePage::showContextMenu);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_currentLeaving)
                    return; // the neighbour Qt moves to while the current row leaves
                const QString id
                        = current.isValid() ? current.data(Roles::IdRole).toString() : QString();
                if (id != m_currentId) {
                    m_detail->forgetSecrets(); // another resource's secrets are never shown
                    // Rows older than the refresh interval: this one is read afresh, once.
                    if (!id.isEmpty() && m_spec.store->isStale() && !m_freshened.contains(id)
                        && m_session->refreshDetail(m_spec.resource, id))
                        m_freshened.insert(id);
                }
                m_currentId = id;
                updateDetail();
                Q_EMIT currentIdChanged();
            });
    connect(m_detail, &DetailView::secretWanted, this, [this](const QString &key, bool) {
        if (!m_spec.readSecret || m_currentId.isEmpty())
            return;
        const QString id = m_currentId;
        m_spec.readSecret(id, key, this,
                          [this, id, key](const QString &value, const QString &error,
                                          const QHash<QString, QString> &alongside) {
                              if (id != m_currentId)
                                  return; // another server is shown now: nothing is kept
                              m_detail->provideAlongside(alongside);
                              m_detail->provideSecret(key, value, error);
                          });
    });

    // Data: the detail follows its row through refreshes; states follow the store.
    m_facetTimer->setSingleShot(true);
    m_facetTimer->setInterval(0);
    connect(m_facetTimer, &QTimer::timeout, this, &ResourcePage::refillFacets);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_spec.model, signal, this, [this] {
            m_facetTimer->start();
            updateState();
            updateDetail();
        });
    }
    connect(m_spec.model, &QAbstractItemModel::modelReset, this, [this] {
        // Another account: the row that was open belongs to the previous one.
        m_currentId.clear();
        Q_EMIT currentIdChanged();
        m_facetTimer->start();
        updateState();
        updateDetail();
    });
    connect(m_spec.model, &QAbstractItemModel::dataChanged, this, [this] {
        m_facetTimer->start();
        updateDetail();
    });
    // A detail names other resources (a volume's server, a firewall's servers, a server's
    // volumes): when one of those changes, the open detail follows, once per burst of changes.
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(0);
    connect(m_detailTimer, &QTimer::timeout, this, &ResourcePage::updateDetail);
    for (QAbstractItemModel *other : m_session->models()) {
        if (other == m_spec.model)
            continue;
        const auto later = [this] { m_detailTimer->start(); };
        connect(other, &QAbstractItemModel::dataChanged, this, later);
        connect(other, &QAbstractItemModel::rowsInserted, this, later);
        connect(other, &QAbstractItemModel::rowsRemoved, this, later);
        connect(other, &QAbstractItemModel::modelReset, this, later);
    }
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourcePage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourcePage::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourcePage::updateState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ResourcePage::updateState);
    connect(m_spec.store, &ResourceStore::loadingChanged, this, &ResourcePage::updateState);
    connect(m_spec.store, &ResourceStore::refreshed, this, [this] {
        m_freshened.clear(); // a whole listing: every row is fresh again
        // First data and no widths of the person's own yet: fit the columns to it once.
        if (!m_fitted) {
            m_fitted = true;
            if (!ViewState::hasColumns(m_spec.key)) {
                m_ui->table->resizeColumnsToContents();
                QHeaderView *columns = m_ui->table->horizontalHeader();
                for (int c = 0; c < columns->count(); ++c)
                    columns->resizeSection(c, qBound(60, columns->sectionSize(c) + 12, 320));
            }
        }
        updateState();
        updateUpdatedLabel();
    });
    connect(m_spec.store, &ResourceStore::failed, this, &ResourcePage::updateState);
    connect(m_session->client(), &ApiClient::onlineChanged, this, &ResourcePage::updateState);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &ResourcePage::updateUpdatedLabel);
    m_ageTimer->start();
    refillFacets();
    updateState();
    updateUpdatedLabel();
}

ResourcePage::~ResourcePage() = default;

QTableView *ResourcePage::table() const
{
    return m_ui->table;
}

QString ResourcePage::stateText() const
{
    return m_ui->stateLabel->isHidden() ? QString() : m_ui->stateLabel->text();
}

QString ResourcePage::updatedText() const
{
    return m_ui->updatedLabel->text();
}

bool ResourcePage::eventFilter(QObject *watched, QEvent *event)
{
    // Escape in the search field: clear it and go back to the table.
    if (watched == m_ui->searchEdit && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        m_ui->searchEdit->clear();
        m_ui->table->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ResourcePage::addRowActions(const QList<QAction *> &actions, const QString &menuTitle)
{
    m_rowActions.append(actions);
    const int at = m_ui->headerLayout->indexOf(m_ui->updatedLabel);
    if (!menuTitle.isEmpty()) {
        auto *button = new QToolButton(this);
        button->setText(menuTitle);
        button->setObjectName(m_spec.key + u"MoreButton"_s);
        button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(button);
        menu->addActions(actions);
        button->setMenu(menu);
        m_ui->headerLayout->insertWidget(at, button);
        return;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->updatedLabel), button);
    }
}

void ResourcePage::setDetailDecorator(DetailDecorator decorator)
{
    m_decorator = std::move(decorator);
    updateDetail();
}

void ResourcePage::addPageActions(const QList<QAction *> &actions)
{
    m_pageActions.append(actions);
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        // First in the header, before the row's actions.
        m_ui->headerLayout->insertWidget(m_ui->headerLayout->indexOf(m_ui->titleLabel) + 1, button);
    }
}

void ResourcePage::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

QList<int> ResourcePage::visibleColumns() const
{
    const QHeaderView *header = m_ui->table->horizontalHeader();
    QList<int> out;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            out.append(logical);
    }
    return out;
}

void ResourcePage::setColumnVisible(int column, bool visible)
{
    m_ui->table->horizontalHeader()->setSectionHidden(column, !visible);
    m_proxy->setSearchColumns(visibleColumns());
    buildColumnMenu();
    scheduleSave();
}

bool ResourcePage::selectId(const QString &id)
{
    return selectIds({id});
}

bool ResourcePage::selectIds(const QStringList &ids)
{
    QItemSelection rows;
    QModelIndex current;
    qsizetype currentRank = ids.size();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, m_spec.nameColumn);
        const qsizetype rank = ids.indexOf(index.data(Roles::IdRole).toString());
        if (rank < 0)
            continue;
        rows.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
        if (rank < currentRank) {
            currentRank = rank;
            current = index;
        }
    }
    if (!current.isValid())
        return false;
    m_ui->table->setCurrentIndex(current); // the detail shows the first
    m_ui->table->selectionModel()->select(rows,
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(current);
    return true;
}

void ResourcePage::refillFacets()
{
    m_facets->refill([this](int role) { return m_proxy->facetValues(role); });
}

void ResourcePage::buildColumnMenu()
{
    auto *menu = m_ui->columnsButton->menu();
    if (!menu) {
        menu = new QMenu(m_ui->columnsButton);
        m_ui->columnsButton->setMenu(menu);
    }
    menu->clear();
    const QHeaderView *header = m_ui->table->horizontalHeader();
    for (int column = 0; column < m_spec.model->columnCount(); ++column) {
        QAction *action
                = menu->addAction(m_spec.model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name column always stays: a row must say what it is.
        action->setEnabled(column != m_spec.nameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            QTimer::singleShot(0, this, [this, column, on] { setColumnVisible(column, on); });
        });
    }
}

void ResourcePage::updateUpdatedLabel()
{
    const ResourceStore *store = m_spec.store;
    if (!store->hasData()) {
        m_ui->updatedLabel->setText(store->isLoading() ? tr("Loading…") : QString());
        return;
    }
    const qint64 age = m_session->client()->clock()->nowMs() - store->lastRefreshMs();
    //: %1 is an age such as "12 s ago"
    m_ui->updatedLabel->setText(tr("Updated %1").arg(Format::age(age)));
    m_ui->updatedLabel->setToolTip(Format::clockTime(
            QDateTime::fromMSecsSinceEpoch(store->lastRefreshMs()), Format::Detail::Seconds));
}

void ResourcePage::updateState()
{
    const ResourceStore *store = m_spec.store;
    const int rows = m_spec.model->rowCount();
    const int shown = m_proxy->rowCount();
    m_ui->countLabel->setText(!store->hasData()       ? QString()
                                      : shown == rows ? tr("%n item(s)", nullptr, rows)
                                                      : tr("%1 of %2").arg(shown).arg(rows));
    QString state;
    if (!store->hasData() && rows == 0) {
        if (store->isHeld())
            state = tr("Opening the account: reading its keys…");
        else if (!m_session->client()->isOnline())
            state = tr("Offline: nothing could be loaded yet. The console keeps trying and "
                       "fills this page as soon as the iwinv API answers.");
        else if (store->isLoading())
            state = tr("Loading…");
        else if (store->lastError().isError())
            state = ErrorText::describe(store->lastError()) + u' ' + tr("Press F5 to try again.");
    } else if (store->lastError().isError() && m_session->client()->isOnline()) {
        // The last refresh failed (offline has its own banner): say so over the older rows.
        state = ErrorText::describe(store->lastError()) + u' '
                + tr("The table shows what was received before. Press F5 to try again.");
    } else if (store->isUnavailable()) {
        state = m_spec.unavailableText.isEmpty()
                ? tr("This list is not available for this account.")
                : m_spec.unavailableText;
    } else if (rows == 0) {
        state = m_spec.emptyText;
    } else if (shown == 0) {
        state = tr("No results. Clear the search or the filters to see everything.");
    } else if (store->isTruncated()) {
        state = tr("Only the first %n row(s) are shown: the iwinv API kept sending more, so the "
                   "console stopped reading this list.",
                   nullptr, rows);
    } else if (store->unreadableRows() > 0) {
        state = tr("%n row(s) could not be read and are not shown.", nullptr,
                   store->unreadableRows());
    }
    m_ui->stateLabel->setText(state);
    m_ui->stateLabel->setVisible(!state.isEmpty());
    updateUpdatedLabel();
}

void ResourcePage::forgetCurrent()
{
    m_currentLeaving = false;
    m_currentId.clear();
    m_ui->table->selectionModel()->clear();
    updateDetail();
    Q_EMIT currentIdChanged();
}

void ResourcePage::updateDetail()
{
    if (m_currentId.isEmpty()) {
        m_detail->setPlaceholder(tr("Select a row to see its details."));
        return;
    }
    QList<DetailSection> sections = m_spec.details(m_currentId);
    if (m_decorator && !sections.isEmpty())
        m_decorator(m_currentId, sections);
    if (sections.isEmpty())
        m_detail->setPlaceholder(tr("It no longer exists on the server."));
    else
        m_detail->setSections(sections);
}

QString ResourcePage::cellsOf(int proxyRow, const QList<int> &columns) const
{
    QStringList cells;
    for (int column : columns)
        cells.append(m_proxy->index(proxyRow, column).data().toString());
    return cells.join(u'\t');
}

void ResourcePage::copySelectedRows()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> ordered;
    for (const QModelIndex &index : rows)
        ordered.append(index.row());
    std::sort(ordered.begin(), ordered.end());
    const QList<int> columns = visibleColumns();
    QStringList lines;
    for (int row : std::as_const(ordered))
        lines.append(cellsOf(row, columns));
    m_clipboard->copy(lines.join(u'\n'));
    Q_EMIT message(tr("Copied %n row(s).", nullptr, int(lines.size())));
}

void ResourcePage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->table->indexAt(pos);
    QMenu menu(this);
    if (!index.isValid()) {
        for (QAction *action : std::as_const(m_pageActions)) {
            if (action->isVisible())
                menu.addAction(action);
        }
        if (!menu.isEmpty())
            menu.addSeparator();
    }
    if (index.isValid() && !m_rowActions.isEmpty()) {
        for (QAction *action : std::as_const(m_rowActions)) {
            if (action->isVisible())
                menu.addAction(action);
        }
        menu.addSeparator();
    }
    if (index.isValid()) {
        const int row = index.row();
        // The menu waits for the person while refreshes go on: the row is followed, not its
        // number, and a row gone meanwhile copies nothing.
        const QPersistentModelIndex clicked(index);
        auto copyCell = [this, clicked](int column, const QString &done) {
            if (!clicked.isValid()) {
                Q_EMIT message(tr("That row is gone from the table: nothing was copied."));
                return;
            }
            m_clipboard->copy(m_proxy->index(clicked.row(), column).data().toString());
            Q_EMIT message(done);
        };
        menu.addAction(tr("Copy name"), this,
                       [copyCell, this] { copyCell(m_spec.nameColumn, tr("Copied the name.")); });
        if (m_spec.idColumn >= 0)
            menu.addAction(tr("Copy ID"), this,
                           [copyCell, this] { copyCell(m_spec.idColumn, tr("Copied the ID.")); });
        for (int column : std::as_const(m_spec.ipColumns)) {
            const QString what = m_spec.model->headerData(column, Qt::Horizontal).toString();
            if (m_proxy->index(row, column).data().toString().isEmpty())
                continue;
            //: %1 is a column such as "Public IP"
            menu.addAction(tr("Copy %1").arg(what), this, [copyCell, column, what] {
                //: %1 is a column such as "Public IP"
                copyCell(column, tr("Copied: %1").arg(what));
            });
        }
        menu.addAction(tr("Copy row"), this, &ResourcePage::copySelectedRows);
        menu.addSeparator();
    }
    menu.addAction(tr("Export CSV…"), this, &ResourcePage::exportWithDialog);
    menu.exec(m_ui->table->viewport()->mapToGlobal(pos));
}

bool ResourcePage::exportCsv(const QString &path, QString *error)
{
    return FileWrite::atomically(path, CsvExport::toCsv(*m_proxy, visibleColumns()), error);
}

void ResourcePage::exportWithDialog()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + u'/' + m_spec.key + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmm"_s)
            + u".csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportCsv(path, &error))
        Q_EMIT message(tr("Saved %n row(s) to %1.", nullptr, m_proxy->rowCount()).arg(path));
    else
        Q_EMIT message(tr("The file could not be saved: %1").arg(error));
}

void ResourcePage::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void ResourcePage::saveViewState() const
{
    ViewState::savePage(m_spec.key, m_ui->table->horizontalHeader(), m_ui->splitter, m_facets);
}

void ResourcePage::restoreViewState()
{
    m_restoring = true;
    ViewState::restorePage(m_spec.key, m_ui->table->horizontalHeader(), m_ui->splitter, m_facets);
    // The name column is never hidden, whatever an old state said.
    m_ui->table->horizontalHeader()->setSectionHidden(m_spec.nameColumn, false);
    buildColumnMenu();
    m_restoring = false;
}
