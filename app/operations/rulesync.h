#pragma once

#include "api/apicall.h"
#include "api/firewallsapi.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class Journal;

//! Brings a security group (the older dialect, where rules are a sub-resource changed one
//! request at a time) from its rules to a new rule set, in an order that never cuts access both
//! sets allow and never opens more than the two together: rules to add first, titles edited in
//! place, rules to remove last; the group's own fields (title, description, ICMP) first when
//! ICMP opens, last otherwise. Stops at the first failure and says which step it was; retry()
//! reads the group again and does what is left. Every request goes into the journal.
class RuleSync final : public QObject
{
    Q_OBJECT
public:
    struct Step
    {
        enum class Kind { EditGroup, AddRule, EditRule, RemoveRule };
        enum class State { Planned, Sent, Done, Failed, NotSent };
        Kind kind = Kind::AddRule;
        FirewallRule rule; //!< the rule added, edited (its new text, the old rule_id) or removed
        State state = State::Planned;
        ApiError error;
    };

    RuleSync(ApiClient *client, const QString &groupId, QObject *parent = nullptr);
    void setJournal(Journal *journal) { m_journal = journal; }

    //! Plans from \a group (as the server has it, with its rules and their ids) to \a wanted and
    //! sends the steps one after the other.
    void start(const Firewall &group, const FirewallsApi::Spec &wanted);
    //! Reads the group and its rules again and does what is left to reach the wanted set.
    void retry();
    //! Sends nothing more (another account): the steps not sent yet are marked so; the one under
    //! way ends as it may and goes into the journal.
    void stop();
    [[nodiscard]] const QList<Step> &steps() const { return m_steps; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    //! Every step done (or nothing to do).
    [[nodiscard]] bool succeeded() const;
    //! The plan from \a group to \a wanted, without sending anything.
    [[nodiscard]] static QList<Step> plan(const Firewall &group, const FirewallsApi::Spec &wanted);

Q_SIGNALS:
    void stepChanged(int index);
    //! Reading the group again (retry) failed: nothing was sent.
    void readFailed(const ApiError &error);
    void finished(bool succeeded);

private:
    void next();
    [[nodiscard]] ApiRequest requestFor(const Step &step) const;
    void onAnswer(int index, quint64 entry, const ApiResult &result);

    ApiClient *m_client;
    QString m_groupId;
    Journal *m_journal = nullptr;
    FirewallsApi::Spec m_wanted;
    QList<Step> m_steps;
    int m_current = -1;
    bool m_running = false;
    bool m_stopped = false;
    QList<QPointer<ApiCall>> m_reads;
};
