#include "firewalleditordialog.h"

#include "changesubmitter.h"
#include "domain/rulecheck.h"
#include "errortext.h"
#include "formfeedback.h"
#include "models/firewallmodel.h"
#include "operations/operationtracker.h"
#include "operations/rulesync.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "ui_firewalleditordialog.h"
#include "util/filewrite.h"
#include "widgets/ruletableeditor.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
QString describe(const FirewallRule &r)
{
    const QString direction = r.bound == u"IN"_s ? FirewallEditorDialog::tr("inbound")
            : r.bound == u"OUT"_s                ? FirewallEditorDialog::tr("outbound")
                                                 : r.bound;
    //: a rule in one line: title, direction, protocol, port, source
    return FirewallEditorDialog::tr("'%1' %2 %3 %4 from %5")
            .arg(r.title, direction, r.protocol, r.port, r.ip);
}
QString titleProblem(const QString &title)
{
    if (title.isEmpty())
        return FirewallEditorDialog::tr("Give the firewall a name.");
    if (title.size() > RuleCheck::kFirewallTitleMax)
        //: %1 is the name's length, %2 the most allowed
        return FirewallEditorDialog::tr("The name is %1 characters long; at most %2 are allowed.")
                .arg(title.size())
                .arg(RuleCheck::kFirewallTitleMax);
    return {};
}

QString contentTooLong()
{
    return FirewallEditorDialog::tr("The description can have at most %1 characters.")
            .arg(RuleCheck::kContentMax);
}
} // namespace

FirewallEditorDialog::FirewallEditorDialog(AccountSession *session, Mode mode,
                                           const QString &firewallId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirewallEditorDialog>()), m_session(session),
      m_mode(mode), m_firewallId(mode == Mode::Edit ? firewallId : QString()),
      m_submitter(new ChangeSubmitter(session->operations(), this)),
      m_dialect(session->firewallDialect())
{
    m_ui->setupUi(this);
    m_rules = new RuleTableEditor(m_ui->ruleTable, this);
    m_ui->messageLabel->hide();
    // A create starts empty, whatever is selected; an edit or a copy starts from the firewall.
    const Firewall *existing
            = mode == Mode::Create ? nullptr : session->firewalls()->find(firewallId);
    switch (mode) {
    case Mode::Create:
        setWindowTitle(tr("Create firewall"));
        break;
    case Mode::Edit:
        setWindowTitle(tr("Edit firewall"));
        if (existing) {
            m_opened = *existing;
            m_before = m_opened;
        }
        break;
    case Mode::Duplicate:
        setWindowTitle(tr("Duplicate firewall"));
        break;
    }
    if (existing) {
        FirewallsApi::Spec spec;
        //: %1 is the firewall copied
        spec.title
                = mode == Mode::Duplicate ? tr("Copy of %1").arg(existing->title) : existing->title;
        spec.title = spec.title.left(RuleCheck::kFirewallTitleMax);
        spec.content = existing->content;
        spec.icmp = existing->icmp;
        spec.rules = existing->rules;
        if (mode == Mode::Duplicate) {
            for (FirewallRule &r : spec.rules)
                r.ruleId.clear();
        }
        setSpec(spec);
    }
    connect(m_rules, &RuleTableEditor::changed, this, &FirewallEditorDialog::update);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->contentEdit})
        connect(edit, &QLineEdit::textChanged, this, &FirewallEditorDialog::update);
    connect(m_ui->icmpCheck, &QCheckBox::toggled, this, &FirewallEditorDialog::update);
    connect(m_ui->addRuleButton, &QPushButton::clicked, m_rules, &RuleTableEditor::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, m_rules,
            &RuleTableEditor::removeSelected);
    connect(m_ui->onlyAddressButton, &QPushButton::clicked, this, [this] {
        if (!onlyThisAddress(m_ui->addressEdit->text()))
            FormFeedback::showMessage(m_ui->messageLabel,
                                      tr("Type or paste an IPv4 address (203.0.113.7) or range "
                                         "(203.0.113.0/24) first."),
                                      true);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Import rules"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                tr("Firewall rules (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFrom(path, &error))
            FormFeedback::showMessage(m_ui->messageLabel, error, true);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export rules"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                        + (m_ui->titleEdit->text().isEmpty() ? u"firewall"_s
                                                             : m_ui->titleEdit->text())
                        + u".json"_s,
                tr("Firewall rules (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportTo(path, &error))
            FormFeedback::showMessage(m_ui->messageLabel, error, true);
    });
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &FirewallEditorDialog::review);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] {
        showPage(Page::Edit);
        update();
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &FirewallEditorDialog::save);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (m_sync) {
            m_ui->retryButton->setEnabled(false);
            m_sync->retry();
        }
    });

    connect(m_submitter, &ChangeSubmitter::accepted, this, [this](const Operation &op) {
        if (rulesFollow() && op.kind == Operation::Kind::Create && op.targetId.isEmpty()) {
            // Accepted without naming the new group: there is nothing to add rules to yet, and
            // it must not be made twice: nothing more is sent from this window.
            m_done = true;
            m_ui->saveButton->setEnabled(false);
            m_session->store(Resource::Firewalls)->refresh();
            FormFeedback::showMessage(m_ui->messageLabel,
                                      tr("iwinv accepted the firewall without naming it, so its "
                                         "rules could not be added. Find it in the firewall "
                                         "list and add them there."),
                                      true);
            update();
            return;
        }
        carriedOut(op);
    });
    connect(m_submitter, &ChangeSubmitter::refused, this, [this](const Operation &op) {
        // Nothing changed: everything typed stays, and it can be reviewed and saved again.
        showPage(Page::Edit);
        m_ui->saveButton->setEnabled(true);
        FormFeedback::showMessage(m_ui->messageLabel, ErrorText::describe(op.error), true);
        update();
    });
    connect(m_submitter, &ChangeSubmitter::settled, this, [this](const Operation &op) {
        const ChangeSubmitter::Outcome outcome = ChangeSubmitter::outcome(op);
        if (outcome == ChangeSubmitter::Outcome::CarriedOut) {
            carriedOut(op);
            return;
        }
        // Not carried out: as after a refusal, it may be sent again. Unclear: never from here.
        showPage(Page::Edit);
        const bool again = outcome == ChangeSubmitter::Outcome::NotCarriedOut;
        m_ui->saveButton->setEnabled(again);
        FormFeedback::showMessage(m_ui->messageLabel,
                                  again ? tr("It was not saved: the firewall is as it was. "
                                             "You can save again.")
                                        : tr("No change of the firewall can be seen: close this "
                                             "window and check its rules before editing it "
                                             "again."),
                                  true);
        update();
    });
    connect(m_submitter, &ChangeSubmitter::unknown, this, [this] {
        FormFeedback::showMessage(
                m_ui->messageLabel,
                rulesFollow()
                        ? tr("The answer was lost: the console is checking whether the firewall "
                             "was made, and will not send it again. Its rules are added once it "
                             "is found: keep this window open until then.")
                        : tr("The answer was lost: the console is checking whether it was saved, "
                             "and will not send it again. You can close this window."),
                true);
        update();
    });
    if (mode != Mode::Edit && m_rules->rules().isEmpty())
        m_rules->addRule();
    showPage(Page::Edit);
    update();
}

FirewallEditorDialog::~FirewallEditorDialog() = default;

FirewallsApi::Spec FirewallEditorDialog::spec() const
{
    FirewallsApi::Spec spec;
    spec.title = m_ui->titleEdit->text().trimmed();
    spec.content = m_ui->contentEdit->text();
    spec.icmp = m_ui->icmpCheck->isChecked();
    spec.rules = m_rules->rules();
    return spec;
}

void FirewallEditorDialog::setSpec(const FirewallsApi::Spec &spec)
{
    m_ui->titleEdit->setText(spec.title);
    m_ui->contentEdit->setText(spec.content);
    m_ui->icmpCheck->setChecked(spec.icmp);
    m_rules->setRules(spec.rules);
}

FirewallEditorDialog::Page FirewallEditorDialog::page() const
{
    return Page(m_ui->pageStack->currentIndex());
}

QString FirewallEditorDialog::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

QString FirewallEditorDialog::warning() const
{
    return m_ui->warningFrame->isHidden() ? QString() : m_ui->warningLabel->text();
}

QStringList FirewallEditorDialog::problems() const
{
    QStringList out;
    const FirewallsApi::Spec s = spec();
    if (const QString p = titleProblem(s.title); !p.isEmpty())
        out.append(p);
    if (s.content.size() > RuleCheck::kContentMax)
        out.append(contentTooLong());
    // Observed on the security groups: a group without a description is refused.
    if (m_dialect == FirewallsApi::Dialect::SecurityGroups && s.content.trimmed().isEmpty())
        out.append(tr("Give the firewall a description: iwinv refuses one without it here."));
    for (const RuleCheck::Problem &p : RuleCheck::check(s.rules))
        //: %1 is the rule's number, %2 what is wrong
        out.append(tr("Rule %1: %2").arg(p.rule + 1).arg(p.text));
    return out;
}

void FirewallEditorDialog::update()
{
    const FirewallsApi::Spec s = spec();
    const QList<RuleCheck::Problem> ruleProblems = RuleCheck::check(s.rules);
    m_rules->showProblems(ruleProblems);
    FormFeedback::setProblem(m_ui->titleError, titleProblem(s.title));
    FormFeedback::setProblem(m_ui->contentError,
                             s.content.size() > RuleCheck::kContentMax ? contentTooLong()
                                     : m_dialect == FirewallsApi::Dialect::SecurityGroups
                                             && s.content.trimmed().isEmpty()
                                     ? tr("Give the firewall a description: iwinv refuses one "
                                          "without it here.")
                                     : QString());
    QStringList lines;
    for (const RuleCheck::Problem &p : ruleProblems)
        lines.append(tr("Rule %1: %2").arg(p.rule + 1).arg(p.text));
    FormFeedback::setProblem(m_ui->problemsLabel, lines.join(u'\n'));
    // Open to the whole internet on a port that should not be.
    QStringList open;
    for (int i = 0; i < s.rules.size(); ++i) {
        const QString what = RuleCheck::worldOpening(s.rules.at(i));
        if (!what.isEmpty())
            //: %1 is the rule's number, %2 what it opens ("SSH (22)")
            open.append(tr("rule %1 opens %2").arg(i + 1).arg(what));
    }
    m_ui->warningFrame->setVisible(!open.isEmpty());
    m_ui->warningLabel->setText(
            open.isEmpty() ? QString()
                           //: %1 lists the rules and what they open
                           : tr("Open to every address on the internet: %1. Allow only your "
                                "own address instead?")
                                     .arg(open.join(u"; "_s)));
    const bool sending = isSaving();
    // After a lost answer that may have been carried out, nothing is sent again from here.
    m_ui->reviewButton->setEnabled(problems().isEmpty() && !sending && m_submitter->canSend()
                                   && !m_reading && !m_done);
    m_ui->backButton->setEnabled(!sending && !m_done);
    m_ui->removeRuleButton->setEnabled(m_ui->ruleTable->rowCount() > 0);
}

bool FirewallEditorDialog::onlyThisAddress(const QString &address)
{
    const QString source = RuleCheck::asSource(address);
    if (source.isEmpty())
        return false;
    const QList<FirewallRule> rules = m_rules->rules();
    for (int i = 0; i < rules.size(); ++i) {
        if (!RuleCheck::worldOpening(rules.at(i)).isEmpty())
            m_rules->setSource(i, source);
    }
    update();
    return true;
}

void FirewallEditorDialog::showPage(Page p)
{
    m_ui->pageStack->setCurrentIndex(int(p));
    m_ui->backButton->setVisible(p == Page::Preview);
    m_ui->reviewButton->setVisible(p == Page::Edit);
    m_ui->saveButton->setVisible(p == Page::Preview);
    m_ui->retryButton->setVisible(p == Page::Progress);
    m_ui->reviewButton->setDefault(p == Page::Edit);
    m_ui->saveButton->setDefault(p == Page::Preview);
}

QStringList FirewallEditorDialog::preview() const
{
    QStringList out;
    for (int i = 0; i < m_ui->previewList->count(); ++i)
        out.append(m_ui->previewList->item(i)->text());
    return out;
}

void FirewallEditorDialog::review()
{
    if (!problems().isEmpty() || m_reading || isSaving())
        return;
    if (m_mode != Mode::Edit) {
        showPreview(m_before);
        return;
    }
    // An edit replaces what iwinv has now, which may not be what the list showed: read it
    // again, so the preview (and the save) start from it.
    FormFeedback::showMessage(m_ui->messageLabel, tr("Reading the firewall as iwinv has it now…"),
                              false);
    m_reading = m_session->readFirewall(m_firewallId, this, [this](const ApiResult &result) {
        m_reading = nullptr;
        const Parsed<Firewall> read
                = result.ok() ? FirewallsApi::parseFirewalls(result.rows()) : Parsed<Firewall> {};
        if (!result.ok() || read.items.isEmpty()) {
            FormFeedback::showMessage(
                    m_ui->messageLabel,
                    result.ok() ? tr("This firewall no longer exists in iwinv: nothing was sent.")
                                : ErrorText::describe(result.error),
                    true);
            update();
            return;
        }
        showPreview(read.items.first());
        update();
    });
    update();
}

void FirewallEditorDialog::showPreview(const Firewall &current)
{
    const FirewallsApi::Spec s = spec();
    const bool changedElsewhere = m_mode == Mode::Edit
            && (!RuleCheck::diff(m_opened.rules, current.rules).isEmpty()
                || m_opened.icmp != current.icmp || m_opened.title != current.title);
    m_before = current;
    const RuleCheck::Diff diff = RuleCheck::diff(m_before.rules, s.rules);
    m_ui->previewList->clear();
    m_ui->messageLabel->hide();
    const int added = int(diff.added.size());
    const int removed = int(diff.removed.size());
    const int changed = int(diff.edited.size());
    const int kept = int(diff.kept.size());
    if (m_mode != Mode::Edit)
        m_ui->previewTitle->setText(tr("The new firewall will have %n rule(s). Nothing is sent "
                                       "until you save.",
                                       nullptr, int(s.rules.size())));
    else if (m_dialect == FirewallsApi::Dialect::SecurityGroups)
        //: %1 added, %2 removed, %3 changed, %4 kept (numbers of rules)
        m_ui->previewTitle->setText(tr("Saving changes the rules one by one: %1 added, %2 "
                                       "removed, %3 changed, %4 kept. Nothing is sent until you "
                                       "save.")
                                            .arg(added)
                                            .arg(removed)
                                            .arg(changed)
                                            .arg(kept));
    else
        //: %1 added, %2 removed, %3 changed, %4 kept (numbers of rules)
        m_ui->previewTitle->setText(tr("Saving replaces all of the firewall's rules with these: "
                                       "%1 added, %2 removed, %3 changed, %4 kept. Nothing is "
                                       "sent until you save.")
                                            .arg(added)
                                            .arg(removed)
                                            .arg(changed)
                                            .arg(kept));
    if (changedElsewhere)
        m_ui->previewList->addItem(tr("Changed in iwinv since this window opened: what follows "
                                      "compares with the firewall as it is now."));
    if (m_mode == Mode::Edit && m_before.title != s.title)
        //: the firewall's name, before and after
        m_ui->previewList->addItem(tr("Name: '%1' → '%2'").arg(m_before.title, s.title));
    if (m_mode == Mode::Edit && m_before.content != s.content)
        m_ui->previewList->addItem(tr("Description: '%1' → '%2'").arg(m_before.content, s.content));
    for (const FirewallRule &r : diff.added)
        m_ui->previewList->addItem(tr("Added: %1").arg(describe(r)));
    for (const auto &[before, after] : diff.edited) {
        if (before.title != after.title)
            m_ui->previewList->addItem(tr("Renamed: %1 → '%2'").arg(describe(before), after.title));
        if (before.content != after.content)
            //: %1 is the rule, %2 its new description
            m_ui->previewList->addItem(
                    tr("New description: %1 → '%2'").arg(describe(after), after.content));
    }
    for (const FirewallRule &r : diff.removed)
        m_ui->previewList->addItem(tr("Removed: %1").arg(describe(r)));
    for (const FirewallRule &r : diff.kept)
        m_ui->previewList->addItem(tr("Kept: %1").arg(describe(r)));
    if (m_before.icmp != s.icmp && m_mode == Mode::Edit)
        m_ui->previewList->addItem(s.icmp ? tr("ICMP (ping) allowed from now on")
                                          : tr("ICMP (ping) blocked from now on"));
    if (m_mode == Mode::Edit && diff.isEmpty() && m_before.icmp == s.icmp
        && m_before.title == s.title && m_before.content == s.content)
        m_ui->previewList->addItem(tr("Nothing changes."));
    m_saving = s;
    m_ui->saveButton->setEnabled(true);
    showPage(Page::Preview);
}

void FirewallEditorDialog::carriedOut(const Operation &op)
{
    if (rulesFollow() && op.kind == Operation::Kind::Create) {
        // The group is made; its rules are a sub-resource, added one by one.
        Firewall group;
        group.id = op.targetId;
        group.title = m_saving.title;
        group.content = m_saving.content;
        group.icmp = m_saving.icmp;
        saveRulesOf(group);
        return;
    }
    if (m_firewallId.isEmpty())
        m_firewallId = op.targetId; // the new firewall (saved() names it)
    finish(true);
}

bool FirewallEditorDialog::rulesFollow() const
{
    return m_dialect == FirewallsApi::Dialect::SecurityGroups && m_mode != Mode::Edit;
}

bool FirewallEditorDialog::isSaving() const
{
    // A security group's rules are added by this window once the group is found: a create whose
    // answer was lost is still being saved.
    return m_submitter->isBusy() || (m_sync && m_sync->isRunning())
            || (rulesFollow() && m_submitter->isUnknown());
}

void FirewallEditorDialog::reject()
{
    if (isSaving()) {
        FormFeedback::showMessage(m_ui->messageLabel,
                                  tr("Saving: this window closes when the steps under way have "
                                     "ended."),
                                  true);
        return;
    }
    QDialog::reject();
}

void FirewallEditorDialog::discard()
{
    if (m_sync)
        m_sync->stop();
    QDialog::reject();
}

void FirewallEditorDialog::save()
{
    // What was previewed is what is sent, whatever the form says now.
    const FirewallsApi::Spec s = m_saving;
    FormFeedback::showMessage(m_ui->messageLabel, tr("Sending…"), false);
    m_ui->saveButton->setEnabled(false);
    if (m_dialect == FirewallsApi::Dialect::SecurityGroups && m_mode == Mode::Edit) {
        saveRulesOf(m_before);
        return;
    }
    Change change;
    change.resource = Resource::Firewalls;
    change.kind = m_mode == Mode::Edit ? Operation::Kind::Edit : Operation::Kind::Create;
    change.targetId = m_firewallId;
    change.name = m_mode == Mode::Edit ? m_before.title : s.title;
    change.expected = s.title;
    if (!m_submitter->submit(change,
                             m_mode == Mode::Edit ? FirewallsApi::edit(m_firewallId, s, m_dialect)
                                                  : FirewallsApi::create(s, m_dialect))) {
        m_ui->saveButton->setEnabled(true);
        const Operation *other = m_mode == Mode::Edit
                ? nullptr
                : m_session->operations()->createOfUnknownOutcome(Resource::Firewalls);
        FormFeedback::showMessage(m_ui->messageLabel,
                                  other ? FormFeedback::createBlocked(*other)
                                        : tr("Another change of this firewall is on its way."),
                                  true);
        return;
    }
    update();
}

void FirewallEditorDialog::saveRulesOf(const Firewall &group)
{
    m_firewallId = group.id;
    delete m_sync;
    m_sync = new RuleSync(m_session->client(), group.id, this);
    m_sync->setJournal(m_session->journal());
    connect(m_sync, &RuleSync::stepChanged, this, &FirewallEditorDialog::showSteps);
    connect(m_sync, &RuleSync::finished, this, &FirewallEditorDialog::finish);
    connect(m_sync, &RuleSync::readFailed, this, [this](const ApiError &error) {
        m_ui->retryButton->setEnabled(true);
        FormFeedback::showMessage(m_ui->messageLabel, ErrorText::describe(error), true);
    });
    showPage(Page::Progress);
    m_ui->progressTitle->setText(tr("Saving the rules one by one: rules to add first, rules "
                                    "to remove last, so access both sets allow is never cut."));
    m_ui->retryButton->setEnabled(false);
    m_sync->start(group, m_saving);
    showSteps();
    update();
}

QStringList FirewallEditorDialog::steps() const
{
    QStringList out;
    for (int i = 0; i < m_ui->stepList->count(); ++i)
        out.append(m_ui->stepList->item(i)->text());
    return out;
}

void FirewallEditorDialog::showSteps()
{
    if (!m_sync)
        return;
    m_ui->stepList->clear();
    using Kind = RuleSync::Step::Kind;
    using State = RuleSync::Step::State;
    for (const RuleSync::Step &step : m_sync->steps()) {
        QString what;
        switch (step.kind) {
        case Kind::EditGroup:
            what = tr("Name, description and ICMP");
            break;
        case Kind::AddRule:
            what = tr("Add %1").arg(describe(step.rule));
            break;
        case Kind::EditRule:
            what = tr("Rename %1").arg(describe(step.rule));
            break;
        case Kind::RemoveRule:
            what = tr("Remove %1").arg(describe(step.rule));
            break;
        }
        QString state;
        switch (step.state) {
        case State::Planned:
            state = tr("waiting");
            break;
        case State::Sent:
            state = tr("sending…");
            break;
        case State::Done:
            state = tr("done");
            break;
        case State::Failed:
            state = tr("failed: %1").arg(ErrorText::describe(step.error));
            break;
        case State::NotSent:
            state = tr("not sent");
            break;
        }
        //: a step of the save and how it went
        m_ui->stepList->addItem(tr("%1 · %2").arg(what, state));
    }
}

void FirewallEditorDialog::finish(bool ok)
{
    m_session->store(Resource::Firewalls)->refresh();
    if (ok) {
        Q_EMIT saved(m_firewallId);
        accept();
        return;
    }
    m_ui->retryButton->setEnabled(true);
    FormFeedback::showMessage(m_ui->messageLabel,
                              tr("Not every step was done: what failed is shown. What was done "
                                 "keeps every rule both sets allow. Retry to finish it."),
                              true);
    update();
}

bool FirewallEditorDialog::importFrom(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file could not be read: %1").arg(file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    QString problem;
    const std::optional<FirewallsApi::Spec> read
            = doc.isObject() ? FirewallsApi::specFromJson(doc.object(), &problem) : std::nullopt;
    if (!read) {
        *error = !doc.isObject() && parseError.error != QJsonParseError::NoError
                ? tr("This file is not JSON (it cannot be read from character %1 on).")
                          .arg(parseError.offset)
                : tr("This is not a firewall's rule set: it needs a name or rules, in the shape "
                     "of iwinv's create request (as Export writes it).");
        return false;
    }
    // The rules are taken as the file has them and checked like typed ones; the name and
    // description only when the form has none yet.
    FirewallsApi::Spec merged = spec();
    if (merged.title.isEmpty())
        merged.title = read->title;
    if (merged.content.isEmpty())
        merged.content = read->content;
    merged.icmp = read->icmp;
    merged.rules = read->rules;
    setSpec(merged);
    FormFeedback::showMessage(
            m_ui->messageLabel,
            tr("Imported %n rule(s); check them before saving.", nullptr, int(read->rules.size())),
            false);
    return true;
}

bool FirewallEditorDialog::exportTo(const QString &path, QString *error) const
{
    FirewallsApi::Spec s = spec();
    for (FirewallRule &r : s.rules)
        r.ruleId.clear();
    QString why;
    if (!FileWrite::atomically(path, QJsonDocument(FirewallsApi::specToJson(s, true)).toJson(),
                               &why)) {
        *error = tr("The file could not be saved: %1").arg(why);
        return false;
    }
    return true;
}
