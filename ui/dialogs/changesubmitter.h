#pragma once

#include "operations/operation.h"

#include <QObject>

class OperationTracker;
struct ApiRequest;

//! Sends a dialog's change through the operation tracker and tells the dialog how the server
//! took it: accepted (the dialog closes; the change is followed in the row), refused (the dialog
//! stays with everything typed and says why), or unknown (the answer was lost: never sent again;
//! the listing settles it, and the dialog may be closed meanwhile). Busy from sending until one
//! of those, so a second click sends nothing.
class ChangeSubmitter final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeSubmitter(OperationTracker *tracker, QObject *parent = nullptr);

    //! Sends \a request for \a change; false (nothing sent) while busy or while another change of
    //! the same resource is unfinished.
    bool submit(const Change &change, const ApiRequest &request);
    //! Sent, and not yet accepted or refused (or its outcome unknown).
    [[nodiscard]] bool isBusy() const { return m_busy; }
    //! The lost answer of the last submit has not been settled: nothing may be sent again.
    [[nodiscard]] bool isUnknown() const { return m_unknown; }
    [[nodiscard]] quint64 operationId() const { return m_id; }

Q_SIGNALS:
    //! The server took the change (accepted, or done at once).
    void accepted(const Operation &operation);
    //! The server refused it: nothing changed.
    void refused(const Operation &operation);
    //! The answer was lost; the change is being looked for in the listing.
    void unknown(const Operation &operation);
    //! A lost answer was settled (done, not carried out, no change seen).
    void settled(const Operation &operation);

private:
    void onChanged(const Operation &operation);

    OperationTracker *m_tracker;
    quint64 m_id = 0;
    bool m_busy = false;
    bool m_unknown = false;
};
