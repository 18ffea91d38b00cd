// Every page of the window on the simulator: it shows the data; search, a filter and a sort
// work; a refresh that changes, adds and removes rows keeps the selection and the open detail;
// export writes what is shown; the view state survives a restart.
#include "actions/instanceactions.h"
#include "api/apiclient.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "simulator/siminstancefactory.h"
#include "support/simfixture.h"
#include "util/translations.h"
#include "widgets/detailview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Resource)

namespace {
struct Mutation
{
    QString changedId;
    QString newName;
    QString addedId;
    QString removedId;
};

//! Changes the world "from elsewhere": renames one item, adds one, removes one, never \a keep.
Mutation mutate(SimState &s, Resource r, const QString &keep)
{
    Mutation c;
    c.newName = u"renamed-elsewhere"_s;
    auto pick = [&keep](const QStringList &ids, int skip) {
        QStringList others = ids;
        others.removeAll(keep);
        return others.value(skip);
    };
    QStringList ids;
    switch (r) {
    case Resource::Instances: {
        for (const SimInstance &si : s.instances)
            ids << si.data.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        s.instance(c.changedId)->data.name = c.newName;
        SimInstance added
                = SimInstanceFactory::make(s, u"added-elsewhere"_s, u"kr1-z01"_s, s.flavors.first(),
                                           s.images.at(5), 1'790'000'000'000);
        added.data.status = u"active"_s;
        c.addedId = added.data.id;
        s.appendInstance(added);
        s.removeInstance(c.removedId);
        break;
    }
    case Resource::BlockStorage: {
        for (const SimVolume &v : s.volumes)
            ids << v.data.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        s.volume(c.changedId)->data.name = c.newName;
        SimVolume added = s.volumes.first();
        added.data.id = s.newId(u"BLOCK-"_s);
        added.data.name = u"added-elsewhere"_s;
        c.addedId = added.data.id;
        s.volumes.append(added);
        s.volumes.removeIf([&c](const SimVolume &v) { return v.data.id == c.removedId; });
        break;
    }
    case Resource::Firewalls: {
        for (const Firewall &f : s.firewalls)
            ids << f.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        s.firewall(c.changedId)->title = c.newName;
        Firewall added = s.firewalls.first();
        added.id = s.newId(u"FIREWALL-"_s);
        added.title = u"added-elsewhere"_s;
        c.addedId = added.id;
        s.firewalls.append(added);
        s.firewalls.removeIf([&c](const Firewall &f) { return f.id == c.removedId; });
        break;
    }
    case Resource::Images: {
        for (const Image &i : s.images)
            ids << i.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        for (Image &i : s.images) {
            if (i.id == c.changedId)
                i.osName = c.newName;
        }
        Image added = s.images.first();
        added.id = s.newId(u"PIMAGE-"_s);
        added.osName = u"added-elsewhere"_s;
        c.addedId = added.id;
        s.images.append(added);
        s.images.removeIf([&c](const Image &i) { return i.id == c.removedId; });
        break;
    }
    case Resource::Flavors: {
        for (const Flavor &f : s.flavors)
            ids << f.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        for (Flavor &f : s.flavors) {
            if (f.id == c.changedId)
                f.name = c.newName;
        }
        Flavor added = s.flavors.first();
        added.id = u"added.elsewhere"_s;
        added.name = u"added-elsewhere"_s;
        c.addedId = added.id;
        s.flavors.append(added);
        s.flavors.removeIf([&c](const Flavor &f) { return f.id == c.removedId; });
        break;
    }
    case Resource::Zones: {
        for (const Zone &z : s.zones)
            ids << z.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        for (Zone &z : s.zones) {
            if (z.id == c.changedId)
                z.name = c.newName;
        }
        s.zones.append(Zone {u"kr9-z99"_s, u"added-elsewhere"_s, u"available"_s, {}});
        c.addedId = u"kr9-z99"_s;
        s.zones.removeIf([&c](const Zone &z) { return z.id == c.removedId; });
        break;
    }
    case Resource::SshKeys: {
        for (const SshKey &k : s.sshKeys)
            ids << k.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        for (SshKey &k : s.sshKeys) {
            if (k.id == c.changedId)
                k.name = c.newName;
        }
        s.sshKeys.append(
                SshKey {s.newId(u"SSHKEY-"_s), u"added-elsewhere"_s, u"2026-09-01 10:00:00"_s});
        c.addedId = s.sshKeys.last().id;
        s.sshKeys.removeIf([&c](const SshKey &k) { return k.id == c.removedId; });
        break;
    }
    case Resource::UserScripts: {
        for (const UserScript &u : s.userScripts)
            ids << u.id;
        c.changedId = pick(ids, 0);
        c.removedId = pick(ids, 1);
        for (UserScript &u : s.userScripts) {
            if (u.id == c.changedId)
                u.name = c.newName;
        }
        s.userScripts.append(
                UserScript {s.newId(u"SCRIPT-"_s), u"added-elsewhere"_s, u"2026-09-01 10:00:00"_s});
        c.addedId = s.userScripts.last().id;
        s.userScripts.removeIf([&c](const UserScript &u) { return u.id == c.removedId; });
        break;
    }
    }
    return c;
}

QString idAt(const ResourcePage *page, int row)
{
    return page->proxy()->index(row, 0).data(Roles::IdRole).toString();
}

int proxyRowOf(const ResourcePage *page, const QString &id)
{
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        if (idAt(page, row) == id)
            return row;
    }
    return -1;
}

void addRows()
{
    QTest::addColumn<Resource>("resource");
    QTest::newRow("servers") << Resource::Instances;
    QTest::newRow("block storage") << Resource::BlockStorage;
    QTest::newRow("firewalls") << Resource::Firewalls;
    QTest::newRow("images") << Resource::Images;
    QTest::newRow("specs") << Resource::Flavors;
    QTest::newRow("zones") << Resource::Zones;
    QTest::newRow("ssh keys") << Resource::SshKeys;
    QTest::newRow("user scripts") << Resource::UserScripts;
}

//! A window on the simulator with the console's own refresh off (only what the test asks).
struct Setup
{
    SimFixture f;
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    Setup()
    {
        session = std::make_unique<AccountSession>(f.client.get(), true);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->resize(1400, 860);
        window->show();
    }
    ResourcePage *open(Resource r)
    {
        window->showPage(r);
        // The page's own store and every store its details name (servers on the volume page,
        // images on the spec page) must have loaded, or the detail text changes under the test.
        if (!f.drive([&] { return session->store(r)->hasData() && nothingLoading(); }))
            qFatal("the page did not load");
        return window->page(r);
    }
    bool nothingLoading() const
    {
        for (int i = 0; i < kResourceCount; ++i)
            if (session->store(Resource(i))->isLoading())
                return false;
        return true;
    }
    void refresh(Resource r)
    {
        const int before = f.sim->log().size();
        window->findChild<QAction *>(u"actionRefresh"_s)->trigger();
        if (!f.drive([&] {
                return f.sim->log().size() > before && !session->store(r)->isLoading();
            }))
            qFatal("no refresh");
    }
};
} // namespace

class TstPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void everyPageShowsTheData_data() { addRows(); }
    void everyPageShowsTheData();
    void searchNarrowsAndClears_data() { addRows(); }
    void searchNarrowsAndClears();
    void aFilterKeepsOnlyItsRows_data();
    void aFilterKeepsOnlyItsRows();
    void sortingFollowsTheHeader_data() { addRows(); }
    void sortingFollowsTheHeader();
    void aRefreshKeepsTheSelectionAndDetail_data() { addRows(); }
    void aRefreshKeepsTheSelectionAndDetail();
    void aDetailFollowsTheResourcesItNames();
    void theSelectionNeverJumpsToANeighbour();
    void koreanInitialsFindServers();
    void exportWritesTheTableAsShown();
    void theViewStateSurvivesARestart();
    void keyboardSwitchesPagesAndFindsTheSearch();
    void secretsStayHiddenUntilAsked();
    void emptyAndErrorStatesSaySomething();
    void aListNotOfferedToTheAccountIsNotAnError();
    void aStaleDetailReadsItsOwnDetailOnce();
};

void TstPages::initTestCase()
{
    QVERIFY(Translations::install(qApp, u"en"_s));
}

void TstPages::everyPageShowsTheData()
{
    QFETCH(Resource, resource);
    Setup s;
    ResourcePage *page = s.open(resource);
    QAbstractItemModelTester tester(page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->table()->model()->rowCount(), SimFixture::countOf(s.f.sim->state(), resource));
    QVERIFY(page->stateText().isEmpty());
    QVERIFY(page->updatedText().startsWith(u"Updated"_s));
}

void TstPages::searchNarrowsAndClears()
{
    QFETCH(Resource, resource);
    Setup s;
    ResourcePage *page = s.open(resource);
    const int all = page->proxy()->rowCount();
    const QString name = page->proxy()->index(0, page->spec().nameColumn).data().toString();
    auto *search = page->findChild<QLineEdit *>(u"searchEdit"_s);
    search->setFocus();
    search->insert(name); // typed (keyClicks cannot send Hangul)
    QVERIFY(page->proxy()->rowCount() >= 1);
    QVERIFY(page->proxy()->rowCount() <= all);
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        QString line;
        for (int c = 0; c < page->proxy()->columnCount(); ++c)
            line += page->proxy()->index(row, c).data().toString() + u' ';
        QVERIFY2(line.contains(name, Qt::CaseInsensitive), qPrintable(line));
    }
    search->setText(u"zz-nothing-like-this-zz"_s);
    QCOMPARE(page->proxy()->rowCount(), 0);
    QVERIFY(page->stateText().startsWith(u"No results"_s));
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(page->proxy()->rowCount(), all);
}

void TstPages::aFilterKeepsOnlyItsRows_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<QString>("combo");
    QTest::addColumn<int>("role");
    QTest::newRow("servers by zone")
            << Resource::Instances << u"zoneFilter"_s << int(Roles::ZoneFacetRole);
    QTest::newRow("servers by status")
            << Resource::Instances << u"statusFilter"_s << int(Roles::StatusFacetRole);
    QTest::newRow("servers by OS")
            << Resource::Instances << u"osFilter"_s << int(Roles::OsFacetRole);
    QTest::newRow("block storage by type")
            << Resource::BlockStorage << u"typeFilter"_s << int(Roles::TypeFacetRole);
    QTest::newRow("images by visibility")
            << Resource::Images << u"visibilityFilter"_s << int(Roles::VisibilityFacetRole);
    QTest::newRow("images by kind")
            << Resource::Images << u"typeFilter"_s << int(Roles::TypeFacetRole);
    QTest::newRow("specs by zone")
            << Resource::Flavors << u"zoneFilter"_s << int(Roles::ZoneFacetRole);
}

void TstPages::aFilterKeepsOnlyItsRows()
{
    QFETCH(Resource, resource);
    QFETCH(QString, combo);
    QFETCH(int, role);
    Setup s;
    ResourcePage *page = s.open(resource);
    auto *box = page->findChild<QComboBox *>(combo);
    QVERIFY(box);
    // The facets are filled from the event loop after the rows arrive: wait for that state.
    QTRY_VERIFY(box->count() >= 3); // "All …" and at least two values
    box->setCurrentIndex(2);
    const QString value = box->currentData().toString();
    int expected = 0;
    const QAbstractItemModel *model = page->spec().model;
    for (int row = 0; row < model->rowCount(); ++row)
        expected += model->index(row, 0).data(role).toStringList().contains(value) ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(page->proxy()->rowCount(), expected);
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        QVERIFY(page->proxy()->index(row, 0).data(role).toStringList().contains(value));
    page->findChild<QToolButton *>(u"clearFiltersButton"_s)->click();
    QCOMPARE(page->proxy()->rowCount(), model->rowCount());
}

void TstPages::sortingFollowsTheHeader()
{
    QFETCH(Resource, resource);
    Setup s;
    ResourcePage *page = s.open(resource);
    const int column = page->spec().nameColumn;
    page->table()->sortByColumn(column, Qt::DescendingOrder);
    // The proxy's own collation (numeric, case-insensitive, never the C locale's code points).
    const QCollator collator = ResourceFilterProxy::naturalCollator();
    for (int row = 1; row < page->proxy()->rowCount(); ++row) {
        const QString before
                = page->proxy()->index(row - 1, column).data(Roles::SortRole).toString();
        const QString after = page->proxy()->index(row, column).data(Roles::SortRole).toString();
        QVERIFY2(collator.compare(before, after) >= 0, qPrintable(before + u" / "_s + after));
    }
    QCOMPARE(page->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

void TstPages::aRefreshKeepsTheSelectionAndDetail()
{
    QFETCH(Resource, resource);
    Setup s;
    ResourcePage *page = s.open(resource);
    QAbstractItemModelTester tester(page->spec().model,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int selectedRow = qMin(2, page->proxy()->rowCount() - 1);
    page->table()->selectRow(selectedRow);
    const QString keep = idAt(page, selectedRow);
    QCOMPARE(page->currentId(), keep);
    const QStringList detailBefore = page->detail()->visibleText();
    const Mutation change = mutate(s.f.sim->state(), resource, keep);
    s.refresh(resource);

    QCOMPARE(page->currentId(), keep);
    QCOMPARE(page->table()->currentIndex().data(Roles::IdRole).toString(), keep);
    QCOMPARE(page->detail()->visibleText(), detailBefore);
    QCOMPARE(page->proxy()->rowCount(), SimFixture::countOf(s.f.sim->state(), resource));
    QVERIFY(proxyRowOf(page, change.addedId) >= 0);
    QCOMPARE(proxyRowOf(page, change.removedId), -1);
    const int changed = proxyRowOf(page, change.changedId);
    QVERIFY(changed >= 0);
    QCOMPARE(page->proxy()->index(changed, page->spec().nameColumn).data().toString(),
             resource == Resource::Zones ? change.changedId : change.newName);
}

void TstPages::aDetailFollowsTheResourcesItNames()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Firewalls);
    // A firewall that protects servers: its detail names them.
    QString firewallId, serverId;
    for (const Firewall &f : std::as_const(s.f.sim->state().firewalls)) {
        if (!f.instanceIds.isEmpty()) {
            firewallId = f.id;
            serverId = f.instanceIds.first();
            break;
        }
    }
    QVERIFY(!firewallId.isEmpty());
    const int row = proxyRowOf(page, firewallId);
    QVERIFY(row >= 0);
    page->table()->selectRow(row);
    QCOMPARE(page->currentId(), firewallId);
    const QString oldName = s.f.sim->state().instance(serverId)->data.name;
    QVERIFY(page->detail()->visibleText().join(u'\n').contains(oldName));

    // The server is renamed elsewhere; only the servers' listing is refreshed.
    s.f.sim->state().instance(serverId)->data.name = u"renamed-elsewhere"_s;
    s.session->store(Resource::Instances)->refresh();
    QVERIFY(s.f.drive([&] {
        return page->detail()->visibleText().join(u'\n').contains(u"renamed-elsewhere"_s);
    }));
    QCOMPARE(page->currentId(), firewallId);
}

void TstPages::theSelectionNeverJumpsToANeighbour()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    InstanceActions *actions = s.window->instanceActions();
    auto selectActive = [&](const QString &except = QString()) {
        for (int row = 0; row < page->proxy()->rowCount(); ++row) {
            const QString id = idAt(page, row);
            const Instance *in = s.session->instances()->find(id);
            if (in && in->status == u"active"_s && id != except) {
                page->table()->selectRow(row);
                return id;
            }
        }
        return QString();
    };
    auto nothingSelected = [&] {
        return page->currentId().isEmpty() && !page->table()->currentIndex().isValid()
                && !actions->rebootAction()->isEnabled()
                && page->detail()->visibleText().join(u' ').contains(u"Select a row"_s);
    };

    // Deleted elsewhere: the refresh removes the row; nothing is selected, not its neighbour.
    const QString gone = selectActive();
    QVERIFY(!gone.isEmpty());
    QVERIFY(actions->rebootAction()->isEnabled());
    s.f.sim->state().removeInstance(gone);
    s.refresh(Resource::Instances);
    QCOMPARE(proxyRowOf(page, gone), -1);
    QVERIFY(nothingSelected());

    // Hidden by a search that starts afresh (the first letters).
    const QString first = selectActive();
    const QString other = selectActive(first);
    page->table()->selectRow(proxyRowOf(page, first));
    QCOMPARE(page->currentId(), first);
    page->proxy()->setSearchText(s.session->instances()->find(other)->name);
    QCOMPARE(proxyRowOf(page, first) < 0, true);
    QVERIFY(nothingSelected());

    // Hidden by a longer search (the rows leave one by one).
    page->proxy()->setSearchText(QString());
    page->table()->selectRow(proxyRowOf(page, first));
    QCOMPARE(page->currentId(), first);
    const QString name = s.session->instances()->find(first)->name;
    page->proxy()->setSearchText(name.left(1));
    QCOMPARE(page->currentId(), first); // still shown, still chosen
    page->proxy()->setSearchText(name.left(1) + u"~no such server~"_s);
    QVERIFY(nothingSelected());
}

void TstPages::koreanInitialsFindServers()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    int withDb = 0;
    for (const SimInstance &si : s.f.sim->state().instances)
        withDb += si.data.name.startsWith(u"데이터베이스"_s) ? 1 : 0;
    QVERIFY(withDb > 0);
    page->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"ㄷㅇㅌㅂ"_s);
    QCOMPARE(page->proxy()->rowCount(), withDb);
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        QVERIFY(page->proxy()
                        ->index(row, page->spec().nameColumn)
                        .data()
                        .toString()
                        .startsWith(u"데이터베이스"_s));
}

void TstPages::exportWritesTheTableAsShown()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    page->findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"kr1-z01"_s);
    page->setColumnVisible(3, false);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"servers.csv"_s);
    QVERIFY(page->exportCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), page->proxy()->rowCount() + 1);
    const QList<int> columns = page->visibleColumns();
    QVERIFY(!columns.contains(3));
    QCOMPARE(lines.first().count(u',') + 1, columns.size());
    QVERIFY(lines.first().startsWith(
            page->spec().model->headerData(columns.first(), Qt::Horizontal).toString()));
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        QVERIFY(lines.at(row + 1).contains(
                page->proxy()->index(row, page->spec().nameColumn).data().toString()));
}

void TstPages::theViewStateSurvivesARestart()
{
    QByteArray header;
    QString zone;
    {
        Setup s;
        ResourcePage *page = s.open(Resource::Instances);
        page->setColumnVisible(4, false);
        page->table()->horizontalHeader()->resizeSection(0, 233);
        page->table()->sortByColumn(2, Qt::DescendingOrder);
        auto *box = page->findChild<QComboBox *>(u"zoneFilter"_s);
        QTRY_VERIFY(box->count() >= 2); // filled from the event loop after the rows arrive
        box->setCurrentIndex(1);
        zone = box->currentData().toString();
        page->saveViewState();
        header = page->table()->horizontalHeader()->saveState();
    }
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    QHeaderView *h = page->table()->horizontalHeader();
    QVERIFY(h->isSectionHidden(4));
    QCOMPARE(h->sectionSize(0), 233);
    QCOMPARE(h->sortIndicatorSection(), 2);
    QCOMPARE(h->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(page->findChild<QComboBox *>(u"zoneFilter"_s)->currentData().toString(), zone);
    QCOMPARE(page->proxy()->facet(Roles::ZoneFacetRole), QStringList {zone});
}

void TstPages::keyboardSwitchesPagesAndFindsTheSearch()
{
    Setup s;
    s.open(Resource::Instances);
    QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
    QTest::keyClick(s.window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(s.window->currentPage()->spec().resource, Resource::Firewalls);
    QTest::keyClick(s.window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(s.window->currentPage()->spec().resource, Resource::UserScripts);
    QTest::keyClick(s.window->currentPage()->table(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(),
             s.window->currentPage()->findChild<QLineEdit *>(u"searchEdit"_s));
}

void TstPages::secretsStayHiddenUntilAsked()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    page->table()->selectRow(0);
    const QString id = page->currentId();
    // The listing carried neither secret: the console does not hold them.
    const Instance *in = s.session->instances()->find(id);
    QVERIFY(in && in->defaultAccountPassword.isEmpty() && in->vncLink.isEmpty());
    for (const Simulator::Record &r : s.f.sim->log()) {
        if (r.path == u"/v1/instances"_s)
            QVERIFY2(r.query.contains(u"fields=245631"_s), qPrintable(r.query));
    }
    const Instance truth = s.f.sim->state().instance(id)->data;
    QVERIFY(!truth.defaultAccountPassword.isEmpty() && !truth.vncLink.isEmpty());
    QVERIFY(!page->detail()->visibleText().join(u'\n').contains(truth.defaultAccountPassword));
    auto buttons = page->detail()->findChildren<QToolButton *>(u"revealButton"_s);
    QCOMPARE(buttons.size(), 2);
    // Show reads the secrets with one detail request, and shows only what was asked.
    s.f.sim->clearLog();
    buttons.first()->click();
    QVERIFY(s.f.drive([&] {
        return page->detail()->visibleText().join(u'\n').contains(truth.defaultAccountPassword);
    }));
    QCOMPARE(s.f.sim->log().size(), 1);
    QCOMPARE(s.f.sim->log().first().path, u"/v1/instances/"_s + id);
    QVERIFY(!page->detail()->visibleText().join(u'\n').contains(truth.vncLink));
    QVERIFY(!page->detail()->holdsSecret(u"console"_s));
    // Hidden again, it is no longer held; another row never shows it.
    QTRY_VERIFY(!page->detail()->findChildren<QToolButton *>(u"revealButton"_s).isEmpty());
    QToolButton *hide = nullptr;
    for (QToolButton *b : page->detail()->findChildren<QToolButton *>(u"revealButton"_s)) {
        if (b->isVisibleTo(page->detail()) && b->text() == u"Hide"_s)
            hide = b;
    }
    QVERIFY(hide);
    // The login name came with it (no secret: it stays shown).
    QVERIFY(page->detail()->visibleText().contains(u"Default account: "_s + truth.defaultAccountUser));
    hide->click();
    QVERIFY(!page->detail()->holdsSecret(u"password"_s));
    QVERIFY(!page->detail()->visibleText().join(u'\n').contains(truth.defaultAccountPassword));
    // Shown again, then another server is chosen: nothing of the first is kept or shown.
    // (The rebuilt pane's buttons are shown from the event loop.)
    QToolButton *showAgain = nullptr;
    QTRY_VERIFY([&] {
        for (QToolButton *b : page->detail()->findChildren<QToolButton *>(u"revealButton"_s)) {
            if (b->isVisibleTo(page->detail()) && b->toolTip().contains(u"password"_s))
                showAgain = b;
        }
        return showAgain != nullptr;
    }());
    showAgain->click();
    QVERIFY(s.f.drive([&] { return page->detail()->holdsSecret(u"password"_s); }));
    page->table()->selectRow(1);
    QVERIFY(page->currentId() != id);
    QVERIFY(!page->detail()->holdsSecret(u"password"_s));
    QVERIFY(!page->detail()->visibleText().join(u'\n').contains(truth.defaultAccountPassword));
    QVERIFY(!page->detail()->visibleText().join(u'\n').contains(truth.defaultAccountUser + u'\n'));
}

void TstPages::aStaleDetailReadsItsOwnDetailOnce()
{
    Setup s;
    ResourcePage *page = s.open(Resource::Instances);
    // The rows are older than the refresh interval (auto refresh off: 5 minutes).
    s.f.clock.advanceSecs(6 * 60);
    const QString id = page->proxy()->index(3, 0).data(Roles::IdRole).toString();
    s.f.sim->state().instance(id)->data.description = u"changed elsewhere"_s;
    s.f.sim->clearLog();
    page->table()->selectRow(3);
    QCOMPARE(page->currentId(), id);
    QVERIFY(s.f.drive([&] { return s.session->instances()->find(id)->description == u"changed elsewhere"_s; }));
    QCOMPARE(s.f.sim->log().size(), 1); // its detail, not the whole listing
    QCOMPARE(s.f.sim->log().first().path, u"/v1/instances/"_s + id);
    // Once: chosen again, it is not read again until the next listing.
    page->table()->selectRow(4);
    page->table()->selectRow(3);
    QCoreApplication::processEvents();
    QCOMPARE(s.f.sim->count(u"GET"_s, u"/v1/instances/"_s + id), 1);
}

void TstPages::aListNotOfferedToTheAccountIsNotAnError()
{
    // Seen on a real account: the user script list answered 404.
    Setup s;
    SimFault missing;
    missing.kind = SimFault::Kind::Status;
    missing.status = 404;
    missing.errorCode = u"NOT_FOUND"_s;
    missing.method = u"GET"_s;
    missing.path = u"/v1/instance/script"_s;
    s.f.sim->addFault(missing);
    ResourcePage *scripts = s.open(Resource::UserScripts);
    const ResourceStore *store = s.session->store(Resource::UserScripts);
    QVERIFY(store->isUnavailable());
    QVERIFY(!store->lastError().isError());
    QCOMPARE(scripts->stateText(), scripts->spec().unavailableText);
    QCOMPARE(scripts->proxy()->rowCount(), 0);
    // The rest of the account works as usual, and nothing says it is in error.
    ResourcePage *servers = s.open(Resource::Instances);
    QVERIFY(servers->proxy()->rowCount() > 0);
    QVERIFY2(servers->stateText().isEmpty(), qPrintable(servers->stateText()));
    QVERIFY(s.f.client->isOnline());
    // Offered again later: listed as usual.
    s.f.sim->clearFaults();
    s.open(Resource::UserScripts);
    s.refresh(Resource::UserScripts);
    QVERIFY(!store->isUnavailable());
    QCOMPARE(scripts->proxy()->rowCount(),
             SimFixture::countOf(s.f.sim->state(), Resource::UserScripts));
}

void TstPages::emptyAndErrorStatesSaySomething()
{
    Setup s;
    s.f.sim->state().userScripts.clear();
    SimFault broken;
    broken.kind = SimFault::Kind::Status;
    broken.status = 400;
    broken.errorCode = u"CHECK_PARAM"_s;
    broken.path = u"/v1/auth/ssh_key"_s;
    s.f.sim->addFault(broken);
    ResourcePage *scripts = s.open(Resource::UserScripts);
    QCOMPARE(scripts->stateText(), scripts->spec().emptyText);
    s.window->showPage(Resource::SshKeys);
    QVERIFY(s.f.drive([&] { return !s.session->store(Resource::SshKeys)->isLoading(); }));
    const QString error = s.window->page(Resource::SshKeys)->stateText();
    QVERIFY2(error.endsWith(u"Press F5 to try again."_s), qPrintable(error));

    // A refresh that fails over rows already shown says so; the rows stay; the next good
    // refresh takes the sentence away.
    ResourcePage *servers = s.open(Resource::Instances);
    const int rows = servers->proxy()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY(servers->stateText().isEmpty());
    SimFault refused = broken;
    refused.status = 403;
    refused.errorCode = u"CHECK_IP"_s;
    refused.path = u"/v1/instances"_s;
    s.f.sim->addFault(refused);
    s.refresh(Resource::Instances);
    QVERIFY2(servers->stateText().contains(u"received before"_s), qPrintable(servers->stateText()));
    QCOMPARE(servers->proxy()->rowCount(), rows);
    s.f.sim->clearFaults();
    s.refresh(Resource::Instances);
    QVERIFY2(servers->stateText().isEmpty(), qPrintable(servers->stateText()));
}

QTEST_MAIN(TstPages)
#include "tst_pages.moc"
