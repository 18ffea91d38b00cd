#pragma once

#include "operations/operation.h"

#include <QObject>

class OperationTracker;
struct ApiRequest;

//! Sends a dialog's change through the operation tracker and tells the dialog how the server
//! took it: accepted (the dialog closes; the change is followed in the row), refused (the dialog
//! stays with everything typed and says why), or unknown (the answer was lost: never sent again;
//! the listing settles it, and the dialog may be closed meanwhile). Busy from sending until one
//! of those, so a second click sends nothing; after a lost answer nothing is sent again unless
//! the listing shows that it was not carried out.
class ChangeSubmitter final : public QObject
{
    Q_OBJECT
public:
    //! How the listing settled a lost answer.
    enum class Outcome {
        CarriedOut, //!< the change shows (or, for a create, what it made is listed)
        NotCarriedOut, //!< the listing shows that it did not happen: it may be sent again
        Unclear, //!< the listing cannot tell: it is never sent again from this dialog
    };

    explicit ChangeSubmitter(OperationTracker *tracker, QObject *parent = nullptr);

    //! Sends \a request for \a change; false (nothing sent) when it may not be sent (see
    //! canSend()), or when the tracker refuses it (another change of the same resource is
    //! unfinished, or another create's outcome is unknown).
    bool submit(const Change &change, const ApiRequest &request);
    //! Sent, and not yet accepted or refused (or its outcome unknown).
    [[nodiscard]] bool isBusy() const { return m_busy; }
    //! The last change's answer was lost and the listing has not settled it yet.
    [[nodiscard]] bool isUnknown() const { return m_checking; }
    //! Nothing on its way, and no lost answer that was (or may have been) carried out.
    [[nodiscard]] bool canSend() const { return !m_busy && !m_locked; }
    [[nodiscard]] quint64 operationId() const { return m_id; }
    //! What a settled lost answer \a operation came to.
    [[nodiscard]] static Outcome outcome(const Operation &operation);

Q_SIGNALS:
    //! The server took the change (accepted, or done at once; a create may not have named
    //! what it made yet).
    void accepted(const Operation &operation);
    //! The server refused it: nothing changed.
    void refused(const Operation &operation);
    //! The answer was lost; the change is being looked for in the listing.
    void unknown(const Operation &operation);
    //! The listing settled a lost answer: see outcome().
    void settled(const Operation &operation);

private:
    void onChanged(const Operation &operation);

    OperationTracker *m_tracker;
    quint64 m_id = 0;
    bool m_busy = false;
    bool m_checking = false;
    bool m_locked = false; //!< a lost answer not shown to be not carried out
};
