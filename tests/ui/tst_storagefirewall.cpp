// Block storage and firewalls, every write, end to end against the simulator through the
// window's own actions and dialogs, in both firewall dialects: add a volume attached to a
// server (both sides show it), detach it and attach it elsewhere, delete refused while it is
// attached; create a firewall with three rules, edit it, attach it to two servers and detach
// one; every invalid rule refused before anything is sent (and by the simulator with the
// reference's codes); a security-groups save that fails half way, its steps, the access it
// keeps after every call, and its retry.
#include "actions/firewallactions.h"
#include "actions/volumeactions.h"
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "dialogs/choicedialog.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/firewalleditordialog.h"
#include "domain/rulecheck.h"
#include "mainwindow.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "operations/journal.h"
#include "operations/operationtracker.h"
#include "operations/rulesync.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/detailview.h"
#include "widgets/ruletableeditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dialect = SimOptions::FirewallDialect;

Q_DECLARE_METATYPE(SimOptions::FirewallDialect)

namespace {
SimOptions optionsFor(Dialect dialect)
{
    SimOptions o = SimFixture::testOptions();
    o.firewallDialect = dialect;
    return o;
}

FirewallRule rule(const QString &title, const QString &port, const QString &ip = u"10.0.0.0/8"_s,
                  const QString &protocol = u"TCP"_s, const QString &bound = u"IN"_s)
{
    FirewallRule r;
    r.bound = bound;
    r.protocol = protocol;
    r.port = port;
    r.ip = ip;
    r.title = title;
    return r;
}

//! A fault on \a method \a path, once: a refusal (400 \a code) for Kind::Status.
SimFault faultOn(SimFault::Kind kind, const QString &method, const QString &path,
                 const QString &code = u"CHECK_PARAM"_s)
{
    SimFault fault;
    fault.kind = kind;
    fault.method = method;
    fault.path = path;
    fault.times = 1;
    if (kind == SimFault::Kind::Status) {
        fault.status = 400;
        fault.errorCode = code;
    }
    return fault;
}

QStringList titles(const QList<FirewallRule> &rules)
{
    QStringList out;
    for (const FirewallRule &r : rules)
        out.append(r.title);
    out.sort();
    return out;
}

//! A window on the simulator in one firewall dialect, the console's own refreshing off; the
//! servers, block storage and firewall pages loaded.
struct Setup
{
    SimFixture f;
    QTemporaryDir dir;
    Journal journal {dir.filePath(u"journal.jsonl"_s)};
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    explicit Setup(Dialect dialect = Dialect::Firewall) : f(optionsFor(dialect))
    {
        f.settle();
        session = std::make_unique<AccountSession>(f.client.get(), true);
        session->setJournal(&journal);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->show();
        for (Resource r : {Resource::Instances, Resource::BlockStorage, Resource::Firewalls}) {
            window->showPage(r);
            if (!f.drive([&] { return loaded(r); }))
                qFatal("a page did not load");
        }
    }
    bool idle() const
    {
        for (int i = 0; i < kResourceCount; ++i) {
            if (session->store(Resource(i))->isLoading())
                return false;
        }
        return true;
    }
    bool loaded(Resource r) const { return idle() && session->store(r)->hasData(); }
    bool finished() const { return session->operations()->inProgress() == 0; }
    bool waitFinished()
    {
        return f.drive([&] { return finished() && idle(); }, 60000);
    }
    //! Reads \a r again and waits for it.
    bool reread(Resource r)
    {
        session->store(r)->refresh();
        return f.drive([&] { return loaded(r); });
    }
    ResourcePage *page(Resource r) const { return window->page(r); }
    VolumeActions *volumes() const { return window->volumeActions(); }
    FirewallActions *firewalls() const { return window->firewallActions(); }
    //! Servers of \a zone that are active and have no firewall (freed in the simulator when
    //! needed), at least \a count of them.
    QStringList freeServers(const QString &zone, int count)
    {
        QStringList out;
        for (SimInstance &si : f.sim->state().instances) {
            if (si.data.zoneId != zone || si.data.status != u"active"_s)
                continue;
            if (Firewall *fw = f.sim->state().firewallOf(si.data.id))
                fw->instanceIds.removeAll(si.data.id);
            out.append(si.data.id);
            if (out.size() == count)
                break;
        }
        return out;
    }
    //! An active server and an attached volume in the same zone as a second active server.
    const SimVolume *attachedVolume() const
    {
        for (const SimVolume &v : f.sim->state().volumes) {
            if (!v.data.instanceId.isEmpty() && v.finalStatus.isEmpty())
                return &v;
        }
        return nullptr;
    }
    QString otherServerIn(const QString &zone, const QString &notThis) const
    {
        for (const SimInstance &si : f.sim->state().instances) {
            if (si.data.zoneId == zone && si.data.id != notThis && si.data.status == u"active"_s
                && si.data.blockStorageIds.size() < 3)
                return si.data.id;
        }
        return {};
    }
    int writes() const
    {
        int n = 0;
        for (const Simulator::Record &e : f.sim->log()) {
            if (e.method != u"GET"_s)
                ++n;
        }
        return n;
    }
    //! Opens the firewall editor on \a action and waits until it is on screen.
    FirewallEditorDialog *editor(QAction *action)
    {
        action->trigger();
        auto *d = qobject_cast<FirewallEditorDialog *>(firewalls()->dialog());
        if (!d)
            qFatal("no firewall editor");
        return d;
    }
    //! Opens "Attach to servers" of firewall \a id with \a servers chosen.
    ChoiceDialog *attachChoice(const QString &id, const QStringList &servers)
    {
        window->showPage(Resource::Firewalls);
        if (!page(Resource::Firewalls)->selectId(id))
            qFatal("no firewall %s", qPrintable(id));
        firewalls()->attachAction()->trigger();
        auto *choice = qobject_cast<ChoiceDialog *>(firewalls()->dialog());
        for (const QString &server : servers) {
            if (!choice || !choice->choose(server))
                qFatal("server %s not offered", qPrintable(server));
        }
        return choice;
    }
    //! Clicks Review and waits for the preview (an edit reads the firewall again first).
    bool reviewed(FirewallEditorDialog *d)
    {
        d->findChild<QPushButton *>(u"reviewButton"_s)->click();
        return f.drive([&] { return d->page() == FirewallEditorDialog::Page::Preview; });
    }
    //! Creates firewall \a title with \a rules through the editor; its id.
    QString createFirewall(const QString &title, const QList<FirewallRule> &rules)
    {
        FirewallEditorDialog *d = editor(firewalls()->createAction());
        FirewallsApi::Spec spec;
        spec.title = title;
        spec.content = u"made by the test"_s;
        spec.rules = rules;
        d->setSpec(spec);
        auto *review = d->findChild<QPushButton *>(u"reviewButton"_s);
        if (!review->isEnabled())
            qFatal("%s", qPrintable(d->problems().join(u'\n')));
        review->click();
        QSignalSpy saved(d, &FirewallEditorDialog::saved);
        d->findChild<QPushButton *>(u"saveButton"_s)->click();
        if (!f.drive([&] { return !saved.isEmpty(); }))
            qFatal("the firewall was not saved: %s", qPrintable(d->message()));
        const QString id = saved.first().first().toString();
        if (!waitFinished() || !reread(Resource::Firewalls))
            qFatal("the firewall did not settle");
        return id;
    }
};
} // namespace

class TstStorageFirewall : public QObject
{
    Q_OBJECT
    static void dialects()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("firewall") << Dialect::Firewall;
        QTest::newRow("security-groups") << Dialect::SecurityGroups;
    }
private Q_SLOTS:
    void addsBlockStorageShownOnBothSides_data() { dialects(); }
    void addsBlockStorageShownOnBothSides();
    void detachesThenAttachesToAnotherServer_data() { dialects(); }
    void detachesThenAttachesToAnotherServer();
    void deleteWhileAttachedSaysWhyAndDetachesFirst_data() { dialects(); }
    void deleteWhileAttachedSaysWhyAndDetachesFirst();
    void showsAVolumeStatusAsWrittenWhenItIsNotKnown();
    void firewallCreateEditAttachDetach_data();
    void firewallCreateEditAttachDetach();
    void refusesEveryInvalidRuleBeforeSending_data();
    void refusesEveryInvalidRuleBeforeSending();
    void aSecurityGroupSaveFailingHalfWayKeepsAccessAndRetries();
    void planOrdersIcmpWithWhatOpensOrCloses();
    void warnsBeforeOpeningSshToTheWorld();
    void savesAgainAfterARefusal();
    void previewStartsFromTheFirewallAsItIsNow();
    void cannotBeClosedWhileSaving_data() { dialects(); }
    void cannotBeClosedWhileSaving();
    void previewCountsARenameAsAChange();
    void checksTheFirewallsNameAndDescription();
    void keyboardAddsAndRemovesRules();
    void readsTheReferencesCreateRequest();
    void volumeSizesGoInStepsOfTen();
    void deletingAnUnnamedVolumeAsksForItsId();
    void aRefusedAttachIsSaidInItsDialog();
    void aLostAttachAnswerIsCheckedNotTakenForDone();
    void aSecurityGroupCreateWithItsAnswerLostStillGetsItsRules();
    void aSecurityGroupAcceptedWithoutANameIsNeverSentAgain();
    void importsWhatItExports();
    void detailPaneButtonsDoTheSame_data() { dialects(); }
    void detailPaneButtonsDoTheSame();
};

void TstStorageFirewall::addsBlockStorageShownOnBothSides()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QString server = s.otherServerIn(u"kr1-z01"_s, QString());
    QVERIFY(!server.isEmpty());
    const qsizetype before = s.f.sim->state().instance(server)->data.blockStorageIds.size();
    s.volumes()->addFor(server);
    auto *d = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(d);
    // The types come from the server; the SSD type is offered in this zone.
    QVERIFY(s.f.drive([&] { return d->chooseType(u"ssd"_s); }));
    QVERIFY(d->chooseServer(server));
    auto *name = d->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(u"로그 저장"_s);
    d->findChild<QSpinBox *>(u"sizeSpin"_s)->setValue(50);
    d->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"nginx logs"_s);
    QVERIFY(d->addButton()->isEnabled());
    QSignalSpy added(d, &CreateVolumeDialog::added);
    d->addButton()->click();
    QVERIFY(!d->addButton()->isEnabled()); // never twice
    QVERIFY(s.f.drive([&] { return !added.isEmpty(); }));
    const QString id = added.first().first().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/block-storages"_s), 1);
    QVERIFY(s.waitFinished());
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    // The simulator made it on that server, and both sides of the console say so.
    QCOMPARE(s.f.sim->state().volume(id)->data.instanceId, server);
    QCOMPARE(s.f.sim->state().volume(id)->data.sizeGb, 50);
    const BlockStorage *v = s.session->volumes()->find(id);
    QVERIFY(v);
    QCOMPARE(v->instanceId, server);
    QCOMPARE(v->name, u"로그 저장"_s);
    QVERIFY(s.f.drive([&] {
        const Instance *in = s.session->instances()->find(server);
        return in && in->blockStorageIds.contains(id);
    }));
    QCOMPARE(s.session->instances()->find(server)->blockStorageIds.size(), before + 1);
    s.window->showPage(Resource::Instances);
    QVERIFY(s.page(Resource::Instances)->selectId(server));
    QTRY_VERIFY(s.page(Resource::Instances)
                        ->detail()
                        ->visibleText()
                        .join(u'\n')
                        .contains(u"로그 저장"_s));
}

void TstStorageFirewall::detachesThenAttachesToAnotherServer()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const SimVolume *sv = s.attachedVolume();
    QVERIFY(sv);
    const QString id = sv->data.id;
    const QString first = sv->data.instanceId;
    const QString second = s.otherServerIn(sv->data.zoneId, first);
    QVERIFY(!second.isEmpty());
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    QVERIFY(!s.volumes()->attachAction()->isEnabled()); // attached: detach first
    QVERIFY(s.volumes()->detachAction()->isEnabled());
    s.volumes()->detachAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    // Cancel is the default and has the focus: Enter does not detach.
    auto *cancel = qobject_cast<QPushButton *>(confirm->focusWidget());
    QVERIFY(cancel && cancel != confirm->actionButton() && cancel->isDefault());
    QVERIFY(!confirm->actionButton()->isDefault());
    confirm->actionButton()->click();
    // The row says it is detaching while the simulator takes its time.
    QVERIFY(s.f.drive([&] { return s.f.sim->state().volume(id)->data.status == u"detaching"_s; }));
    QVERIFY(s.waitFinished());
    QVERIFY(s.f.sim->state().volume(id)->data.instanceId.isEmpty());
    QVERIFY(!s.f.sim->state().instance(first)->data.blockStorageIds.contains(id));
    QVERIFY(s.session->volumes()->find(id)->instanceId.isEmpty());
    QVERIFY(s.f.drive(
            [&] { return !s.session->instances()->find(first)->blockStorageIds.contains(id); }));

    QVERIFY(s.volumes()->attachAction()->isEnabled());
    s.volumes()->attachAction()->trigger();
    auto *choice = qobject_cast<ChoiceDialog *>(s.volumes()->dialog());
    QVERIFY(choice);
    QVERIFY(!choice->actionButton()->isEnabled()); // nothing chosen yet
    QVERIFY(choice->choose(second));
    QPointer<ChoiceDialog> guard(choice);
    choice->actionButton()->click();
    QVERIFY(!choice->actionButton()->isEnabled()); // in flight: never twice
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY(s.waitFinished());
    QCOMPARE(s.f.sim->state().volume(id)->data.instanceId, second);
    QCOMPARE(s.session->volumes()->find(id)->instanceId, second);
    QVERIFY(s.f.drive(
            [&] { return s.session->instances()->find(second)->blockStorageIds.contains(id); }));
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s)
                     + s.f.sim->count(u"PUT"_s, u"/v1/block-storages/"_s + id + u"/detach"_s),
             1);
}

void TstStorageFirewall::deleteWhileAttachedSaysWhyAndDetachesFirst()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const SimVolume *sv = s.attachedVolume();
    QVERIFY(sv);
    const QString id = sv->data.id;
    const QString name = sv->data.name;
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    const int writes = s.writes();
    s.volumes()->deleteAction()->trigger();
    auto *box = qobject_cast<QMessageBox *>(s.volumes()->dialog());
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"attachedNotice"_s);
    QVERIFY2(box->text().contains(u"detach it first"_s), qPrintable(box->text()));
    QCOMPARE(s.writes(), writes); // nothing sent
    box->findChild<QPushButton *>(u"detachFirstButton"_s)->click();
    auto *detach = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(detach);
    detach->actionButton()->click();
    QVERIFY(s.waitFinished());
    QVERIFY(s.f.sim->state().volume(id)->data.instanceId.isEmpty());

    // Detached: deleting asks for its name, then it is gone.
    s.volumes()->deleteAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
    QVERIFY(confirm->actionButton()->isEnabled());
    confirm->actionButton()->click();
    QVERIFY(s.waitFinished());
    QCOMPARE(s.f.sim->state().volume(id), nullptr);
    QCOMPARE(s.session->volumes()->find(id), nullptr);
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/block-storages/"_s + id), 1);
}

void TstStorageFirewall::showsAVolumeStatusAsWrittenWhenItIsNotKnown()
{
    QCOMPARE(StatusText::volume(u"in-use"_s), u"Attached"_s);
    QCOMPARE(StatusText::volume(u"detaching"_s), u"Detaching"_s);
    const QString odd = StatusText::volume(u"reserved"_s);
    QVERIFY2(odd.contains(u"reserved"_s) && !odd.contains(u"nknown"_s), qPrintable(odd));
}

void TstStorageFirewall::firewallCreateEditAttachDetach_data()
{
    dialects();
}

void TstStorageFirewall::firewallCreateEditAttachDetach()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QList<FirewallRule> three = {rule(u"web"_s, u"443"_s, u"0.0.0.0/0"_s),
                                       rule(u"ssh office"_s, u"22"_s, u"203.0.113.0/24"_s),
                                       rule(u"dns"_s, u"53"_s, u"10.0.0.0/8"_s, u"UDP"_s)};
    const QString id = s.createFirewall(u"test-fw"_s, three);
    const Firewall *made = s.f.sim->state().firewall(id);
    QVERIFY(made);
    QCOMPARE(titles(made->rules), titles(three));
    QVERIFY(s.session->firewalls()->find(id));

    // Edit: "dns" removed, "app" added.
    s.window->showPage(Resource::Firewalls);
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    QCOMPARE(titles(d->rules()->rules()), titles(three));
    QList<FirewallRule> edited = d->rules()->rules();
    edited.removeLast();
    edited.append(rule(u"app"_s, u"8000-8010"_s, u"10.1.0.0/16"_s));
    FirewallsApi::Spec spec = d->spec();
    spec.rules = edited;
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    const QStringList preview = d->preview();
    QCOMPARE(preview.filter(u"Added: 'app'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Removed: 'dns'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Kept: "_s).size(), 2);
    QCOMPARE(preview.size(), 4);
    QSignalSpy saved(d, &FirewallEditorDialog::saved);
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    QVERIFY(s.f.drive([&] { return !saved.isEmpty(); }));
    QVERIFY(s.waitFinished());
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules),
             QStringList({u"app"_s, u"ssh office"_s, u"web"_s}));
    QVERIFY(s.reread(Resource::Firewalls));
    QCOMPARE(titles(s.session->firewalls()->find(id)->rules),
             QStringList({u"app"_s, u"ssh office"_s, u"web"_s}));

    // Attach to two servers, then detach one.
    const QStringList servers = s.freeServers(u"kr1-z01"_s, 2);
    QCOMPARE(servers.size(), 2);
    QVERIFY(s.reread(Resource::Firewalls));
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    s.firewalls()->attachAction()->trigger();
    auto *choice = qobject_cast<ChoiceDialog *>(s.firewalls()->dialog());
    QVERIFY(choice);
    QVERIFY(choice->choose(servers.at(0)));
    QVERIFY(choice->choose(servers.at(1)));
    choice->actionButton()->click();
    QVERIFY(s.f.drive(
            [&] {
                const Firewall *fw = s.f.sim->state().firewall(id);
                return s.finished() && fw->instanceIds.contains(servers.at(0))
                        && fw->instanceIds.contains(servers.at(1));
            },
            60000));
    QVERIFY(s.waitFinished());
    QVERIFY(s.reread(Resource::Firewalls));
    QVERIFY(s.session->firewalls()->find(id)->instanceIds.contains(servers.at(1)));
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    QVERIFY(s.firewalls()->detachAction()->isEnabled());
    s.firewalls()->detachAction()->trigger();
    choice = qobject_cast<ChoiceDialog *>(s.firewalls()->dialog());
    QVERIFY(choice);
    QVERIFY(choice->choose(servers.at(0)));
    choice->actionButton()->click();
    QVERIFY(s.f.drive(
            [&] {
                return s.finished()
                        && !s.f.sim->state().firewall(id)->instanceIds.contains(servers.at(0));
            },
            60000));
    QVERIFY(s.f.sim->state().firewall(id)->instanceIds.contains(servers.at(1)));
    QCOMPARE(s.f.sim->state().firewallOf(servers.at(0)), nullptr);
    const QList<Operation> ops = s.session->operations()->operations();
    for (const Operation &op : ops)
        QVERIFY2(op.state == Operation::State::Done, qPrintable(op.targetId));
}

void TstStorageFirewall::refusesEveryInvalidRuleBeforeSending_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<FirewallRule>("bad");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("code");
    const FirewallRule ok = rule(u"ok"_s, u"80"_s);
    struct Case
    {
        const char *name;
        FirewallRule r;
        RuleTableEditor::Column column;
        QString code;
    };
    FirewallRule title26 = ok;
    title26.title = QString(26, u'a');
    FirewallRule noTitle = ok;
    noTitle.title.clear();
    const QList<Case> cases = {
            {"bound lower case", rule(u"a"_s, u"80"_s, u"10.0.0.0/8"_s, u"TCP"_s, u"in"_s),
             RuleTableEditor::Column::Bound, u"CHECK_PARAM_ENUM"_s},
            {"protocol lower case", rule(u"a"_s, u"80"_s, u"10.0.0.0/8"_s, u"tcp"_s),
             RuleTableEditor::Column::Protocol, u"CHECK_PARAM_ENUM"_s},
            {"ICMP as a protocol", rule(u"a"_s, u"80"_s, u"10.0.0.0/8"_s, u"ICMP"_s),
             RuleTableEditor::Column::Protocol, u"CHECK_PARAM_ENUM"_s},
            {"port 0", rule(u"a"_s, u"0"_s), RuleTableEditor::Column::Port, u"CHECK_PARAM"_s},
            {"ports 0-65535", rule(u"a"_s, u"0-65535"_s), RuleTableEditor::Column::Port,
             u"CHECK_PARAM"_s},
            {"no prefix", rule(u"a"_s, u"80"_s, u"203.0.113.7"_s), RuleTableEditor::Column::Ip,
             u"CHECK_PARAM"_s},
            {"IPv6", rule(u"a"_s, u"80"_s, u"::/0"_s), RuleTableEditor::Column::Ip,
             u"IPV6_NOT_SUPPORTED"_s},
            {"no title", noTitle, RuleTableEditor::Column::Title, u"CHECK_LENGTH"_s},
            {"title of 26", title26, RuleTableEditor::Column::Title, u"CHECK_LENGTH"_s},
            {"exact duplicate", ok, RuleTableEditor::Column::Port, u"CHECK_PARAM"_s},
    };
    for (Dialect dialect : {Dialect::Firewall, Dialect::SecurityGroups}) {
        for (const Case &c : cases) {
            QTest::addRow("%s, %s", dialect == Dialect::Firewall ? "firewall" : "security-groups",
                          c.name)
                    << dialect << c.r << int(c.column) << c.code;
        }
    }
}

void TstStorageFirewall::refusesEveryInvalidRuleBeforeSending()
{
    QFETCH(Dialect, dialect);
    QFETCH(FirewallRule, bad);
    QFETCH(int, column);
    QFETCH(QString, code);
    Setup s(dialect);
    const int writes = s.writes();
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = u"refused"_s;
    spec.content = u"a description"_s;
    spec.rules = {rule(u"ok"_s, u"80"_s), bad};
    d->setSpec(spec);
    // Refused before sending: the reason on the rule's cell, the review disabled, nothing sent.
    QVERIFY(!d->problems().isEmpty());
    QVERIFY(d->problems().first().startsWith(u"Rule 2: "_s));
    auto *review = d->findChild<QPushButton *>(u"reviewButton"_s);
    QVERIFY(!review->isEnabled());
    review->click();
    QCOMPARE(d->page(), FirewallEditorDialog::Page::Edit);
    QTableWidget *table = d->rules()->table();
    QString tip = table->item(1, column) ? table->item(1, column)->toolTip() : QString();
    if (QWidget *w = table->cellWidget(1, column))
        tip = w->toolTip();
    QVERIFY2(!tip.isEmpty(), qPrintable(d->problems().join(u'\n')));
    QCOMPARE(s.writes(), writes);

    // The same rule sent straight to the simulator is refused with the reference's code.
    SimFixture::Answer answer;
    if (dialect == Dialect::Firewall) {
        answer = s.f.direct(FirewallsApi::create(spec, FirewallsApi::Dialect::Firewall));
    } else {
        const QString group = s.f.sim->state().firewalls.first().id;
        if (code == u"CHECK_PARAM"_s && bad == rule(u"ok"_s, u"80"_s)) {
            QCOMPARE(s.f.direct(FirewallsApi::addGroupRule(group, bad)).status, 200);
        }
        answer = s.f.direct(FirewallsApi::addGroupRule(group, bad));
    }
    QCOMPARE(answer.errorCode(), code);
}

void TstStorageFirewall::aSecurityGroupSaveFailingHalfWayKeepsAccessAndRetries()
{
    Setup s(Dialect::SecurityGroups);
    // Old {A, B, C}, new {A, D, E, F}: D narrows B (SSH from 10.0.0.0/16 instead of /8), so
    // SSH from 10.0.x.x is allowed by both sets and must never be cut, while SSH from 10.1.x.x
    // goes. Three adds and two removes.
    const FirewallRule a = rule(u"A"_s, u"443"_s, u"0.0.0.0/0"_s);
    const FirewallRule b = rule(u"B"_s, u"22"_s, u"10.0.0.0/8"_s);
    const FirewallRule c = rule(u"C"_s, u"53"_s, u"10.0.0.0/8"_s, u"UDP"_s);
    const QString id = s.createFirewall(u"sg-test"_s, {a, b, c});
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules), QStringList({u"A"_s, u"B"_s, u"C"_s}));

    s.window->showPage(Resource::Firewalls);
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    const FirewallRule dd = rule(u"D"_s, u"22"_s, u"10.0.0.0/16"_s);
    const FirewallRule e = rule(u"E"_s, u"110"_s, u"10.0.0.0/8"_s);
    const FirewallRule ff = rule(u"F"_s, u"143"_s, u"10.0.0.0/8"_s);
    QList<FirewallRule> wanted = d->rules()->rules();
    wanted.erase(std::remove_if(wanted.begin(), wanted.end(),
                                [](const FirewallRule &r) { return r.title != u"A"_s; }),
                 wanted.end());
    wanted += {dd, e, ff};
    FirewallsApi::Spec spec = d->spec();
    spec.rules = wanted;
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));

    // After every rule call, probe the access the simulator's rules give: what both sets allow
    // is allowed, what neither allows is not.
    const QList<FirewallRule> before = {a, b, c};
    const QList<FirewallRule> after = {a, dd, e, ff};
    struct Probe
    {
        QString protocol;
        int port;
        const char *from;
    };
    const QList<Probe> probes = {{u"TCP"_s, 443, "198.51.100.1"}, {u"TCP"_s, 22, "10.0.3.4"},
                                 {u"TCP"_s, 22, "10.1.3.4"},      {u"UDP"_s, 53, "10.2.0.1"},
                                 {u"TCP"_s, 110, "10.2.0.1"},     {u"TCP"_s, 143, "10.2.0.1"},
                                 {u"TCP"_s, 22, "192.0.2.1"},     {u"TCP"_s, 25, "10.0.0.1"},
                                 {u"UDP"_s, 443, "10.0.0.1"}};
    const auto allows = [](const QList<FirewallRule> &rules, const Probe &p) {
        const QHostAddress from(QString::fromLatin1(p.from));
        for (const FirewallRule &r : rules) {
            int first = 0;
            int last = 0;
            if (r.bound != u"IN"_s || r.protocol != p.protocol
                || !RuleCheck::readPorts(r.port, &first, &last) || p.port < first || p.port > last)
                continue;
            if (from.isInSubnet(QHostAddress::parseSubnet(r.ip)))
                return true;
        }
        return false;
    };
    const QString rules = u"/v1/security-groups/"_s + id + u"/rules"_s;
    int ruleCalls = 0;
    QStringList violations;
    QObject context;
    QObject::connect(s.f.sim.get(), &Simulator::requestHandled, &context,
                     [&](const QString &method, const QString &path, int) {
                         if (method == u"GET"_s || !path.startsWith(rules))
                             return;
                         ++ruleCalls;
                         const QList<FirewallRule> now = s.f.sim->state().firewall(id)->rules;
                         for (const Probe &p : probes) {
                             const bool both = allows(before, p) && allows(after, p);
                             const bool neither = !allows(before, p) && !allows(after, p);
                             if (both && !allows(now, p))
                                 violations.append(u"call %1 cut %2 %3 from %4"_s.arg(ruleCalls)
                                                           .arg(p.protocol)
                                                           .arg(p.port)
                                                           .arg(QLatin1String(p.from)));
                             if (neither && allows(now, p))
                                 violations.append(u"call %1 opened %2 %3 from %4"_s.arg(ruleCalls)
                                                           .arg(p.protocol)
                                                           .arg(p.port)
                                                           .arg(QLatin1String(p.from)));
                         }
                         if (ruleCalls == 2) {
                             // The third of the five calls is refused.
                             s.f.sim->addFault(faultOn(SimFault::Kind::Status, QString(), rules));
                         }
                     });
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    auto *retry = d->findChild<QPushButton *>(u"retryButton"_s);
    QVERIFY(s.f.drive([&] { return retry->isVisible() && retry->isEnabled(); }));
    QCOMPARE(d->page(), FirewallEditorDialog::Page::Progress);
    QCOMPARE(ruleCalls, 3);
    const QStringList steps = d->steps();
    QCOMPARE(steps.size(), 5);
    QCOMPARE(steps.filter(u" · done"_s).size(), 2);
    QCOMPARE(steps.filter(u" · failed: "_s).size(), 1);
    QVERIFY2(steps.at(2).contains(u"failed: "_s), qPrintable(steps.join(u'\n')));
    QCOMPARE(steps.filter(u" · not sent"_s).size(), 2);
    QVERIFY2(steps.at(3).startsWith(u"Remove "_s) && steps.at(4).startsWith(u"Remove "_s),
             qPrintable(steps.join(u'\n')));
    QVERIFY(!d->message().isEmpty());
    QVERIFY(!d->findChild<QPushButton *>(u"backButton"_s)->isVisible());
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    // Until it is done, the rule both sets allow is there, and SSH from 10.1.x.x still too.
    QVERIFY(allows(s.f.sim->state().firewall(id)->rules, probes.at(2)));

    QSignalSpy saved(d, &FirewallEditorDialog::saved);
    retry->click();
    QVERIFY(s.f.drive([&] { return !saved.isEmpty(); }));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules),
             QStringList({u"A"_s, u"D"_s, u"E"_s, u"F"_s}));
    QVERIFY(!allows(s.f.sim->state().firewall(id)->rules, probes.at(2)));
    QCOMPARE(ruleCalls, 6); // the failed add again, then the two removes: nothing twice
}

void TstStorageFirewall::planOrdersIcmpWithWhatOpensOrCloses()
{
    Firewall group;
    group.id = u"FIREWALL-x"_s;
    group.title = u"g"_s;
    group.content = u"d"_s;
    FirewallRule old = rule(u"old"_s, u"22"_s, u"10.0.0.0/8"_s);
    old.ruleId = u"7"_s;
    group.rules = {old};
    FirewallsApi::Spec wanted;
    wanted.title = u"g"_s;
    wanted.content = u"d"_s;
    FirewallRule renamed = old;
    renamed.ruleId.clear();
    renamed.title = u"new name"_s;
    wanted.rules = {renamed, rule(u"web"_s, u"443"_s, u"0.0.0.0/0"_s)};
    using Kind = RuleSync::Step::Kind;
    // ICMP allowed from now on: it opens, so it goes first, with the adds.
    wanted.icmp = true;
    QList<RuleSync::Step> plan = RuleSync::plan(group, wanted);
    QCOMPARE(plan.size(), 3);
    QCOMPARE(plan.at(0).kind, Kind::EditGroup);
    QCOMPARE(plan.at(1).kind, Kind::AddRule);
    QCOMPARE(plan.at(2).kind, Kind::EditRule);
    QCOMPARE(plan.at(2).rule.ruleId, u"7"_s); // edited in place, by its id
    // ICMP blocked from now on: it closes, so it goes last, after the removes.
    group.icmp = true;
    wanted.icmp = false;
    wanted.rules = {};
    plan = RuleSync::plan(group, wanted);
    QCOMPARE(plan.size(), 2);
    QCOMPARE(plan.at(0).kind, Kind::RemoveRule);
    QCOMPARE(plan.at(1).kind, Kind::EditGroup);
}

void TstStorageFirewall::warnsBeforeOpeningSshToTheWorld()
{
    Setup s;
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = u"open"_s;
    spec.rules = {rule(u"ssh"_s, u"22"_s, u"0.0.0.0/0"_s), rule(u"web"_s, u"443"_s, u"0.0.0.0/0"_s),
                  rule(u"db"_s, u"3306"_s, u"0.0.0.0/0"_s)};
    d->setSpec(spec);
    const QString warning = d->warning();
    QVERIFY2(warning.contains(u"SSH (22)"_s) && warning.contains(u"3306"_s), qPrintable(warning));
    QVERIFY2(!warning.contains(u"443"_s), qPrintable(warning));
    // Any range of prefix 0 is every address (the server keeps host bits as sent).
    FirewallsApi::Spec sneaky = spec;
    sneaky.rules = {rule(u"ssh"_s, u"22"_s, u"10.0.0.0/0"_s)};
    d->setSpec(sneaky);
    QVERIFY2(d->warning().contains(u"SSH (22)"_s), qPrintable(d->warning()));
    d->setSpec(spec);
    // Not an address: refused, nothing changed.
    QVERIFY(!d->onlyThisAddress(u"my office"_s));
    QVERIFY(d->onlyThisAddress(u"198.51.100.23"_s));
    QVERIFY(d->warning().isEmpty());
    const QList<FirewallRule> after = d->rules()->rules();
    QCOMPARE(after.at(0).ip, u"198.51.100.23/32"_s);
    QCOMPARE(after.at(1).ip, u"0.0.0.0/0"_s); // the web stays open to all
    QCOMPARE(after.at(2).ip, u"198.51.100.23/32"_s);
}

void TstStorageFirewall::importsWhatItExports()
{
    Setup s;
    QTemporaryDir dir;
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = u"exported"_s;
    spec.content = u"설명"_s;
    spec.icmp = true;
    spec.rules = {rule(u"web"_s, u"443"_s),
                  rule(u"range"_s, u"10000-10002"_s, u"10.2.0.0/16"_s, u"UDP"_s, u"OUT"_s)};
    d->setSpec(spec);
    QString error;
    const QString path = dir.filePath(u"rules.json"_s);
    QVERIFY2(d->exportTo(path, &error), qPrintable(error));
    d->reject();

    FirewallEditorDialog *other = s.editor(s.firewalls()->createAction());
    QVERIFY2(other->importFrom(path, &error), qPrintable(error));
    QCOMPARE(other->spec().title, spec.title);
    QCOMPARE(other->spec().icmp, true);
    QCOMPARE(other->spec().rules, spec.rules);
    // A file that is not a rule set says so and keeps the form.
    QFile junk(dir.filePath(u"junk.json"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("[1,2,3]");
    junk.close();
    QVERIFY(!other->importFrom(junk.fileName(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(other->spec().rules, spec.rules);
}

void TstStorageFirewall::detailPaneButtonsDoTheSame()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QStringList free = s.freeServers(u"kr1-z01"_s, 1);
    QCOMPARE(free.size(), 1);
    const QString server = free.first();
    QVERIFY(s.reread(Resource::Firewalls));
    s.window->showPage(Resource::Instances);
    QVERIFY(s.page(Resource::Instances)->selectId(server));
    DetailView *detail = s.page(Resource::Instances)->detail();
    QAbstractButton *add = nullptr;
    QVERIFY(s.f.drive([&] {
        add = detail->findChild<QAbstractButton *>(u"detailAddVolume"_s);
        return add && add->isVisible();
    }));
    add->click();
    auto *create = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(create);
    create->reject();
    auto *attach = detail->findChild<QAbstractButton *>(u"detailAttachFirewall"_s);
    QVERIFY(attach);
    attach->click();
    auto *choice = qobject_cast<ChoiceDialog *>(s.firewalls()->dialog());
    QVERIFY(choice);
    const QString firewall = s.session->firewalls()->items().first().id;
    QVERIFY(choice->choose(firewall));
    choice->actionButton()->click();
    QVERIFY(s.f.drive(
            [&] {
                return s.finished() && s.f.sim->state().firewallOf(server)
                        && s.f.sim->state().firewallOf(server)->id == firewall;
            },
            60000));
    QVERIFY(s.waitFinished());
    QVERIFY(s.reread(Resource::Firewalls));
    // The detail now offers to detach it, and does.
    QAbstractButton *detach = nullptr;
    QVERIFY(s.f.drive([&] {
        detach = detail->findChild<QAbstractButton *>(u"detailDetachFirewall"_s);
        return detach && detach->isVisible() && detach->isEnabled();
    }));
    detach->click();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.firewalls()->dialog());
    QVERIFY(confirm);
    confirm->actionButton()->click();
    QVERIFY(s.f.drive([&] { return s.finished() && !s.f.sim->state().firewallOf(server); }, 60000));
}

void TstStorageFirewall::savesAgainAfterARefusal()
{
    Setup s;
    const QString id = s.createFirewall(u"refused-once"_s, {rule(u"web"_s, u"443"_s)});
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    FirewallsApi::Spec spec = d->spec();
    spec.rules.append(rule(u"ssh"_s, u"22"_s, u"203.0.113.0/24"_s));
    d->setSpec(spec);
    s.f.sim->addFault(faultOn(SimFault::Kind::Status, u"PUT"_s, u"/v1/firewall/"_s + id));
    QVERIFY(s.reviewed(d));
    auto *save = d->findChild<QPushButton *>(u"saveButton"_s);
    save->click();
    QVERIFY(!save->isEnabled()); // never twice
    QVERIFY(s.f.drive([&] { return d->page() == FirewallEditorDialog::Page::Edit; }));
    QVERIFY(!d->message().isEmpty());
    // Everything typed is there, and it can be reviewed and saved again.
    QCOMPARE(titles(d->rules()->rules()), QStringList({u"ssh"_s, u"web"_s}));
    QVERIFY(s.reviewed(d));
    QVERIFY(save->isEnabled());
    QSignalSpy saved(d, &FirewallEditorDialog::saved);
    save->click();
    QVERIFY(s.f.drive([&] { return !saved.isEmpty(); }));
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules), QStringList({u"ssh"_s, u"web"_s}));
    QCOMPARE(s.f.sim->count(u"PUT"_s, u"/v1/firewall/"_s + id), 2);
}

void TstStorageFirewall::previewStartsFromTheFirewallAsItIsNow()
{
    Setup s;
    const QString id = s.createFirewall(u"changed-elsewhere"_s, {rule(u"web"_s, u"443"_s)});
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    // Someone adds a rule in the web console while the editor is open.
    s.f.sim->state().firewall(id)->rules.append(rule(u"elsewhere"_s, u"8443"_s));
    FirewallsApi::Spec spec = d->spec();
    spec.rules.append(rule(u"mine"_s, u"22"_s, u"203.0.113.0/24"_s));
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    const QStringList preview = d->preview();
    // The save replaces every rule: the preview says that the other one goes.
    QVERIFY2(preview.first().startsWith(u"Changed in iwinv"_s), qPrintable(preview.join(u'\n')));
    QCOMPARE(preview.filter(u"Removed: 'elsewhere'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Added: 'mine'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Kept: 'web'"_s).size(), 1);
}

void TstStorageFirewall::cannotBeClosedWhileSaving()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QString id = s.createFirewall(u"slow"_s, {rule(u"web"_s, u"443"_s)});
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    FirewallsApi::Spec spec = d->spec();
    spec.rules.append(rule(u"ssh"_s, u"22"_s, u"203.0.113.0/24"_s));
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    const SimFault stall = faultOn(
            SimFault::Kind::Stall, dialect == Dialect::Firewall ? u"PUT"_s : u"POST"_s,
            dialect == Dialect::Firewall ? QString(u"/v1/firewall/"_s + id)
                                         : QString(u"/v1/security-groups/"_s + id + u"/rules"_s));
    s.f.sim->addFault(stall);
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    QVERIFY(s.f.drive([&] { return s.f.sim->count(stall.method, stall.path) == 1; }));
    QVERIFY(d->isSaving());
    // Esc, Cancel or the close button: the window stays and says why.
    QTest::keyClick(d, Qt::Key_Escape);
    d->reject();
    QVERIFY(d->isVisible());
    QVERIFY2(d->message().contains(u"closes when"_s), qPrintable(d->message()));
    QVERIFY(!d->findChild<QPushButton *>(u"backButton"_s)->isEnabled());
}

void TstStorageFirewall::previewCountsARenameAsAChange()
{
    Setup s;
    const QString id = s.createFirewall(u"renames"_s,
                                        {rule(u"web"_s, u"443"_s),
                                         rule(u"ssh"_s, u"22"_s, u"203.0.113.0/24"_s),
                                         rule(u"dns"_s, u"53"_s, u"10.0.0.0/8"_s, u"UDP"_s)});
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    FirewallsApi::Spec spec = d->spec();
    for (FirewallRule &r : spec.rules) {
        if (r.title == u"ssh"_s)
            r.title = u"office ssh"_s;
    }
    spec.title = u"renamed firewall"_s;
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    const QString title = d->findChild<QLabel *>(u"previewTitle"_s)->text();
    QVERIFY2(title.contains(u"0 added, 0 removed, 1 changed, 2 kept"_s), qPrintable(title));
    const QStringList preview = d->preview();
    QCOMPARE(preview.filter(u"Renamed: 'ssh'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Name: 'renames' → 'renamed firewall'"_s).size(), 1);
    QCOMPARE(preview.filter(u"Added: "_s).size(), 0);
}

void TstStorageFirewall::checksTheFirewallsNameAndDescription()
{
    Setup s;
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = QString(51, u'f');
    spec.content = QString(256, u'd');
    spec.rules = {rule(u"web"_s, u"443"_s)};
    d->setSpec(spec);
    const int writes = s.writes();
    QCOMPARE(d->problems().size(), 2);
    QVERIFY(!d->findChild<QPushButton *>(u"reviewButton"_s)->isEnabled());
    QVERIFY(d->findChild<QLabel *>(u"titleError"_s)->text().contains(u"50"_s));
    QVERIFY(d->findChild<QLabel *>(u"contentError"_s)->text().contains(u"255"_s));
    QCOMPARE(s.writes(), writes);
    // The simulator refuses the same (CHECK_LENGTH).
    QCOMPARE(s.f.direct(FirewallsApi::create(spec)).errorCode(), u"CHECK_LENGTH"_s);
    d->reject();

    // A copy of a firewall with a long name stays within the limit.
    Firewall &long45 = s.f.sim->state().firewalls.first();
    long45.title = QString(45, u'n');
    QVERIFY(s.reread(Resource::Firewalls));
    QVERIFY(s.page(Resource::Firewalls)->selectId(long45.id));
    FirewallEditorDialog *copy = s.editor(s.firewalls()->duplicateAction());
    QVERIFY(copy->spec().title.size() <= RuleCheck::kFirewallTitleMax);
    QVERIFY2(copy->problems().isEmpty() || !copy->problems().first().contains(u"name"_s),
             qPrintable(copy->problems().join(u'\n')));
}

void TstStorageFirewall::keyboardAddsAndRemovesRules()
{
    Setup s;
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    QVERIFY(QTest::qWaitForWindowExposed(d));
    d->activateWindow();
    QTRY_VERIFY(d->isActiveWindow());
    const int before = d->rules()->table()->rowCount();
    auto *title = d->findChild<QLineEdit *>(u"titleEdit"_s);
    title->setFocus();
    QTest::keyClick(title, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(d->rules()->table()->rowCount(), before + 1);
    QTableWidget *table = d->rules()->table();
    table->setCurrentCell(0, int(RuleTableEditor::Column::Title));
    table->selectRow(0);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(table->rowCount(), before);
}

void TstStorageFirewall::readsTheReferencesCreateRequest()
{
    Setup s;
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    QString error;
    const QString example = QStringLiteral(IWINV_FIXTURES "/firewall-create-request.json");
    QVERIFY2(d->importFrom(example, &error), qPrintable(error));
    QCOMPARE(d->spec().title, u"Firewall01"_s);
    QCOMPARE(d->spec().icmp, true);
    QCOMPARE(d->spec().rules.size(), 2);
    QCOMPARE(d->spec().rules.at(1).bound, u"OUT"_s);
    // Exported in the same shape: the same keys, rule by rule.
    QTemporaryDir dir;
    QVERIFY2(d->exportTo(dir.filePath(u"out.json"_s), &error), qPrintable(error));
    QFile in(example);
    QFile out(dir.filePath(u"out.json"_s));
    QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(in.readAll()).object();
    const QJsonObject got = QJsonDocument::fromJson(out.readAll()).object();
    QCOMPARE(got.keys(), want.keys());
    QCOMPARE(got.value(u"rules"_s).toArray().at(0).toObject().keys(),
             want.value(u"rules"_s).toArray().at(0).toObject().keys());
    QCOMPARE(got, want);
    // A file that is JSON but not a rule set: said in the console's words, the form kept.
    QFile odd(dir.filePath(u"odd.json"_s));
    QVERIFY(odd.open(QIODevice::WriteOnly));
    odd.write(R"({"x":1})");
    odd.close();
    QVERIFY(!d->importFrom(odd.fileName(), &error));
    QVERIFY2(error.startsWith(u"This is not a firewall's rule set"_s), qPrintable(error));
    QCOMPARE(d->spec().title, u"Firewall01"_s);
}

void TstStorageFirewall::volumeSizesGoInStepsOfTen()
{
    Setup s;
    const QString server = s.otherServerIn(u"kr1-z01"_s, QString());
    s.volumes()->addFor(server);
    auto *d = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(d);
    QVERIFY(s.f.drive([&] { return d->chooseType(u"ssd"_s); }));
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"odd size"_s);
    auto *size = d->findChild<QSpinBox *>(u"sizeSpin"_s);
    size->setValue(15);
    QVERIFY(!d->addButton()->isEnabled());
    auto *why = d->findChild<QLabel *>(u"sizeError"_s);
    QVERIFY(why->isVisibleTo(d));
    QVERIFY2(why->text().contains(u"10 GB"_s), qPrintable(why->text()));
    // The simulator refuses it too: nothing is sent that would be.
    BlockStorageApi::CreateSpec spec;
    spec.instanceId = server;
    spec.type = u"ssd"_s;
    spec.sizeGb = 15;
    spec.name = u"odd size"_s;
    QCOMPARE(s.f.direct(BlockStorageApi::create(spec)).errorCode(), u"CHECK_PARAM"_s);
    size->setValue(20);
    QVERIFY(d->addButton()->isEnabled());
}

void TstStorageFirewall::deletingAnUnnamedVolumeAsksForItsId()
{
    Setup s;
    QString id;
    for (SimVolume &v : s.f.sim->state().volumes) {
        if (v.data.instanceId.isEmpty()) {
            v.data.name.clear(); // made elsewhere without a name
            id = v.data.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(s.reread(Resource::BlockStorage));
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    s.volumes()->deleteAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(confirm->actionButton()->isEnabled());
}

void TstStorageFirewall::aRefusedAttachIsSaidInItsDialog()
{
    Setup s;
    const QStringList servers = s.freeServers(u"kr1-z01"_s, 2);
    QCOMPARE(servers.size(), 2);
    QVERIFY(s.reread(Resource::Firewalls));
    const QString id = s.session->firewalls()->items().first().id;
    s.f.sim->addFault(
            faultOn(SimFault::Kind::Status, u"POST"_s, u"/v1/firewall/"_s + id + u"/attach"_s));
    ChoiceDialog *choice = s.attachChoice(id, servers);
    choice->actionButton()->click();
    QVERIFY(!choice->actionButton()->isEnabled()); // in flight: never twice
    // The first is refused, the second goes through: the dialog stays and says which.
    QVERIFY(s.f.drive([&] { return choice->actionButton()->isEnabled(); }, 60000));
    QVERIFY(choice->isVisible());
    QVERIFY(s.waitFinished());
    const Firewall *fw = s.f.sim->state().firewall(id);
    QCOMPARE(int(fw->instanceIds.contains(servers.at(0)))
                     + int(fw->instanceIds.contains(servers.at(1))),
             1);
    const QString said = choice->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(said.contains(u"Not every change"_s), qPrintable(said));
    // The one that went through is no longer chosen: sending again sends only the refused one.
    const QString refused = fw->instanceIds.contains(servers.at(0)) ? servers.at(1) : servers.at(0);
    const QString accepted = refused == servers.at(0) ? servers.at(1) : servers.at(0);
    QCOMPARE(choice->chosen(), QStringList {refused});
    QVERIFY(!choice->choose(accepted));
}

void TstStorageFirewall::aLostAttachAnswerIsCheckedNotTakenForDone()
{
    Setup s;
    const QStringList servers = s.freeServers(u"kr1-z01"_s, 1);
    QCOMPARE(servers.size(), 1);
    QVERIFY(s.reread(Resource::Firewalls));
    const QString id = s.session->firewalls()->items().first().id;
    // The connection drops before the server saw it: the listing shows it was not done.
    SimFault lost
            = faultOn(SimFault::Kind::Reset, u"POST"_s, u"/v1/firewall/"_s + id + u"/attach"_s);
    lost.process = false;
    s.f.sim->addFault(lost);
    ChoiceDialog *choice = s.attachChoice(id, servers);
    choice->actionButton()->click();
    auto *said = choice->findChild<QLabel *>(u"messageLabel"_s);
    // Never "attached" on a lost answer; once settled, it can be sent again.
    QVERIFY(s.f.drive([&] { return choice->actionButton()->isEnabled(); }, 60000));
    QVERIFY(choice->isVisible());
    QVERIFY2(said->text().contains(u"Not every change"_s), qPrintable(said->text()));
    QCOMPARE(choice->chosen(), servers);
    QVERIFY(!s.f.sim->state().firewall(id)->instanceIds.contains(servers.first()));
    QCOMPARE(s.f.sim->count(u"POST"_s, lost.path), 1);
}

void TstStorageFirewall::aSecurityGroupCreateWithItsAnswerLostStillGetsItsRules()
{
    Setup s(Dialect::SecurityGroups);
    SimFault lost = faultOn(SimFault::Kind::Reset, u"POST"_s, u"/v1/security-groups"_s);
    lost.process = true; // made, then the answer is lost
    s.f.sim->addFault(lost);
    const qsizetype before = s.f.sim->state().firewalls.size();
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = u"lost-group"_s;
    spec.content = u"made while the answer was lost"_s;
    spec.rules = {rule(u"web"_s, u"443"_s), rule(u"ssh"_s, u"22"_s, u"203.0.113.0/24"_s),
                  rule(u"dns"_s, u"53"_s, u"10.0.0.0/8"_s, u"UDP"_s)};
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    QSignalSpy saved(d, &FirewallEditorDialog::saved);
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    QVERIFY(s.f.drive([&] { return d->message().contains(u"lost"_s); }));
    // It cannot be closed while its rules still have to follow the group.
    d->reject();
    QVERIFY(d->isVisible());
    QVERIFY(s.f.drive([&] { return !saved.isEmpty(); }, 60000));
    QCOMPARE(s.f.sim->state().firewalls.size(), before + 1);
    const Firewall &made = s.f.sim->state().firewalls.last();
    QCOMPARE(made.title, u"lost-group"_s);
    QCOMPARE(titles(made.rules), titles(spec.rules));
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/security-groups"_s), 1);
}

void TstStorageFirewall::aSecurityGroupAcceptedWithoutANameIsNeverSentAgain()
{
    Setup s(Dialect::SecurityGroups);
    SimFault empty = faultOn(SimFault::Kind::Body, u"POST"_s, u"/v1/security-groups"_s);
    empty.status = 200;
    empty.process = true;
    empty.body = R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[]})";
    s.f.sim->addFault(empty);
    FirewallEditorDialog *d = s.editor(s.firewalls()->createAction());
    FirewallsApi::Spec spec;
    spec.title = u"nameless"_s;
    spec.content = u"accepted without its id"_s;
    spec.rules = {rule(u"web"_s, u"443"_s)};
    d->setSpec(spec);
    QVERIFY(s.reviewed(d));
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    QVERIFY(s.f.drive([&] { return d->message().contains(u"without naming"_s); }));
    // Neither Back, Review nor Save sends it again.
    QVERIFY(!d->findChild<QPushButton *>(u"saveButton"_s)->isEnabled());
    QVERIFY(!d->findChild<QPushButton *>(u"backButton"_s)->isEnabled());
    QVERIFY(!d->findChild<QPushButton *>(u"reviewButton"_s)->isEnabled());
    d->findChild<QPushButton *>(u"saveButton"_s)->click();
    QCoreApplication::processEvents();
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/security-groups"_s), 1);
}

QTEST_MAIN(TstStorageFirewall)
#include "tst_storagefirewall.moc"
