#pragma once

#include "firewall.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

//! Firewall rules as the real server was seen to take them (§4 Firewall), checked before
//! anything is sent, compared (what an edit adds, removes, keeps), and read for what they
//! open to the whole internet.
class RuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(RuleCheck)
public:
    static constexpr int kTitleMax = 25;
    static constexpr int kContentMax = 255;
    //! A firewall's own name: the reference gives no limit for it; 50, as for the other names
    //! (§4: the simulator's, CHECK_LENGTH beyond). Its description: kContentMax.
    static constexpr int kFirewallTitleMax = 50;

    enum class Field { Bound, Protocol, Port, Ip, Title, Content };

    //! Why one field of one rule is not valid.
    struct Problem
    {
        int rule = 0; //!< its index in the list
        Field field = Field::Port;
        QString text;
    };

    //! What an edit does to the rules: the same access (direction, protocol, port, address) is
    //! the same rule; one whose title or description alone changed is edited in place.
    struct Diff
    {
        QList<FirewallRule> added;
        QList<FirewallRule> removed;
        QList<FirewallRule> kept;
        //! Old rule and new text, same access.
        QList<QPair<FirewallRule, FirewallRule>> edited;
        [[nodiscard]] bool isEmpty() const
        {
            return added.isEmpty() && removed.isEmpty() && edited.isEmpty();
        }
    };

    //! Every problem of \a rules, in order (exact duplicates are the later one's problem).
    [[nodiscard]] static QList<Problem> check(const QList<FirewallRule> &rules);
    //! Why \a field of \a rule is not valid (empty: it is).
    [[nodiscard]] static QString problem(const FirewallRule &rule, Field field);
    //! The same access: direction, protocol, port and address (what the server's duplicate
    //! check compares).
    [[nodiscard]] static bool sameAccess(const FirewallRule &a, const FirewallRule &b);
    [[nodiscard]] static Diff diff(const QList<FirewallRule> &before,
                                   const QList<FirewallRule> &after);
    //! The well-known port \a rule opens to every address (any range of prefix 0: the server
    //! keeps host bits as sent, so 10.0.0.0/0 is every address too), inbound: "SSH (22)",
    //! "RDP (3389)", "MySQL (3306)" ...; empty when none.
    [[nodiscard]] static QString worldOpening(const FirewallRule &rule);
    //! \a address as a rule's source: an IPv4 address becomes `a.b.c.d/32`, a CIDR stays;
    //! empty when it is neither.
    [[nodiscard]] static QString asSource(const QString &address);
    //! The ports of "22" or "10000-10002"; false when unreadable.
    [[nodiscard]] static bool readPorts(const QString &port, int *first, int *last);
};
