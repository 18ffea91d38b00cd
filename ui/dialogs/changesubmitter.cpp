#include "changesubmitter.h"

#include "operations/operationtracker.h"

ChangeSubmitter::ChangeSubmitter(OperationTracker *tracker, QObject *parent)
    : QObject(parent), m_tracker(tracker)
{
    connect(tracker, &OperationTracker::operationChanged, this, &ChangeSubmitter::onChanged);
}

bool ChangeSubmitter::submit(const Change &change, const ApiRequest &request)
{
    if (!canSend())
        return false;
    m_busy = true; // before submit(): its first operationChanged comes at once
    const quint64 id = m_tracker->submit(change, request);
    if (id == 0) {
        m_busy = false;
        return false;
    }
    m_id = id;
    return true;
}

ChangeSubmitter::Outcome ChangeSubmitter::outcome(const Operation &op)
{
    using State = Operation::State;
    switch (op.state) {
    case State::Waiting:
    case State::TakingLong:
    case State::Done:
    case State::EndedInError: // the server is in error: something was done to it
        return Outcome::CarriedOut;
    case State::Gone:
        // A create's servers were listed, then went; another change's server went: who knows.
        return op.kind == Operation::Kind::Create ? Outcome::CarriedOut : Outcome::Unclear;
    case State::NotCarriedOut:
        return Outcome::NotCarriedOut;
    case State::Sending:
    case State::Checking:
    case State::NoChangeSeen:
    case State::Refused:
        break;
    }
    return Outcome::Unclear;
}

void ChangeSubmitter::onChanged(const Operation &op)
{
    if (m_id == 0 || op.id != m_id)
        return;
    using State = Operation::State;
    if (op.state == State::Sending)
        return;
    if (m_busy) {
        m_busy = false;
        if (op.state == State::Refused) {
            Q_EMIT refused(op);
        } else if (op.state == State::Checking && op.isOutcomeUnknown()) {
            m_checking = true;
            m_locked = true; // never sent again unless the listing shows it did not happen
            Q_EMIT unknown(op);
        } else {
            Q_EMIT accepted(op); // also a create accepted without naming what it made
        }
        return;
    }
    if (m_checking && op.state != State::Checking) {
        m_checking = false;
        m_locked = outcome(op) != Outcome::NotCarriedOut;
        Q_EMIT settled(op);
    }
}
