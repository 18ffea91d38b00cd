#pragma once

#include "api/apicall.h"
#include "domain/instance.h"
#include "operation.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiClient;
class Journal;

//! Sends the person's instance actions and follows each one until the server shows its end,
//! with one poller per account: one listing per tick for every change in progress, after 2, 2,
//! 3 and 5 s, then every 5 s; every 30 s once a change takes longer than expected. Never
//! reports a failure that did not happen; a lost answer is resolved from the next listing.
class OperationTracker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kToleratedPollErrors = 3;
    static constexpr qint64 kSlowPollMs = 30'000;

    explicit OperationTracker(ApiClient *client, QObject *parent = nullptr);
    ~OperationTracker() override;

    //! Sends \a request (an instance action built by InstancesApi) and follows it. \a name is the
    //! server's name (for a create: the name asked for); \a currentStatus its status now (what
    //! a rebuild or resize returns to). Returns the operation's id; 0 (nothing sent) while another
    //! change of the same server is unfinished: one change at a time per server, so a double
    //! click never reboots twice (and the server would refuse the second anyway).
    quint64 submit(Operation::Kind kind, const ApiRequest &request, const QString &instanceId,
                   const QString &name, const QString &currentStatus = QString());
    //! Records every change sent and its outcome (optional).
    void setJournal(Journal *journal) { m_journal = journal; }
    //! Another account: every operation is forgotten, the poller stops.
    void reset();
    //! Feeds a listing obtained elsewhere (a refresh): it counts as a poll.
    void observe(const QList<Instance> &instances);

    [[nodiscard]] const QList<Operation> &operations() const { return m_operations; }
    [[nodiscard]] const Operation *operation(quint64 id) const;
    //! The unfinished change of server \a instanceId, if any.
    [[nodiscard]] const Operation *unfinishedFor(const QString &instanceId) const;
    [[nodiscard]] int inProgress() const;
    //! Listings this tracker sent.
    [[nodiscard]] int pollsSent() const { return m_pollsSent; }
    //! Polls in a row that failed (more than kToleratedPollErrors: "cannot check right now").
    [[nodiscard]] int pollErrorsInRow() const { return m_pollErrors; }

Q_SIGNALS:
    void operationChanged(const Operation &operation);
    //! Every listing the poller received, for the instance model.
    void instancesListed(const QList<Instance> &instances);
    //! Polling failed more often than tolerated (true) or works again (false).
    void pollingTroubled(bool troubled);

private:
    void onAnswer(quint64 id, const ApiResult &result);
    void schedulePoll();
    void poll();
    void update(Operation &op, const QHash<QString, const Instance *> &byId,
                const QList<Instance> &instances);
    void setState(Operation &op, Operation::State state);
    Operation *find(quint64 id);

    ApiClient *m_client;
    QList<Operation> m_operations;
    quint64 m_nextId = 0;
    int m_pollIndex = 0;
    int m_pollErrors = 0;
    int m_pollsSent = 0;
    Clock::TimerId m_pollTimer = 0;
    QPointer<ApiCall> m_pollCall;
    QSet<QString> m_knownIds; //!< ids seen in listings, to spot a lost create's new server
    QHash<quint64, QString> m_initialStatus;
    QHash<quint64, bool> m_sawTransition;
    QHash<quint64, int> m_pollsSeen;
    QHash<quint64, quint64> m_journalEntries;
    Journal *m_journal = nullptr;
};
