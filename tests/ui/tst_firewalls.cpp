// Firewalls end to end in both dialects: create with three rules, edit, attach to two servers
// and detach one; a security-groups save that fails half way keeps access and retries; the
// plan's ICMP order; attach choices that are refused or lose their answer; a security-groups
// create whose answer is lost or that comes back without a name.
#include "storagesetup.h"

class TstFirewalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firewallCreateEditAttachDetach_data();
    void firewallCreateEditAttachDetach();
    void aSecurityGroupSaveFailingHalfWayKeepsAccessAndRetries();
    void planOrdersIcmpWithWhatOpensOrCloses();
    void aRefusedAttachIsSaidInItsDialog();
    void aLostAttachAnswerIsCheckedNotTakenForDone();
    void aSecurityGroupCreateWithItsAnswerLostStillGetsItsRules();
    void aSecurityGroupAcceptedWithoutANameIsNeverSentAgain();
};

void TstFirewalls::firewallCreateEditAttachDetach_data()
{
    addDialects();
}

void TstFirewalls::firewallCreateEditAttachDetach()
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

void TstFirewalls::aSecurityGroupSaveFailingHalfWayKeepsAccessAndRetries()
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

void TstFirewalls::planOrdersIcmpWithWhatOpensOrCloses()
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

void TstFirewalls::aRefusedAttachIsSaidInItsDialog()
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

void TstFirewalls::aLostAttachAnswerIsCheckedNotTakenForDone()
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

void TstFirewalls::aSecurityGroupCreateWithItsAnswerLostStillGetsItsRules()
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

void TstFirewalls::aSecurityGroupAcceptedWithoutANameIsNeverSentAgain()
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

QTEST_MAIN(TstFirewalls)
#include "tst_firewalls.moc"
