#include "mainwindow.h"

#include "api/apiclient.h"
#include "errortext.h"
#include "models/instancemodel.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "pages/instancespage.h"
#include "session/accountsession.h"
#include "ui_mainwindow.h"
#include "util/clock.h"
#include "widgets/connectionstatus.h"

#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_session(session),
      m_instancesPage(new InstancesPage(session, this)),
      m_statusLabel(new QLabel(this)),
      m_connection(new ConnectionStatus(session->client(), this)),
      m_ageTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->pageStack->addWidget(m_instancesPage);
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_connection);

    if (session->isDemo()) {
        setWindowTitle(tr("iwinv Console — Demo"));
        // Amber in light and dark palettes: dark text on light amber, always readable.
        styleBanner(m_ui->demoBanner, QColor(0xff, 0xe0, 0x8a), QColor(0x3d, 0x2c, 0x00));
    } else {
        m_ui->demoBanner->hide();
    }
    styleBanner(m_ui->offlineBanner, QColor(0xf8, 0xd7, 0xda), QColor(0x58, 0x15, 0x1c));
    m_ui->offlineBanner->hide();
    connect(session->client(), &ApiClient::onlineChanged, this, &MainWindow::updateOffline);
    m_ageTimer->setInterval(15'000);
    connect(m_ageTimer, &QTimer::timeout, this, &MainWindow::updateOffline);
    connect(session->operations(), &OperationTracker::operationChanged, this,
            [this](const Operation &op) {
                statusBar()->showMessage(OperationText::describe(op), 15'000);
            });

    connect(m_ui->actionRefresh, &QAction::triggered, session, &AccountSession::refreshInstances);
    connect(session, &AccountSession::loadingChanged, this, &MainWindow::updateStatus);
    connect(session, &AccountSession::instancesRefreshed, this, &MainWindow::updateStatus);
    connect(session, &AccountSession::refreshFailed, this, &MainWindow::showError);
    updateStatus();
}

MainWindow::~MainWindow() = default;

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
    const qint64 last = m_session->lastRefreshMs();
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
    if (m_session->isLoading()) {
        m_statusLabel->setText(tr("Loading…"));
        return;
    }
    if (m_session->lastRefreshMs() > 0 && !m_session->lastError().isError()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_session->lastRefreshMs());
        m_statusLabel->setText(
                tr("%n server(s) · updated at %1", nullptr, m_session->instances()->rowCount())
                        .arg(QLocale().toString(at.time(), QLocale::ShortFormat)));
    }
}

void MainWindow::showError(const ApiError &error)
{
    m_statusLabel->setText(ErrorText::describe(error));
}
