#pragma once

#include "domain/firewall.h"
#include "domain/rulecheck.h"

#include <QObject>

class QTableWidget;

//! Firewall rules edited in a table: direction, protocol, port or range, source range, title and
//! description per row; each problem marked on its cell (with the reason in its tooltip).
//! Ctrl+N adds a rule, Del removes the selected ones.
class RuleTableEditor final : public QObject
{
    Q_OBJECT
public:
    enum class Column { Bound, Protocol, Port, Ip, Title, Content, Count };

    explicit RuleTableEditor(QTableWidget *table, QObject *parent = nullptr);

    void setRules(const QList<FirewallRule> &rules);
    [[nodiscard]] QList<FirewallRule> rules() const;
    //! A new rule (inbound TCP, empty port), its port cell in edit.
    void addRule();
    void removeSelected();
    //! Marks \a problems on their cells; the others are cleared.
    void showProblems(const QList<RuleCheck::Problem> &problems);
    //! Sets the source of rule \a row (the "only this address" fix).
    void setSource(int row, const QString &source);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void insertRow(int row, const FirewallRule &rule);
    [[nodiscard]] static int columnOf(RuleCheck::Field field);

    QTableWidget *m_table;
    QList<QString> m_ruleIds; //!< per row: the rule's id on the server (security groups)
    bool m_filling = false;
};
