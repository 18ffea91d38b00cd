// Servers, every action, end to end against the simulator through the window's own actions and
// dialogs: create two servers with a volume and two SSH keys, edit, reinstall the OS, change
// the spec, open the VNC console; and the failures: a refusal keeps every field, a lost create
// is sent once and settled from the listing, DEV_CHECK_RETURN says nothing was made.
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

namespace {
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
} // namespace

class TstServerDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsTwoServersWithAVolumeAndTwoKeys();
    void opensTheCreateDialogWithAHandfulOfRequestsThenNone();
    void saysWhyAFieldIsNotValidAndSendsNothing();
    void keepsEveryFieldWhenTheServerRefuses();
    void sendsALostCreateOnceAndSettlesItFromTheListing();
    void saysNothingWasCreatedOnDevCheckReturn();
    void editRenamesInTheTableAndTheDetail();
    void rebuildInstallsTheNewImageAndComesBack();
    void resizeMovesToTheNewSpec();
    void remoteConsoleGoesToTheDesktopAndNeverToALog();
    void deleteNamesTheBlockStorageThatStays();
    // What a review found.
    void neverSendsALostCreateAgainOnceTheListingSettlesIt();
    void keepsTheChosenSpecAndImageWhenAFilterHidesThem();
    void rebuildNeverInstallsAnImageThePersonDidNotChoose();
    void lostRebuildOrResizeIsDoneWhenTheListingShowsIt_data();
    void lostRebuildOrResizeIsDoneWhenTheListingShowsIt();
    void neverSendsALostRebuildAgainWhenTheListingCannotTell();
    void refusesASecondCreateWhileAnotherIsUnknown();
    void saysASecondCreateWaitsForOneStillOnItsWay();
    void placesARefusalUnderTheFieldItNames_data();
    void placesARefusalUnderTheFieldItNames();
    void saysWhatEachRefusalCodeMeans();
    void asksForTheIdWhenAServerHasNoName();
    void callsAPriceMonthlyOnlyWhenItsTypeSaysSo();
    void saysAnAcceptedCreateWithoutServersIsLookedFor();
    void saysWhatIsMissingOnTheReview();
    void numbersTheVolumeRowsAfterOneIsRemoved();
};

void TstServerDialogs::createsTwoServersWithAVolumeAndTwoKeys()
{
    Setup s;
    const qsizetype before = s.f.sim->state().instances.size();
    CreateServerDialog *d = s.openCreate();
    QVERIFY(d->chooseZone(u"kr1-z01"_s));
    // A sold-out spec is offered but cannot be chosen.
    QVERIFY(!d->chooseSpec(u"hmem.c8m64"_s));
    QVERIFY(d->chooseSpec(u"std.c2m4"_s));
    const QList<Image> images
            = ServerPlan::imagesFor(s.session->images()->items(), d->plan().flavor, u"kr1-z01"_s);
    QVERIFY(!images.isEmpty());
    QVERIFY(d->chooseImage(images.first().id));
    d->goTo(CreateServerDialog::Step::Storage);
    QCOMPARE(d->step(), CreateServerDialog::Step::Storage);
    d->findChild<QPushButton *>(u"addVolumeButton"_s)->click();
    auto *size = d->findChild<QSpinBox *>(u"volumeSize0"_s);
    QVERIFY(size);
    size->setValue(100);
    d->findChild<QLineEdit *>(u"volumeName0"_s)->setText(u"데이터"_s);
    d->goTo(CreateServerDialog::Step::Access);
    auto *keys = d->findChild<QListWidget *>(u"sshKeyList"_s);
    QVERIFY(keys->count() >= 2);
    keys->item(0)->setCheckState(Qt::Checked);
    keys->item(1)->setCheckState(Qt::Checked);
    d->goTo(CreateServerDialog::Step::Name);
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"batch"_s);
    d->findChild<QSpinBox *>(u"countSpin"_s)->setValue(2);
    d->goTo(CreateServerDialog::Step::Review);
    QCOMPARE(d->step(), CreateServerDialog::Step::Review);
    // The review says what it costs a month: 2 × 22,000원, VAT both ways.
    const QString price = d->findChild<QLabel *>(u"priceLabel"_s)->text();
    QVERIFY2(price.contains(u"44,000"_s) && price.contains(u"48,400"_s), qPrintable(price));
    auto *create = d->findChild<QPushButton *>(u"createButton"_s);
    QVERIFY(create->isEnabled());
    QPointer<CreateServerDialog> guard(d);
    create->click();
    QVERIFY(!create->isEnabled()); // never twice
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));

    // One create, two servers, each with its volume; the keys went with it.
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
    QCOMPARE(s.f.sim->state().instances.size(), before + 2);
    QFile journal(s.journal.path());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray line = journal.readAll();
    const QByteArray keyIds = QByteArray(s.f.sim->state().sshKeys.at(0).id.toUtf8() + ','
                                         + s.f.sim->state().sshKeys.at(1).id.toUtf8());
    QVERIFY2(line.contains(keyIds), line.constData());
    QStringList made;
    for (const SimInstance &si : s.f.sim->state().instances.mid(before)) {
        made.append(si.data.id);
        QCOMPARE(si.data.blockStorageIds.size(), 1);
        QVERIFY(si.data.name.startsWith(u"batch"_s));
    }
    // Listed at once (the answer's rows) and selected; then followed to active.
    for (const QString &id : made)
        QVERIFY(s.session->instances()->find(id));
    QVERIFY(made.contains(s.servers()->currentId()));
    std::sort(made.begin(), made.end());
    QCOMPARE(s.selectedServers(), made); // every new server, not only the first
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    for (const QString &id : made)
        QCOMPARE(s.session->instances()->find(id)->status, u"active"_s);
}

void TstServerDialogs::opensTheCreateDialogWithAHandfulOfRequestsThenNone()
{
    Setup s; // a fresh session: the servers page is loaded, nothing else
    const int start = int(s.f.sim->log().size());
    CreateServerDialog *first = s.openCreate();
    QVERIFY(s.f.drive([&] {
        return s.loaded() && s.session->store(Resource::UserScripts)->hasData()
                && s.session->store(Resource::SshKeys)->hasData();
    }));
    const int opening = int(s.f.sim->log().size()) - start;
    qInfo("requests to open the create dialog: %d on a fresh session", opening);
    QVERIFY2(opening > 0 && opening <= 10, qPrintable(QString::number(opening)));
    first->reject();
    const int again = int(s.f.sim->log().size());
    s.openCreate()->reject();
    // Nothing asked for, nothing on its way, and nothing sent while the clock moves on.
    for (int i = 0; i < kResourceCount; ++i)
        QVERIFY2(!s.session->store(Resource(i))->isLoading(), qPrintable(QString::number(i)));
    QCOMPARE(s.f.client->attemptsInFlight(), 0);
    s.driveFor(10'000);
    qInfo("requests to open it again: %d", int(s.f.sim->log().size()) - again);
    QCOMPARE(int(s.f.sim->log().size()), again); // everything still fresh
}

void TstServerDialogs::saysWhyAFieldIsNotValidAndSendsNothing()
{
    Setup s;
    CreateServerDialog *d = s.openCreate();
    // Nothing chosen: the later steps cannot be reached.
    d->goTo(CreateServerDialog::Step::Review);
    QCOMPARE(d->step(), CreateServerDialog::Step::Zone);
    s.fillCreate(d, u"kr1-z01"_s, QString(51, u'가'));
    QCOMPARE(d->step(), CreateServerDialog::Step::Name); // the name is not valid yet
    auto *nameError = d->findChild<QLabel *>(u"nameError"_s);
    QVERIFY(nameError->isVisibleTo(d));
    QVERIFY2(nameError->text().contains(u"50"_s), qPrintable(nameError->text()));
    QVERIFY(!d->findChild<QPushButton *>(u"nextButton"_s)->isEnabled());
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"web-new"_s);
    QVERIFY(!nameError->isVisibleTo(d));
    QCOMPARE(s.posts(u"/v1/instances"_s), 0);
}

void TstServerDialogs::keepsEveryFieldWhenTheServerRefuses()
{
    Setup s;
    // The server's own limit is stricter than the console knows (the reference gives none).
    s.f.sim->options().nameMax = 10;
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"refused-long-name"_s);
    d->goTo(CreateServerDialog::Step::Storage);
    d->findChild<QPushButton *>(u"addVolumeButton"_s)->click();
    d->findChild<QSpinBox *>(u"volumeSize0"_s)->setValue(120);
    d->findChild<QLineEdit *>(u"volumeName0"_s)->setText(u"logs"_s);
    d->goTo(CreateServerDialog::Step::Access);
    auto *keys = d->findChild<QListWidget *>(u"sshKeyList"_s);
    QVERIFY(keys->count() >= 2);
    keys->item(0)->setCheckState(Qt::Checked);
    keys->item(1)->setCheckState(Qt::Checked);
    auto *scripts = d->findChild<QComboBox *>(u"scriptCombo"_s);
    QVERIFY(scripts->count() >= 2);
    scripts->setCurrentIndex(1);
    d->goTo(CreateServerDialog::Step::Name);
    d->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"설명 그대로"_s);
    d->findChild<QSpinBox *>(u"countSpin"_s)->setValue(3);
    d->goTo(CreateServerDialog::Step::Review);
    QCOMPARE(d->step(), CreateServerDialog::Step::Review);
    const ServerPlan before = d->plan();
    QCOMPARE(before.volumes.size(), 1);
    QCOMPARE(before.sshKeyIds.size(), 2);
    QVERIFY(!before.userScriptId.isEmpty());
    d->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return !d->message().isEmpty() && !d->message().endsWith(u"…"_s); }));
    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(u"name must be 1-10 characters"_s), qPrintable(d->message()));
    // Everything typed and chosen is still there, the reason is next to the field, and it can
    // be sent again (nothing was made).
    const ServerPlan &after = d->plan();
    QCOMPARE(after.zoneId, before.zoneId);
    QCOMPARE(after.flavor, before.flavor);
    QCOMPARE(after.image, before.image);
    QCOMPARE(after.volumes.size(), before.volumes.size());
    QCOMPARE(after.volumes.first().sizeGb, 120);
    QCOMPARE(after.volumes.first().name, u"logs"_s);
    QCOMPARE(after.sshKeyIds, before.sshKeyIds);
    QCOMPARE(after.userScriptId, before.userScriptId);
    QCOMPARE(after.name, u"refused-long-name"_s);
    QCOMPARE(after.description, u"설명 그대로"_s);
    QCOMPARE(after.count, 3);
    QCOMPARE(d->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"refused-long-name"_s);
    QCOMPARE(d->findChild<QSpinBox *>(u"countSpin"_s)->value(), 3);
    QCOMPARE(keys->item(0)->checkState(), Qt::Checked);
    QCOMPARE(keys->item(1)->checkState(), Qt::Checked);
    QCOMPARE(scripts->currentIndex(), 1);
    QVERIFY(d->findChild<QLabel *>(u"nameError"_s)->text().contains(u"1-10 characters"_s));
    QVERIFY(d->findChild<QPushButton *>(u"createButton"_s)->isEnabled());
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
}

void TstServerDialogs::sendsALostCreateOnceAndSettlesItFromTheListing()
{
    Setup s;
    // The server makes it, then the connection drops before the answer.
    SimFault lost;
    lost.kind = SimFault::Kind::Reset;
    lost.method = u"POST"_s;
    lost.path = u"/v1/instances"_s;
    lost.times = 1;
    lost.process = true;
    s.f.sim->addFault(lost);
    const qsizetype before = s.f.sim->state().instances.size();
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"lost-answer"_s);
    auto *create = d->findChild<QPushButton *>(u"createButton"_s);
    create->click();
    QVERIFY(s.f.drive([&] { return d->message().contains(u"lost"_s); }));
    QVERIFY(!create->isEnabled()); // never re-sent, not even by a second click
    create->click();
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
    QCOMPARE(s.f.sim->state().instances.size(), before + 1);
    // The dialog can be closed meanwhile; the listing settles it.
    d->reject();
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    const QList<Operation> ops = s.session->operations()->operations();
    QCOMPARE(ops.last().state, Operation::State::Done);
    QCOMPARE(ops.last().targetId, s.f.sim->state().instances.last().data.id);
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
}

void TstServerDialogs::saysNothingWasCreatedOnDevCheckReturn()
{
    Setup s;
    const qsizetype before = s.f.sim->state().instances.size();
    CreateServerDialog *d = s.openCreate();
    // kr2-z02 is restricted: the server refuses with DEV_CHECK_RETURN (observed on the real one).
    s.fillCreate(d, u"kr2-z02"_s, u"restricted"_s);
    d->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return d->message().contains(u"Nothing was created"_s); }));
    QVERIFY2(d->message().contains(u"선택하신 존의 자원이 제한되어"_s), qPrintable(d->message()));
    QVERIFY(d->isVisible());
    QCOMPARE(d->plan().name, u"restricted"_s);
    QCOMPARE(s.f.sim->state().instances.size(), before);
}

void TstServerDialogs::editRenamesInTheTableAndTheDetail()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    auto *d = s.opened<EditServerDialog>(s.actions()->editAction());
    QVERIFY(!d->saveButton()->isEnabled()); // nothing changed yet
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"결제 서버 2"_s);
    d->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"새 설명"_s);
    QVERIFY(d->saveButton()->isEnabled());
    QPointer<EditServerDialog> guard(d);
    d->saveButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QCOMPARE(s.f.sim->state().instance(id)->data.name, u"결제 서버 2"_s);
    QCOMPARE(s.session->instances()->find(id)->name, u"결제 서버 2"_s);
    QTRY_VERIFY(s.servers()->detail()->visibleText().join(u'\n').contains(u"결제 서버 2"_s));
    QVERIFY(s.servers()->detail()->visibleText().join(u'\n').contains(u"새 설명"_s));
}

void TstServerDialogs::rebuildInstallsTheNewImageAndComesBack()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    // Says what the reference says: the disk is erased; it promises nothing about block storage.
    const QString warning = d->findChild<QLabel *>(u"warningLabel"_s)->text();
    QVERIFY2(warning.contains(u"erases its disk"_s) && !warning.contains(u"keeps its data"_s),
             qPrintable(warning));
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const Flavor *spec = s.session->flavors()->find(before.flavor.id);
    QVERIFY(spec);
    QString other;
    for (const Image &i :
         ServerPlan::imagesFor(s.session->images()->items(), *spec, before.zoneId)) {
        if (i.id != before.image.id)
            other = i.id;
    }
    QVERIFY(!other.isEmpty());
    QVERIFY(d->chooseImage(other));
    QVERIFY(!d->rebuildButton()->isEnabled()); // the name is not typed yet
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
    QVERIFY(d->rebuildButton()->isEnabled());
    QPointer<RebuildDialog> guard(d);
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    // The row says what is under way, then the server is back, on the new image.
    const int row = s.session->instances()->rowOf(id);
    const QString shown = s.session->instances()
                                  ->index(row, int(InstanceModel::Column::Status))
                                  .data()
                                  .toString();
    QVERIFY2(shown.startsWith(u"Reinstalling the OS…"_s), qPrintable(shown));
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QCOMPARE(s.f.sim->state().instance(id)->data.image.id, other);
    QCOMPARE(s.f.sim->state().instance(id)->data.status, u"active"_s);
    QCOMPARE(s.posts(u"/v1/instances/"_s + id + u"/rebuild"_s), 1);
}

void TstServerDialogs::resizeMovesToTheNewSpec()
{
    Setup s;
    QString id;
    for (const SimInstance &si : s.f.sim->state().instances) {
        if (si.data.status == u"off"_s && si.data.flavor.id == u"std.c1m2"_s)
            id = si.data.id;
    }
    if (id.isEmpty()) {
        id = s.serverIn(u"off"_s);
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(s.servers()->selectId(id));
    auto *d = s.opened<ResizeDialog>(s.actions()->resizeAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const Instance before = s.f.sim->state().instance(id)->data;
    QString bigger;
    for (const Flavor &f : s.f.sim->state().flavors) {
        if (f.id != before.flavor.id && f.status == u"available"_s
            && f.zones.contains(before.zoneId) && f.supportingImages.contains(before.image.id)
            && f.diskGb >= before.flavor.diskGb && bigger.isEmpty())
            bigger = f.id;
    }
    QVERIFY(!bigger.isEmpty());
    QVERIFY(d->chooseSpec(bigger));
    // Now and after, side by side, and what it changes a month.
    const QStringList compare = d->comparison();
    QVERIFY2(compare.size() == 6 && compare.at(1).contains(u" → "_s),
             qPrintable(compare.join(u"; "_s)));
    QVERIFY(!d->findChild<QLabel *>(u"differenceLabel"_s)->text().isEmpty());
    QPointer<ResizeDialog> guard(d);
    d->resizeButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QCOMPARE(s.f.sim->state().instance(id)->data.flavor.id, bigger);
    QCOMPARE(s.session->instances()->find(id)->flavor.id, bigger);
    QCOMPARE(s.f.sim->state().instance(id)->data.status, u"off"_s);
}

void TstServerDialogs::remoteConsoleGoesToTheDesktopAndNeverToALog()
{
    LogCatcher logs;
    QLoggingCategory::setFilterRules(u"iwinv.*=true"_s);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    {
        Setup s;
        const QString id = s.serverIn(u"active"_s);
        QVERIFY(s.servers()->selectId(id));
        QVERIFY(s.actions()->consoleAction()->isEnabled());
        s.actions()->consoleAction()->trigger();
        QVERIFY(s.f.drive([&] { return !catcher.urls.isEmpty(); }));
        const QString link = s.f.sim->state().instance(id)->data.vncLink;
        QCOMPARE(catcher.urls.first().toString(), link);
        QCOMPARE(s.f.sim->count(u"GET"_s, u"/v1/instances/"_s + id + u"/remote-console"_s), 1);
        // The link (and its token) never reached a log line.
        const QString token = link.section(u'=', 1);
        for (const QString &line : std::as_const(LogCatcher::lines))
            QVERIFY2(!line.contains(token), qPrintable(line));
        // A stopped server has no console.
        QVERIFY(s.servers()->selectId(s.serverIn(u"off"_s)));
        QVERIFY(!s.actions()->consoleAction()->isEnabled());
    }
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QLoggingCategory::setFilterRules(u"iwinv.*.info=false"_s);
}

void TstServerDialogs::deleteNamesTheBlockStorageThatStays()
{
    Setup s;
    QString id;
    for (const SimInstance &si : s.f.sim->state().instances) {
        if (!si.data.blockStorageIds.isEmpty() && si.data.status == u"active"_s)
            id = si.data.id;
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(s.servers()->selectId(id));
    const SimVolume *v
            = s.f.sim->state().volume(s.f.sim->state().instance(id)->data.blockStorageIds.first());
    s.window->instanceActions()->deleteAction()->trigger();
    ConfirmDialog *confirm = s.window->instanceActions()->pendingConfirmation();
    QVERIFY(confirm);
    const QString text = confirm->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(text.contains(v->data.name) && text.contains(u"billed"_s), qPrintable(text));
    confirm->reject();
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/instances/"_s + id), 0);
}

namespace {
//! A combo's first entry (after "all") whose value is not \a value; -1 when there is none.
int otherThan(const QComboBox *combo, const QString &value)
{
    for (int i = 1; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() != value)
            return i;
    }
    return -1;
}

//! An image of \a spec in \a zone other than \a not.
QString otherImage(const Setup &s, const QString &flavorId, const QString &zoneId,
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
QString otherSpec(const Setup &s, const Instance &before)
{
    for (const Flavor &f : s.f.sim->state().flavors) {
        if (f.id != before.flavor.id && f.status == u"available"_s
            && f.zones.contains(before.zoneId) && f.supportingImages.contains(before.image.id)
            && f.diskGb >= before.flavor.diskGb)
            return f.id;
    }
    return {};
}
} // namespace

void TstServerDialogs::neverSendsALostCreateAgainOnceTheListingSettlesIt()
{
    Setup s;
    s.loseAnswer(u"/v1/instances"_s); // made, then the connection drops before the answer
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"lost-then-found"_s);
    QPointer<CreateServerDialog> guard(d);
    QPointer<QPushButton> create = d->findChild<QPushButton *>(u"createButton"_s);
    create->click();
    QVERIFY(s.f.drive([&] { return d->message().contains(u"lost"_s); }));
    // The dialog is left open while the listing settles it.
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    const Operation op = s.session->operations()->operations().last();
    QCOMPARE(op.state, Operation::State::Done);
    // Enter (the default button) and a click send nothing more.
    if (guard && guard->isVisible()) {
        QTest::keyClick(guard.data(), Qt::Key_Return);
        if (create)
            create->click();
    }
    s.driveFor(10'000);
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
    // It was made: the dialog closed by itself and the new server is selected.
    QVERIFY(!guard || !guard->isVisible());
    QCOMPARE(s.selectedServers(), op.createdIds);
}

void TstServerDialogs::keepsTheChosenSpecAndImageWhenAFilterHidesThem()
{
    Setup s;
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"filtered"_s);
    const ServerPlan chosen = d->plan();
    // The spec's type filter set to another type: the chosen spec is hidden, not replaced.
    d->goTo(CreateServerDialog::Step::Spec);
    auto *types = d->findChild<QComboBox *>(u"specTypeCombo"_s);
    const int otherType = otherThan(types, chosen.flavor.type);
    QVERIFY(otherType > 0);
    types->setCurrentIndex(otherType);
    QCOMPARE(d->plan().flavor.id, chosen.flavor.id);
    QCOMPARE(d->plan().image.id, chosen.image.id);
    types->setCurrentIndex(0);
    const QTableView *specTable = d->findChild<QTableView *>(u"specTable"_s);
    QCOMPARE(specTable->currentIndex().data(Roles::IdRole).toString(),
             chosen.flavor.id); // shown again, still chosen
    // The same for the image and the OS filter.
    d->goTo(CreateServerDialog::Step::Image);
    auto *os = d->findChild<QComboBox *>(u"imageOsCombo"_s);
    const int otherOs = otherThan(os, chosen.image.osType);
    QVERIFY(otherOs > 0);
    os->setCurrentIndex(otherOs);
    QCOMPARE(d->plan().image.id, chosen.image.id);
    QCOMPARE(d->plan().flavor.id, chosen.flavor.id);
}

void TstServerDialogs::rebuildNeverInstallsAnImageThePersonDidNotChoose()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const QString chosen = otherImage(s, before.flavor.id, before.zoneId, before.image.id);
    QVERIFY(!chosen.isEmpty());
    QVERIFY(d->chooseImage(chosen));
    // An OS the chosen image is not: its row leaves the table; no neighbour takes its place.
    auto *os = d->findChild<QComboBox *>(u"imageOsCombo"_s);
    const int otherOs = otherThan(os, s.session->images()->find(chosen)->osType);
    QVERIFY(otherOs > 0);
    os->setCurrentIndex(otherOs);
    QVERIFY(d->findChild<QTableView *>(u"imageTable"_s)->model()->rowCount() > 0);
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
    QVERIFY(!d->rebuildButton()->isEnabled());
    QVERIFY(!d->findChild<QLabel *>(u"imageNote"_s)->text().isEmpty()); // and says why
    // Chosen again, it is the one sent.
    os->setCurrentIndex(0);
    QVERIFY(d->chooseImage(chosen));
    QVERIFY(d->rebuildButton()->isEnabled());
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.f.sim->state().instance(id)->data.image.id, chosen);
}

void TstServerDialogs::lostRebuildOrResizeIsDoneWhenTheListingShowsIt_data()
{
    QTest::addColumn<bool>("rebuild");
    QTest::newRow("rebuild") << true;
    QTest::newRow("resize") << false;
}

void TstServerDialogs::lostRebuildOrResizeIsDoneWhenTheListingShowsIt()
{
    QFETCH(bool, rebuild);
    SimOptions options = SimFixture::testOptions();
    options.transitionMs = 1; // over before the first poll: only the image or the spec tells
    Setup s(options);
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    QPointer<QDialog> guard;
    QString path;
    QString expected;
    if (rebuild) {
        auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
        QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
        expected = otherImage(s, before.flavor.id, before.zoneId, before.image.id);
        QVERIFY(d->chooseImage(expected));
        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
        path = u"/v1/instances/"_s + id + u"/rebuild"_s;
        s.loseAnswer(path);
        guard = d;
        d->rebuildButton()->click();
    } else {
        auto *d = s.opened<ResizeDialog>(s.actions()->resizeAction());
        QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
        expected = otherSpec(s, before);
        QVERIFY(d->chooseSpec(expected));
        path = u"/v1/instances/"_s + id + u"/resize"_s;
        s.loseAnswer(path);
        guard = d;
        d->resizeButton()->click();
    }
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); })); // done: it closes
    const Instance &after = s.f.sim->state().instance(id)->data;
    QCOMPARE(rebuild ? after.image.id : after.flavor.id, expected);
    QCOMPARE(s.posts(path), 1);
}

void TstServerDialogs::neverSendsALostRebuildAgainWhenTheListingCannotTell()
{
    SimOptions options = SimFixture::testOptions();
    options.transitionMs = 1;
    Setup s(options);
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    QVERIFY(d->chooseImage(otherImage(s, before.flavor.id, before.zoneId, before.image.id)));
    auto *name = d->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(before.name);
    // Lost, and never carried out: the listing shows the server as it was, which a rebuild
    // that has not started yet would show too.
    const QString path = u"/v1/instances/"_s + id + u"/rebuild"_s;
    s.loseAnswer(path, false);
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::NoChangeSeen);
    QVERIFY(d->isVisible());
    const QString said = d->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(said.contains(u"cannot show whether it was done"_s), qPrintable(said));
    // Typing again does not bring the button back.
    name->setText(QString());
    name->setText(before.name);
    QVERIFY(!d->rebuildButton()->isEnabled());
    d->rebuildButton()->click();
    s.driveFor(5000);
    QCOMPARE(s.posts(path), 1);
}

void TstServerDialogs::refusesASecondCreateWhileAnotherIsUnknown()
{
    Setup s;
    s.loseAnswer(u"/v1/instances"_s);
    CreateServerDialog *first = s.openCreate();
    s.fillCreate(first, u"kr1-z01"_s, u"only-once"_s);
    first->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return first->message().contains(u"lost"_s); }));
    first->reject();
    // Another wizard, the same choices, while the first create is still being looked for.
    CreateServerDialog *second = s.openCreate();
    s.fillCreate(second, u"kr1-z01"_s, u"only-once"_s);
    second->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY2(second->message().contains(u"lost its answer"_s)
                     && second->message().contains(u"only-once"_s),
             qPrintable(second->message()));
    s.driveFor(1000); // not yet the first poll
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
    // Once the listing has settled the first, a create may be sent again.
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    second->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return s.posts(u"/v1/instances"_s) == 2; }));
}

void TstServerDialogs::saysASecondCreateWaitsForOneStillOnItsWay()
{
    Setup s;
    // The first create's answer never comes (yet): it is on its way, not lost.
    SimFault stall;
    stall.kind = SimFault::Kind::Stall;
    stall.method = u"POST"_s;
    stall.path = u"/v1/instances"_s;
    stall.times = 1;
    s.f.sim->addFault(stall);
    CreateServerDialog *first = s.openCreate();
    s.fillCreate(first, u"kr1-z01"_s, u"on-its-way"_s);
    first->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return s.posts(u"/v1/instances"_s) == 1; }));
    first->reject();
    CreateServerDialog *second = s.openCreate();
    s.fillCreate(second, u"kr1-z01"_s, u"second"_s);
    second->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY2(second->message().contains(u"still on its way"_s)
                     && !second->message().contains(u"lost"_s),
             qPrintable(second->message()));
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
}

void TstServerDialogs::placesARefusalUnderTheFieldItNames_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("block storage name") << u"volumesError"_s;
    QTest::newRow("SSH key") << u"sshKeyError"_s;
    QTest::newRow("spec") << u"specError"_s;
    QTest::newRow("server name") << u"nameError"_s;
}

void TstServerDialogs::placesARefusalUnderTheFieldItNames()
{
    QFETCH(QString, label);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    Setup s;
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"short"_s);
    // The simulator's own validation refuses one field the console let through.
    if (tag == u"block storage name"_s) {
        s.f.sim->options().nameMax = 10;
        d->goTo(CreateServerDialog::Step::Storage);
        d->findChild<QPushButton *>(u"addVolumeButton"_s)->click();
        d->findChild<QLineEdit *>(u"volumeName0"_s)->setText(u"a-volume-name-too-long"_s);
    } else if (tag == u"SSH key"_s) {
        d->goTo(CreateServerDialog::Step::Access);
        QListWidgetItem *key = d->findChild<QListWidget *>(u"sshKeyList"_s)->item(0);
        key->setCheckState(Qt::Checked);
        // Deleted in the web console after the wizard read the list.
        const QString keyId = key->data(Qt::UserRole).toString();
        s.f.sim->state().sshKeys.removeIf([&](const SshKey &k) { return k.id == keyId; });
    } else if (tag == u"spec"_s) {
        for (Flavor &f : s.f.sim->state().flavors) {
            if (f.id == d->plan().flavor.id)
                f.status = u"soldout"_s; // sold out since the wizard read it
        }
    } else {
        s.f.sim->options().nameMax = 3;
    }
    d->goTo(CreateServerDialog::Step::Review);
    QCOMPARE(d->step(), CreateServerDialog::Step::Review);
    d->findChild<QPushButton *>(u"createButton"_s)->click();
    QVERIFY(s.f.drive([&] { return !d->message().isEmpty() && !d->message().endsWith(u"…"_s); }));
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
    for (const QString &field : {u"nameError"_s, u"descriptionError"_s, u"volumesError"_s,
                                 u"sshKeyError"_s, u"specError"_s, u"imageError"_s}) {
        auto *problem = d->findChild<QLabel *>(field);
        QVERIFY2(problem, qPrintable(field));
        if (field == label)
            QVERIFY2(!problem->text().isEmpty(), qPrintable(field));
        else
            QVERIFY2(problem->text().isEmpty(), qPrintable(field + u": "_s + problem->text()));
    }
}

void TstServerDialogs::saysWhatEachRefusalCodeMeans()
{
    ApiError generic;
    generic.kind = ApiError::Kind::Rejected;
    const QString vague = ErrorText::describe(generic);
    QSet<QString> sentences;
    int refusals = 0;
    for (int code = 0x2; code <= 0x14; ++code) {
        ApiError e;
        e.httpStatus = 400;
        e.code = code;
        e.errorCode = ApiError::codeName(code);
        e.kind = ApiError::kindFor(e.httpStatus, code, e.errorCode);
        const QString own = ErrorText::describe(e);
        QVERIFY2(own != vague, qPrintable(e.errorCode));
        if (e.kind == ApiError::Kind::Rejected) {
            ++refusals;
            sentences.insert(own);
        }
        // The server's own words stay, as a detail.
        e.message = u"iwinv의 설명"_s;
        QVERIFY2(ErrorText::describe(e).contains(e.message), qPrintable(e.errorCode));
    }
    QCOMPARE(int(sentences.size()), refusals); // each refusal its own sentence
}

void TstServerDialogs::asksForTheIdWhenAServerHasNoName()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    s.f.sim->state().instance(id)->data.name.clear();
    s.reload(Resource::Instances);
    QVERIFY(s.session->instances()->find(id)->name.isEmpty());
    QVERIFY(s.servers()->selectId(id));
    // Delete: with no name to type, the id is typed.
    s.window->instanceActions()->deleteAction()->trigger();
    ConfirmDialog *confirm = s.window->instanceActions()->pendingConfirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(confirm->actionButton()->isEnabled());
    confirm->reject();
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/instances/"_s + id), 0);
    // Reinstall: the same.
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    QVERIFY(d->chooseImage(otherImage(s, before.flavor.id, before.zoneId, before.image.id)));
    QVERIFY(!d->rebuildButton()->isEnabled()); // nothing typed is no confirmation
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(d->rebuildButton()->isEnabled());
    d->reject();
}

void TstServerDialogs::callsAPriceMonthlyOnlyWhenItsTypeSaysSo()
{
    Setup s;
    Price month;
    Price hour;
    for (Flavor &f : s.f.sim->state().flavors) {
        if (f.id == u"std.c2m4"_s) {
            month = f.full;
            hour = f.partial;
            // This answer gives the hourly price under `full`: its type says so.
            f.full = hour;
            f.partial = month;
        }
    }
    QCOMPARE(month.type, u"month"_s);
    s.reload(Resource::Flavors);
    CreateServerDialog *d = s.openCreate();
    QVERIFY(d->chooseZone(u"kr1-z01"_s));
    QVERIFY(d->chooseSpec(u"std.c2m4"_s));
    const QAbstractItemModel *specs = d->findChild<QTableView *>(u"specTable"_s)->model();
    int row = -1;
    for (int r = 0; r < specs->rowCount(); ++r) {
        if (specs->index(r, 0).data(Roles::IdRole).toString() == u"std.c2m4"_s)
            row = r;
    }
    QVERIFY(row >= 0);
    using Column = SpecChoiceModel::Column;
    const QString monthly = specs->index(row, int(Column::Monthly)).data().toString();
    const QString hourly = specs->index(row, int(Column::Hourly)).data().toString();
    QVERIFY2(monthly.startsWith(Format::money(month.price)), qPrintable(monthly));
    QVERIFY2(hourly.startsWith(Format::money(hour.price)), qPrintable(hourly));
    const QStringList price = d->findChild<QLabel *>(u"priceLabel"_s)->text().split(u'\n');
    QVERIFY2(price.first().contains(Format::money(month.price)), qPrintable(price.join(u" | "_s)));
    QVERIFY2(price.at(1).contains(Format::money(hour.price)), qPrintable(price.join(u" | "_s)));
}

void TstServerDialogs::saysAnAcceptedCreateWithoutServersIsLookedFor()
{
    Setup s;
    SimFault unnamed;
    unnamed.kind = SimFault::Kind::Body;
    unnamed.method = u"POST"_s;
    unnamed.path = u"/v1/instances"_s;
    unnamed.status = 202;
    unnamed.body = R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[],"count":0})";
    unnamed.process = true;
    unnamed.times = 1;
    s.f.sim->addFault(unnamed);
    QStringList said;
    QSignalSpy messages(s.actions(), &ServerActions::message);
    QObject context;
    connect(s.session->operations(), &OperationTracker::operationChanged, &context,
            [&said](const Operation &op) { said.append(OperationText::describe(op)); });
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"unnamed-answer"_s);
    QPointer<CreateServerDialog> guard(d);
    d->findChild<QPushButton *>(u"createButton"_s)->click();
    // Accepted: the wizard closes, and nobody is told an answer was lost.
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY2(said.join(u'\n').contains(u"accepted; looking for the new servers in the list"_s),
             qPrintable(said.join(u'\n')));
    QVERIFY(messages.count() > 0);
    QVERIFY2(messages.last().first().toString().contains(u"looking for the new servers"_s),
             qPrintable(messages.last().first().toString()));
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QVERIFY2(!said.join(u'\n').contains(u"lost"_s), qPrintable(said.join(u'\n')));
    const Operation op = s.session->operations()->operations().last();
    QCOMPARE(op.state, Operation::State::Done);
    QCOMPARE(op.createdIds.size(), 1);
    QCOMPARE(s.selectedServers(), op.createdIds);
    QCOMPARE(s.posts(u"/v1/instances"_s), 1);
}

void TstServerDialogs::saysWhatIsMissingOnTheReview()
{
    Setup s;
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"missing"_s);
    QCOMPARE(d->step(), CreateServerDialog::Step::Review);
    // The chosen image leaves the catalogue while the review is open.
    const QString image = d->plan().image.id;
    s.f.sim->state().images.removeIf([&](const Image &i) { return i.id == image; });
    s.reload(Resource::Images);
    QVERIFY(d->plan().image.id.isEmpty());
    const QString title = d->findChild<QLabel *>(u"reviewTitle"_s)->text();
    QVERIFY2(title.contains(u"Choose an image"_s), qPrintable(title));
    QVERIFY(!d->findChild<QPushButton *>(u"createButton"_s)->isEnabled());
}

void TstServerDialogs::numbersTheVolumeRowsAfterOneIsRemoved()
{
    Setup s;
    CreateServerDialog *d = s.openCreate();
    s.fillCreate(d, u"kr1-z01"_s, u"volumes"_s);
    d->goTo(CreateServerDialog::Step::Storage);
    for (int i = 0; i < 3; ++i) {
        d->findChild<QPushButton *>(u"addVolumeButton"_s)->click();
        d->findChild<QSpinBox *>(u"volumeSize%1"_s.arg(i))->setValue(20 + 10 * i);
        d->findChild<QLineEdit *>(u"volumeName%1"_s.arg(i))->setText(QString(QChar(u'a' + i)));
    }
    auto *table = d->findChild<QTableWidget *>(u"volumeTable"_s);
    table->setCurrentCell(0, 0);
    d->findChild<QPushButton *>(u"removeVolumeButton"_s)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    // The rows left are 0 and 1, named after their place.
    QCOMPARE(table->rowCount(), 2);
    for (int i = 0; i < 2; ++i) {
        auto *size = d->findChild<QSpinBox *>(u"volumeSize%1"_s.arg(i));
        auto *name = d->findChild<QLineEdit *>(u"volumeName%1"_s.arg(i));
        QVERIFY2(size && name, qPrintable(QString::number(i)));
        QCOMPARE(size->value(), 30 + 10 * i);
        QCOMPARE(name->text(), QString(QChar(u'b' + i)));
        QCOMPARE(d->plan().volumes.at(i).sizeGb, 30 + 10 * i);
    }
    QVERIFY(!d->findChild<QSpinBox *>(u"volumeSize2"_s));
}

QTEST_MAIN(TstServerDialogs)
#include "tst_serverdialogs.moc"
