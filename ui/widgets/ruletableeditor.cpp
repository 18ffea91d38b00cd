#include "ruletableeditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QShortcut>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace {
const QColor kProblem(0xfd, 0xe2, 0xe1);
} // namespace

RuleTableEditor::RuleTableEditor(QTableWidget *table, QObject *parent)
    : QObject(parent), m_table(table)
{
    m_table->setColumnCount(int(Column::Count));
    m_table->setHorizontalHeaderLabels({tr("Direction"), tr("Protocol"), tr("Port"),
                                        tr("Source (CIDR)"), tr("Title"), tr("Description")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(int(Column::Ip), 160);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    // Ctrl+N anywhere in the editor's window; Del only on the table (in a cell being edited
    // or a text field it deletes characters).
    auto *add = new QShortcut(QKeySequence::New, m_table);
    add->setContext(Qt::WindowShortcut);
    connect(add, &QShortcut::activated, this, &RuleTableEditor::addRule);
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &RuleTableEditor::removeSelected);
}

int RuleTableEditor::columnOf(RuleCheck::Field field)
{
    switch (field) {
    case RuleCheck::Field::Bound:
        return int(Column::Bound);
    case RuleCheck::Field::Protocol:
        return int(Column::Protocol);
    case RuleCheck::Field::Port:
        return int(Column::Port);
    case RuleCheck::Field::Ip:
        return int(Column::Ip);
    case RuleCheck::Field::Title:
        return int(Column::Title);
    case RuleCheck::Field::Content:
        return int(Column::Content);
    }
    return 0;
}

void RuleTableEditor::insertRow(int row, const FirewallRule &rule)
{
    m_table->insertRow(row);
    m_ruleIds.insert(row, rule.ruleId);
    auto *bound = new QComboBox(m_table);
    bound->setObjectName(u"boundCombo"_s);
    bound->addItem(tr("Inbound"), u"IN"_s);
    bound->addItem(tr("Outbound"), u"OUT"_s);
    if (bound->findData(rule.bound) < 0 && !rule.bound.isEmpty())
        bound->addItem(rule.bound, rule.bound); // as imported: checked, and said if wrong
    bound->setCurrentIndex(qMax(0, bound->findData(rule.bound)));
    auto *protocol = new QComboBox(m_table);
    protocol->setObjectName(u"protocolCombo"_s);
    protocol->addItem(u"TCP"_s, u"TCP"_s);
    protocol->addItem(u"UDP"_s, u"UDP"_s);
    if (protocol->findData(rule.protocol) < 0 && !rule.protocol.isEmpty())
        protocol->addItem(rule.protocol, rule.protocol);
    protocol->setCurrentIndex(qMax(0, protocol->findData(rule.protocol)));
    for (QComboBox *combo : {bound, protocol}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT changed();
        });
    }
    m_table->setCellWidget(row, int(Column::Bound), bound);
    m_table->setCellWidget(row, int(Column::Protocol), protocol);
    m_table->setItem(row, int(Column::Port), new QTableWidgetItem(rule.port));
    m_table->setItem(row, int(Column::Ip), new QTableWidgetItem(rule.ip));
    m_table->setItem(row, int(Column::Title), new QTableWidgetItem(rule.title));
    m_table->setItem(row, int(Column::Content), new QTableWidgetItem(rule.content));
}

void RuleTableEditor::setRules(const QList<FirewallRule> &rules)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_ruleIds.clear();
    for (int i = 0; i < rules.size(); ++i)
        insertRow(i, rules.at(i));
    m_filling = false;
    Q_EMIT changed();
}

QList<FirewallRule> RuleTableEditor::rules() const
{
    QList<FirewallRule> out;
    auto text = [this](int row, Column c) {
        const QTableWidgetItem *item = m_table->item(row, int(c));
        return item ? item->text() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FirewallRule r;
        r.ruleId = m_ruleIds.value(row);
        auto *bound = qobject_cast<QComboBox *>(m_table->cellWidget(row, int(Column::Bound)));
        auto *protocol = qobject_cast<QComboBox *>(m_table->cellWidget(row, int(Column::Protocol)));
        r.bound = bound ? bound->currentData().toString() : QString();
        r.protocol = protocol ? protocol->currentData().toString() : QString();
        r.port = text(row, Column::Port);
        r.ip = text(row, Column::Ip);
        r.title = text(row, Column::Title);
        r.content = text(row, Column::Content);
        out.append(r);
    }
    return out;
}

void RuleTableEditor::addRule()
{
    FirewallRule rule;
    rule.bound = u"IN"_s;
    rule.protocol = u"TCP"_s;
    const int row = m_table->rowCount();
    m_filling = true;
    insertRow(row, rule);
    m_filling = false;
    m_table->setCurrentCell(row, int(Column::Port));
    m_table->editItem(m_table->item(row, int(Column::Port)));
    Q_EMIT changed();
}

void RuleTableEditor::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentRow() >= 0)
        rows.append(m_table->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        m_table->removeRow(row);
        m_ruleIds.removeAt(row);
    }
    if (!rows.isEmpty())
        Q_EMIT changed();
}

void RuleTableEditor::setSource(int row, const QString &source)
{
    if (QTableWidgetItem *item = m_table->item(row, int(Column::Ip)))
        item->setText(source);
}

void RuleTableEditor::showProblems(const QList<RuleCheck::Problem> &problems)
{
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int c = 0; c < int(Column::Count); ++c) {
            QString tip;
            for (const RuleCheck::Problem &p : problems) {
                if (p.rule == row && columnOf(p.field) == c)
                    tip = tip.isEmpty() ? p.text : tip + u'\n' + p.text;
            }
            if (QTableWidgetItem *item = m_table->item(row, c)) {
                item->setBackground(tip.isEmpty() ? QBrush() : QBrush(kProblem));
                item->setToolTip(tip);
            } else if (QWidget *w = m_table->cellWidget(row, c)) {
                w->setToolTip(tip);
                w->setAccessibleDescription(tip);
            }
        }
    }
    m_filling = false;
}
