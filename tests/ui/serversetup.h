#pragma once
// What the server dialog GUI tests share: a window on the simulator with its servers page
// loaded, catchers for opened URLs and log lines, and helpers to fill the create wizard and to
// find another image or spec.
#include "actions/instanceactions.h"
#include "actions/serveractions.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/createserverdialog.h"
#include "dialogs/editserverdialog.h"
#include "dialogs/rebuilddialog.h"
#include "dialogs/resizedialog.h"
#include "errortext.h"
#include "mainwindow.h"
#include "models/flavormodel.h"
#include "models/format.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "models/specchoicemodel.h"
#include "models/zonemodel.h"
#include "operations/journal.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/detailview.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

//! Receives the URLs the desktop is asked to open (instead of a browser).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

//! Every message the process logs while it lives.
struct LogCatcher
{
    static inline QStringList lines;
    static void handler(QtMsgType, const QMessageLogContext &, const QString &text)
    {
        lines.append(text);
    }
    LogCatcher() { lines.clear(), previous = qInstallMessageHandler(handler); }
    ~LogCatcher() { qInstallMessageHandler(previous); }
    QtMessageHandler previous;
};

//! A window on the simulator, the console's own refreshing off; its servers page loaded.
struct Setup
{
    SimFixture f;
    QTemporaryDir dir;
    Journal journal {dir.filePath(u"journal.jsonl"_s)};
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    explicit Setup(const SimOptions &options = SimFixture::testOptions()) : f(options)
    {
        session = std::make_unique<AccountSession>(f.client.get(), true);
        session->setJournal(&journal);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->show();
        window->showPage(Resource::Instances);
        f.settle();
        if (!f.drive([&] { return loaded(); }))
            qFatal("the servers page did not load");
    }
    bool loaded() const
    {
        for (int i = 0; i < kResourceCount; ++i) {
            if (session->store(Resource(i))->isLoading())
                return false;
        }
        return session->store(Resource::Instances)->hasData();
    }
    ServerActions *actions() const { return window->serverActions(); }
    ResourcePage *servers() const { return window->page(Resource::Instances); }
    template<class D>
    D *opened(QAction *action)
    {
        action->trigger();
        auto *d = qobject_cast<D *>(actions()->dialog());
        if (!d)
            qFatal("no dialog");
        return d;
    }
    //! Opens the create dialog and waits for the catalog it needs.
    CreateServerDialog *openCreate()
    {
        auto *d = opened<CreateServerDialog>(actions()->createAction());
        if (!f.drive([&] { return loaded() && session->zones()->rowCount() > 0; }))
            qFatal("the catalog did not load");
        return d;
    }
    QString serverIn(const QString &status) const
    {
        for (const SimInstance &si : f.sim->state().instances) {
            if (si.data.status == status)
                return si.data.id;
        }
        return {};
    }
    int posts(const QString &path) const { return f.sim->count(u"POST"_s, path); }
    //! Moves the clock \a ms ahead, answering whatever is sent meanwhile.
    void driveFor(qint64 ms)
    {
        const qint64 until = f.clock.nowMs() + ms;
        for (;;) {
            (void)f.drive([&] { return f.client->attemptsInFlight() == 0; });
            const qint64 next = f.clock.nextDueMs();
            if (next < 0 || next > until)
                break;
            f.clock.advanceToNextTimer();
        }
        f.clock.advanceMs(until - f.clock.nowMs());
        (void)f.drive([&] { return f.client->attemptsInFlight() == 0; });
    }
    //! The ids of the rows selected on the servers page.
    QStringList selectedServers() const
    {
        QStringList out;
        for (const QModelIndex &row : servers()->table()->selectionModel()->selectedRows())
            out.append(row.data(Roles::IdRole).toString());
        std::sort(out.begin(), out.end());
        return out;
    }
    //! Refreshes \a r and waits for it (the simulator's state was changed under the console).
    void reload(Resource r)
    {
        session->store(r)->refresh();
        if (!f.drive([&] { return !session->store(r)->isLoading(); }))
            qFatal("the store did not refresh");
    }
    //! A lost answer to the next POST to \a path: the server carries it out (or not).
    void loseAnswer(const QString &path, bool carriedOut = true)
    {
        SimFault lost;
        lost.kind = SimFault::Kind::Reset;
        lost.method = u"POST"_s;
        lost.path = path;
        lost.times = 1;
        lost.process = carriedOut;
        f.sim->addFault(lost);
    }
    //! Fills the create dialog with a spec and image that fit in kr1-z01, and a name.
    void fillCreate(CreateServerDialog *d, const QString &zone, const QString &name)
    {
        if (!d->chooseZone(zone) || !d->chooseSpec(u"std.c2m4"_s))
            qFatal("zone or spec not offered");
        const QList<Image> images
                = ServerPlan::imagesFor(session->images()->items(), d->plan().flavor, zone);
        if (images.isEmpty() || !d->chooseImage(images.first().id))
            qFatal("no image");
        d->goTo(CreateServerDialog::Step::Name);
        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
        d->goTo(CreateServerDialog::Step::Review);
    }
};

//! A combo's first entry (after "all") whose value is not \a value; -1 when there is none.
inline int otherThan(const QComboBox *combo, const QString &value)
{
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() != value)
            return i;
    }
    return -1;
}

//! An image of \a spec in \a zone other than \a not.
inline QString otherImage(const Setup &s, const QString &flavorId, const QString &zoneId,
                          const QString &not_)
{
    const Flavor *spec = s.session->flavors()->find(flavorId);
    if (!spec)
        return {};
    for (const Image &i : ServerPlan::imagesFor(s.session->images()->items(), *spec, zoneId)) {
        if (i.id != not_)
            return i.id;
    }
    return {};
}

//! A spec a server of \a before can move to.
inline QString otherSpec(const Setup &s, const Instance &before)
{
    for (const Flavor &f : s.f.sim->state().flavors) {
        if (f.id != before.flavor.id && f.status == u"available"_s
            && f.zones.contains(before.zoneId) && f.supportingImages.contains(before.image.id)
            && f.diskGb >= before.flavor.diskGb)
            return f.id;
    }
    return {};
}
