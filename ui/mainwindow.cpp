#include "mainwindow.h"

#include "errortext.h"
#include "models/instancemodel.h"
#include "pages/instancespage.h"
#include "session/accountsession.h"
#include "ui_mainwindow.h"

#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QStyle>

MainWindow::MainWindow(AccountSession *session, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session),
      m_instancesPage(new InstancesPage(session, this)), m_statusLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->pageStack->addWidget(m_instancesPage);
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    statusBar()->addWidget(m_statusLabel, 1);

    if (session->isDemo()) {
        setWindowTitle(tr("iwinv Console — Demo"));
        styleDemoBanner();
    } else {
        m_ui->demoBanner->hide();
    }

    connect(m_ui->actionRefresh, &QAction::triggered, session, &AccountSession::refreshInstances);
    connect(session, &AccountSession::loadingChanged, this, &MainWindow::updateStatus);
    connect(session, &AccountSession::instancesRefreshed, this, &MainWindow::updateStatus);
    connect(session, &AccountSession::refreshFailed, this, &MainWindow::showError);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::styleDemoBanner()
{
    // Amber in both light and dark palettes: dark text on a light amber, always readable.
    QPalette palette = m_ui->demoBanner->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xe0, 0x8a));
    palette.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    m_ui->demoBanner->setPalette(palette);
    m_ui->demoBanner->setAutoFillBackground(true);
    QFont font = m_ui->demoBanner->font();
    font.setBold(true);
    m_ui->demoBanner->setFont(font);
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
