// Block storage and firewalls, every write, end to end against the simulator through the
// window's own actions and dialogs, in both firewall dialects: add a volume attached to a
// server (both sides show it), detach it and attach it elsewhere, delete refused while it is
// attached; create a firewall with three rules, edit it, attach it to two servers and detach
// one; every invalid rule refused before anything is sent (and by the simulator with the
// reference's codes); a security-groups save that fails half way, its steps, the access it
// keeps after every call, and its retry.
#include "actions/firewallactions.h"
#include "actions/volumeactions.h"
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
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/detailview.h"
#include "widgets/ruletableeditor.h"

#include <QAbstractButton>
#include <QComboBox>
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
        settle();
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
    //! No seeded server or volume is changing: only the tested change moves.
    void settle()
    {
        for (SimInstance &si : f.sim->state().instances) {
            if (!si.finalStatus.isEmpty())
                si.data.status = si.finalStatus;
            si.finalStatus.clear();
            if (si.data.status != u"active"_s && si.data.status != u"off"_s)
                si.data.status = u"active"_s;
        }
        for (SimVolume &v : f.sim->state().volumes) {
            if (!v.finalStatus.isEmpty())
                v.data.status = v.finalStatus;
            v.finalStatus.clear();
        }
    }
    bool finished() const { return session->operations()->inProgress() == 0; }
    bool waitFinished() { return f.drive([&] { return finished() && idle(); }, 60000); }
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
    void warnsBeforeOpeningSshToTheWorld();
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
    QTRY_VERIFY(s.page(Resource::Instances)->detail()->visibleText().join(u'\n').contains(
            u"로그 저장"_s));
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
    QVERIFY(s.f.drive([&] {
        return s.f.sim->state().volume(id)->data.status == u"detaching"_s;
    }));
    QVERIFY(s.waitFinished());
    QVERIFY(s.f.sim->state().volume(id)->data.instanceId.isEmpty());
    QVERIFY(!s.f.sim->state().instance(first)->data.blockStorageIds.contains(id));
    QVERIFY(s.session->volumes()->find(id)->instanceId.isEmpty());
    QVERIFY(s.f.drive([&] {
        return !s.session->instances()->find(first)->blockStorageIds.contains(id);
    }));

    QVERIFY(s.volumes()->attachAction()->isEnabled());
    s.volumes()->attachAction()->trigger();
    auto *choice = qobject_cast<ChoiceDialog *>(s.volumes()->dialog());
    QVERIFY(choice);
    QVERIFY(!choice->actionButton()->isEnabled()); // nothing chosen yet
    QVERIFY(choice->choose(second));
    QPointer<ChoiceDialog> guard(choice);
    choice->actionButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY(s.waitFinished());
    QCOMPARE(s.f.sim->state().volume(id)->data.instanceId, second);
    QCOMPARE(s.session->volumes()->find(id)->instanceId, second);
    QVERIFY(s.f.drive([&] {
        return s.session->instances()->find(second)->blockStorageIds.contains(id);
    }));
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
    const QList<FirewallRule> three
            = {rule(u"web"_s, u"443"_s, u"0.0.0.0/0"_s), rule(u"ssh office"_s, u"22"_s, u"203.0.113.0/24"_s),
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
    d->findChild<QPushButton *>(u"reviewButton"_s)->click();
    QCOMPARE(d->page(), FirewallEditorDialog::Page::Preview);
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
    QVERIFY(s.f.drive([&] {
        const Firewall *fw = s.f.sim->state().firewall(id);
        return s.finished() && fw->instanceIds.contains(servers.at(0))
                && fw->instanceIds.contains(servers.at(1));
    }, 60000));
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
    QVERIFY(s.f.drive([&] {
        return s.finished() && !s.f.sim->state().firewall(id)->instanceIds.contains(servers.at(0));
    }, 60000));
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
    const FirewallRule a = rule(u"A"_s, u"443"_s, u"0.0.0.0/0"_s);
    const FirewallRule b = rule(u"B"_s, u"8080"_s);
    const FirewallRule c = rule(u"C"_s, u"53"_s, u"10.0.0.0/8"_s, u"UDP"_s);
    const QString id = s.createFirewall(u"sg-test"_s, {a, b, c});
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules), QStringList({u"A"_s, u"B"_s, u"C"_s}));

    s.window->showPage(Resource::Firewalls);
    QVERIFY(s.page(Resource::Firewalls)->selectId(id));
    FirewallEditorDialog *d = s.editor(s.firewalls()->editAction());
    const FirewallRule dd = rule(u"D"_s, u"25"_s);
    const FirewallRule e = rule(u"E"_s, u"110"_s);
    const FirewallRule ff = rule(u"F"_s, u"143"_s);
    QList<FirewallRule> wanted = d->rules()->rules();
    wanted.erase(std::remove_if(wanted.begin(), wanted.end(),
                                [](const FirewallRule &r) { return r.title != u"A"_s; }),
                 wanted.end());
    wanted += {dd, e, ff};
    FirewallsApi::Spec spec = d->spec();
    spec.rules = wanted;
    d->setSpec(spec);
    d->findChild<QPushButton *>(u"reviewButton"_s)->click();
    QCOMPARE(d->page(), FirewallEditorDialog::Page::Preview);

    // After every rule call: every rule of both sets is there (A), nothing outside the union.
    const QString rules = u"/v1/security-groups/"_s + id + u"/rules"_s;
    int ruleCalls = 0;
    QStringList violations;
    const QStringList common = {u"A"_s};
    const QStringList everything = {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s};
    QObject context;
    QObject::connect(s.f.sim.get(), &Simulator::requestHandled, &context,
                     [&](const QString &method, const QString &path, int) {
        if (method == u"GET"_s || !path.startsWith(rules))
            return;
        ++ruleCalls;
        const QStringList now = titles(s.f.sim->state().firewall(id)->rules);
        for (const QString &t : common) {
            if (!now.contains(t))
                violations.append(u"call %1 cut %2"_s.arg(ruleCalls).arg(t));
        }
        for (const QString &t : now) {
            if (!everything.contains(t))
                violations.append(u"call %1 opened %2"_s.arg(ruleCalls).arg(t));
        }
        if (ruleCalls == 2) {
            // The third of the five calls is refused.
            SimFault refuse;
            refuse.kind = SimFault::Kind::Status;
            refuse.path = rules;
            refuse.status = 400;
            refuse.errorCode = u"CHECK_PARAM"_s;
            refuse.times = 1;
            s.f.sim->addFault(refuse);
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
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));

    QSignalSpy saved(d, &FirewallEditorDialog::saved);
    retry->click();
    QVERIFY(s.f.drive([&] { return !saved.isEmpty(); }));
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(u'\n')));
    QCOMPARE(titles(s.f.sim->state().firewall(id)->rules),
             QStringList({u"A"_s, u"D"_s, u"E"_s, u"F"_s}));
    QCOMPARE(ruleCalls, 6); // the failed add again, then the two removes: nothing twice
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
    spec.rules = {rule(u"web"_s, u"443"_s), rule(u"range"_s, u"10000-10002"_s, u"10.2.0.0/16"_s,
                                                  u"UDP"_s, u"OUT"_s)};
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
    QVERIFY(s.f.drive([&] {
        return s.finished() && s.f.sim->state().firewallOf(server)
                && s.f.sim->state().firewallOf(server)->id == firewall;
    }, 60000));
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
    QVERIFY(s.f.drive([&] { return s.finished() && !s.f.sim->state().firewallOf(server); },
                      60000));
}

QTEST_MAIN(TstStorageFirewall)
#include "tst_storagefirewall.moc"
