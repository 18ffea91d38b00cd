// The firewall rule editor: every invalid rule refused before sending (and by the simulator
// with the reference's codes), the world-open warning, import and export in the reference's
// shape, the keyboard, the name and description checks, the preview against the firewall as
// iwinv has it, saving again after a refusal, and no closing while saving.
#include "storagesetup.h"

class TstFirewallEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesEveryInvalidRuleBeforeSending_data();
    void refusesEveryInvalidRuleBeforeSending();
    void warnsBeforeOpeningSshToTheWorld();
    void importsWhatItExports();
    void readsTheReferencesCreateRequest();
    void keyboardAddsAndRemovesRules();
    void checksTheFirewallsNameAndDescription();
    void previewCountsARenameAsAChange();
    void previewStartsFromTheFirewallAsItIsNow();
    void savesAgainAfterARefusal();
    void cannotBeClosedWhileSaving_data() { addDialects(); }
    void cannotBeClosedWhileSaving();
};

void TstFirewallEditor::refusesEveryInvalidRuleBeforeSending_data()
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

void TstFirewallEditor::refusesEveryInvalidRuleBeforeSending()
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

void TstFirewallEditor::warnsBeforeOpeningSshToTheWorld()
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

void TstFirewallEditor::importsWhatItExports()
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

void TstFirewallEditor::readsTheReferencesCreateRequest()
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

void TstFirewallEditor::keyboardAddsAndRemovesRules()
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

void TstFirewallEditor::checksTheFirewallsNameAndDescription()
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

void TstFirewallEditor::previewCountsARenameAsAChange()
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

void TstFirewallEditor::previewStartsFromTheFirewallAsItIsNow()
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

void TstFirewallEditor::savesAgainAfterARefusal()
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

void TstFirewallEditor::cannotBeClosedWhileSaving()
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

QTEST_MAIN(TstFirewallEditor)
#include "tst_firewalleditor.moc"
