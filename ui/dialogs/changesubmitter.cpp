#include "changesubmitter.h"

#include "operations/operationtracker.h"

ChangeSubmitter::ChangeSubmitter(OperationTracker *tracker, QObject *parent)
    : QObject(parent), m_tracker(tracker)
{
    connect(tracker, &OperationTracker::operationChanged, this, &ChangeSubmitter::onChanged);
}

bool ChangeSubmitter::submit(const Change &change, const ApiRequest &request)
{
    if (m_busy || m_unknown)
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

void ChangeSubmitter::onChanged(const Operation &op)
{
    if (m_id == 0 || op.id != m_id)
        return;
    using State = Operation::State;
    switch (op.state) {
    case State::Sending:
        return;
    case State::Checking:
        if (m_busy) {
            m_busy = false;
            m_unknown = true;
            Q_EMIT unknown(op);
        }
        return;
    case State::Refused:
        m_busy = false;
        Q_EMIT refused(op);
        return;
    case State::Waiting:
    case State::TakingLong:
    case State::Done:
    case State::EndedInError:
    case State::Gone:
    case State::NotCarriedOut:
    case State::NoChangeSeen:
        break;
    }
    if (m_unknown) {
        if (op.isFinished()) {
            m_unknown = false;
            Q_EMIT settled(op);
        }
        return;
    }
    if (m_busy) {
        m_busy = false;
        Q_EMIT accepted(op);
    }
}
