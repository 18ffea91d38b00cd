#include "mainwindow.h"

#include "billing/billingpage.h"
#include "billing/billingsession.h"
#include "models/format.h"

#include "actions/detailbuttons.h"
#include "actions/firewallactions.h"
#include "actions/instanceactions.h"
#include "actions/serveractions.h"
#include "actions/volumeactions.h"
#include "api/apiclient.h"
#include "errortext.h"
#include "models/blockstoragemodel.h"
#include "models/format.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "pages/pagespecs.h"
#include "pages/resourcepage.h"
#include "pages/viewstate.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "settings/appsettings.h"
#include "ui_mainwindow.h"
#include "util/clock.h"
#include "widgets/clipboardguard.h"
#include "widgets/connectionstatus.h"
#include "widgets/profileswitcher.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kIntervals[] = {0, 10'000, 60'000, 5 * 60'000};
}

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_clipboard(new ClipboardGuard(this)), m_statusLabel(new QLabel(this)),
      m_connection(new ConnectionStatus(session->client(), this)), m_interval(new QComboBox(this)),
      m_ageTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionExport->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_connection);

    // The pages, one per resource, in the sidebar's order.
    for (int i = 0; i < kResourceCount; ++i) {
        const auto resource = Resource(i);
        auto *page
                = new ResourcePage(session, PageSpecs::make(*session, resource), m_clipboard, this);
        m_pages[size_t(i)] = page;
        m_ui->pageStack->addWidget(page);
        auto *item = new QListWidgetItem(PageSpecs::title(resource), m_ui->sidebar);
        //: %1 is the page's name, %2 its keyboard shortcut
        item->setToolTip(tr("%1 (%2)").arg(PageSpecs::title(resource),
                                           QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i))
                                                   .toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, resource] { showPage(resource); });
        connect(page, &ResourcePage::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    }
    // Billing, after the resources.
    m_billing = new BillingPage(session, this);
    m_ui->pageStack->addWidget(m_billing);
    {
        auto *item = new QListWidgetItem(tr("Billing"), m_ui->sidebar);
        const QKeySequence keys(Qt::CTRL | Qt::Key_9);
        item->setToolTip(tr("%1 (%2)").arg(tr("Billing"), keys.toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::showBilling);
        connect(m_billing, &BillingPage::message, this,
                [this](const QString &text) { statusBar()->showMessage(text, 8000); });
        connect(m_billing, &BillingPage::openResource, this, &MainWindow::openResource);
        connect(session->billing(), &BillingSession::budgetPassed, this,
                [this](qint64 projected, qint64 budget) {
                    //: %1 the projected month end, %2 the budget
                    statusBar()->showMessage(
                            tr("This month is heading for %1, over the budget of "
                               "%2.")
                                    .arg(Format::money(projected), Format::money(budget)),
                            60'000);
                });
    }
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({170, 1200});
    ResourcePage *serversPage = page(Resource::Instances);
    m_instanceActions = new InstanceActions(session, serversPage, this);
    m_serverActions = new ServerActions(session, serversPage, m_clipboard, this);
    serversPage->addPageActions({m_serverActions->createAction()});
    serversPage->addRowActions(m_instanceActions->powerActions());
    serversPage->addRowActions({m_serverActions->consoleAction()});
    QList<QAction *> more = m_serverActions->rowActions();
    more.removeAll(m_serverActions->consoleAction());
    more.append(m_instanceActions->deleteAction());
    serversPage->addRowActions(more, tr("More"));
    addAction(m_serverActions->createAction()); // Ctrl+N from any page

    ResourcePage *volumesPage = page(Resource::BlockStorage);
    m_volumeActions = new VolumeActions(session, volumesPage, this);
    volumesPage->addPageActions({m_volumeActions->addAction()});
    volumesPage->addRowActions(m_volumeActions->rowActions());
    ResourcePage *firewallsPage = page(Resource::Firewalls);
    m_firewallActions = new FirewallActions(session, firewallsPage, this);
    firewallsPage->addPageActions({m_firewallActions->createAction()});
    firewallsPage->addRowActions({m_firewallActions->editAction(),
                                  m_firewallActions->attachAction(),
                                  m_firewallActions->detachAction()});
    firewallsPage->addRowActions(
            {m_firewallActions->duplicateAction(), m_firewallActions->deleteAction()}, tr("More"));
    // The changes made from a detail pane.
    serversPage->setDetailDecorator([this](const QString &id, QList<DetailSection> &sections) {
        DetailButtons::server(*m_session, m_volumeActions, m_firewallActions, id, sections);
    });
    volumesPage->setDetailDecorator([this](const QString &id, QList<DetailSection> &sections) {
        DetailButtons::volume(*m_session, m_volumeActions, id, sections);
    });
    firewallsPage->setDetailDecorator([this](const QString &id, QList<DetailSection> &sections) {
        DetailButtons::firewall(*m_session, m_firewallActions, id, sections);
    });
    // A change under way is said in its row, with the server's own status.
    OperationTracker *tracker = session->operations();
    auto activity = [tracker](Resource r) {
        return [tracker, r](const QString &id) {
            const Operation *op = tracker->unfinishedFor(r, id);
            return op ? OperationText::progress(r, op->kind) : QString();
        };
    };
    session->instances()->setActivity(activity(Resource::Instances),
                                      int(InstanceModel::Column::Status));
    session->volumes()->setActivity(activity(Resource::BlockStorage),
                                    int(BlockStorageModel::Column::Status));
    connect(tracker, &OperationTracker::operationChanged, this, [session](const Operation &op) {
        const QStringList ids = op.createdIds.isEmpty() ? QStringList {op.targetId} : op.createdIds;
        for (const QString &id : ids) {
            if (op.resource == Resource::Instances)
                session->instances()->activityChanged(id);
            else if (op.resource == Resource::BlockStorage)
                session->volumes()->activityChanged(id);
        }
    });
    connect(m_serverActions, &ServerActions::message, this,
            [this](const QString &text) { showStatus(text, 10'000); });
    connect(m_volumeActions, &VolumeActions::message, this,
            [this](const QString &text) { showStatus(text, 10'000); });
    connect(m_firewallActions, &FirewallActions::message, this,
            [this](const QString &text) { showStatus(text, 10'000); });
    connect(m_serverActions, &ServerActions::serversCreated, this, [this](const QStringList &ids) {
        // Selected on the servers page; the window goes there only from the servers page itself
        // (a create named later, minutes after, never pulls the person off another page).
        page(Resource::Instances)->selectIds(ids);
        if (currentPage() == page(Resource::Instances))
            showPage(Resource::Instances);
    });
    m_ui->profileBand->setAutoFillBackground(true);
    // Banners take the height of their text; the pages take the rest.
    for (QLabel *banner : {m_ui->demoBanner, m_ui->offlineBanner})
        banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);
    updateIcons();
    connect(m_ui->sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_ui->pageStack->setCurrentIndex(row);
        const bool billing = row >= kResourceCount;
        // The billing page counts the servers: their listing is the one kept fresh meanwhile.
        m_session->setActive(billing ? Resource::Instances : Resource(row));
        m_billing->setShown(billing);
        ViewState::setLastPage(row);
    });

    // The console's own refresh interval.
    m_interval->setObjectName(u"refreshIntervalCombo"_s);
    m_interval->addItem(tr("Auto refresh: off"));
    m_interval->addItem(tr("Every 10 s"));
    m_interval->addItem(tr("Every minute"));
    m_interval->addItem(tr("Every 5 minutes"));
    m_interval->setToolTip(tr("How often the console refreshes this page by itself. While a "
                              "server is changing it checks every 10 s."));
    m_ui->mainToolBar->insertAction(m_ui->actionRefresh, m_serverActions->createAction());
    m_ui->mainToolBar->addSeparator();
    m_ui->mainToolBar->addWidget(m_interval);
    m_interval->setCurrentIndex(AppSettings::autoRefresh());
    setInterval(m_interval->currentIndex());
    connect(m_interval, &QComboBox::currentIndexChanged, this, &MainWindow::setInterval);

    // Amber in light and dark palettes: dark text on light amber, always readable.
    styleBanner(m_ui->demoBanner, QColor(0xff, 0xe0, 0x8a), QColor(0x3d, 0x2c, 0x00));
    Profile initial;
    initial.kind = session->isDemo() ? Profile::Kind::Demo : Profile::Kind::Saved;
    initial.colour = session->isDemo() ? u"#f9ab00"_s : u"#1a73e8"_s;
    setProfile(initial);
    styleBanner(m_ui->offlineBanner, QColor(0xf8, 0xd7, 0xda), QColor(0x58, 0x15, 0x1c));
    m_ui->offlineBanner->hide();
    connect(session->client(), &ApiClient::onlineChanged, this, &MainWindow::updateOffline);
    m_ageTimer->setInterval(15'000);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateOffline);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            [this](const Operation &op) {
                statusBar()->showMessage(OperationText::describe(op), 15'000);
                // The detail pane's buttons follow what is changing.
                if (ResourcePage *p = currentPage())
                    p->refreshDetail();
            });

    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        if (isBillingShown())
            m_billing->refresh();
        else
            m_session->refreshActive();
    });
    connect(m_ui->actionExport, &QAction::triggered, this, [this] {
        if (ResourcePage *p = currentPage())
            p->exportWithDialog();
        else
            m_billing->exportWithDialog();
    });
    ResourceStore *servers = session->store(Resource::Instances);
    connect(servers, &ResourceStore::loadingChanged, this, &MainWindow::updateStatus);
    connect(servers, &ResourceStore::refreshed, this, &MainWindow::updateStatus);
    connect(servers, &ResourceStore::failed, this, &MainWindow::showError);

    ViewState::restoreWindow(this, m_ui->mainSplitter);
    m_ui->sidebar->setCurrentRow(ViewState::lastPage(kResourceCount + 1));
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setProfile(const Profile &profile)
{
    m_profileColour = profile.colour;
    QPalette band = m_ui->profileBand->palette();
    band.setColor(QPalette::Window, QColor(profile.colour));
    m_ui->profileBand->setPalette(band);
    m_ui->demoBanner->setVisible(profile.isDemo());
    if (profile.isDemo())
        setWindowTitle(tr("iwinv Console — Demo"));
    else if (!profile.name.isEmpty() || profile.kind == Profile::Kind::Environment)
        //: %1 is the account (profile) in use
        setWindowTitle(tr("iwinv Console — %1").arg(ProfileSwitcher::displayName(profile)));
    else
        setWindowTitle(tr("iwinv Console"));
    m_instanceActions->setSafety(profile.safety);
    m_serverActions->setSafety(profile.safety);
    m_volumeActions->setSafety(profile.safety);
    m_firewallActions->setSafety(profile.safety);
    for (Resource r : {Resource::Instances, Resource::BlockStorage, Resource::Firewalls})
        page(r)->refreshDetail();
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::addToolbarWidget(QWidget *widget)
{
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(widget);
}

ResourcePage *MainWindow::currentPage() const
{
    const int index = qMax(0, m_ui->pageStack->currentIndex());
    return index < kResourceCount ? m_pages[size_t(index)] : nullptr;
}

void MainWindow::showPage(Resource resource)
{
    m_ui->sidebar->setCurrentRow(int(resource));
    currentPage()->table()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showBilling()
{
    m_ui->sidebar->setCurrentRow(kResourceCount);
}

bool MainWindow::isBillingShown() const
{
    return m_ui->pageStack->currentIndex() >= kResourceCount;
}

bool MainWindow::openResource(const QString &id)
{
    for (Resource r : {Resource::Instances, Resource::BlockStorage, Resource::Firewalls}) {
        if (page(r)->selectId(id)) {
            showPage(r);
            return true;
        }
    }
    statusBar()->showMessage(tr("%1 is no longer in this account.").arg(id), 8000);
    return false;
}

void MainWindow::setInterval(int index)
{
    const qint64 ms = kIntervals[qBound(0, index, 3)];
    m_session->setAutoRefreshMs(ms);
    AppSettings::setAutoRefresh(index);
}

void MainWindow::updateIcons()
{
    // Monochrome icons drawn for the palette in use: dark strokes on light, light on dark.
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QString theme = dark ? u"dark"_s : u"light"_s;
    for (int i = 0; i < kResourceCount; ++i) {
        if (QListWidgetItem *item = m_ui->sidebar->item(i))
            item->setIcon(QIcon(u":/icons/"_s + theme + u'/' + PageSpecs::icon(Resource(i))));
    }
    if (QListWidgetItem *item = m_ui->sidebar->item(kResourceCount))
        item->setIcon(QIcon(u":/icons/"_s + theme + u"/billing.svg"_s));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ViewState::saveWindow(this, m_ui->mainSplitter);
    for (ResourcePage *page : m_pages)
        page->saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::styleBanner(QLabel *banner, const QColor &background, const QColor &text)
{
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    banner->setPalette(palette);
    banner->setAutoFillBackground(true);
    QFont font = banner->font();
    font.setBold(true);
    banner->setFont(font);
}

QString MainWindow::offlineText() const
{
    return m_ui->offlineBanner->isHidden() ? QString() : m_ui->offlineBanner->text();
}

void MainWindow::updateOffline()
{
    ApiClient *client = m_session->client();
    if (client->isOnline()) {
        m_ui->offlineBanner->hide();
        m_ageTimer->stop();
        return;
    }
    const qint64 last = m_session->store(m_session->active())->lastRefreshMs();
    QString text;
    if (last <= 0) {
        text = tr("Offline: the iwinv API cannot be reached. Reconnecting automatically…");
    } else {
        const int minutes = int((client->clock()->nowMs() - last) / 60'000);
        text = minutes < 1 ? tr("Offline: the iwinv API cannot be reached. Showing data from less "
                                "than a minute ago; reconnecting automatically…")
                           : tr("Offline: the iwinv API cannot be reached. Showing data from %n "
                                "minute(s) ago; reconnecting automatically…",
                                nullptr, minutes);
    }
    m_ui->offlineBanner->setText(text);
    m_ui->offlineBanner->show();
    m_ageTimer->start();
}

void MainWindow::updateStatus()
{
    const ResourceStore *servers = m_session->store(Resource::Instances);
    if (servers->isLoading()) {
        m_statusLabel->setText(tr("Loading…"));
        return;
    }
    if (servers->lastRefreshMs() > 0 && !servers->lastError().isError()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(servers->lastRefreshMs());
        m_statusLabel->setText(
                tr("%n server(s) · updated at %1", nullptr, m_session->instances()->rowCount())
                        .arg(Format::clockTime(at)));
    }
}

void MainWindow::showError(const ApiError &error)
{
    m_statusLabel->setText(ErrorText::describe(error));
}
