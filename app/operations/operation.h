#pragma once

#include "api/apierror.h"

#include <QString>

//! One change the person asked for, followed until the server shows its end.
struct Operation
{
    enum class Kind { Create, Delete, Start, Shutdown, Reboot, Rebuild, Resize };
    enum class State {
        Sending, //!< the request is on its way (or being retried)
        Checking, //!< the answer was lost; looking for the result in the next listing
        Waiting, //!< accepted; the server is working on it
        TakingLong, //!< past the expected time: still followed, more slowly; not a failure
        Done, //!< the server shows the expected end state
        EndedInError, //!< the server shows `error`
        Gone, //!< the server no longer exists (deleted elsewhere)
        NotCarriedOut, //!< after a lost answer, the listing shows it did not happen
        NoChangeSeen, //!< after a lost answer, the listing cannot tell (e.g. a quick reboot)
        Refused, //!< the server refused the request (see `error`)
    };

    quint64 id = 0;
    Kind kind = Kind::Start;
    QString instanceId; //!< empty for a create until the server names the new server
    QString name; //!< the server's name (for a create: what to look for)
    State state = State::Sending;
    QString lastStatus; //!< as the server last wrote it
    qint64 startedMs = 0;
    qint64 acceptedMs = 0;
    ApiError error;

    [[nodiscard]] bool isFinished() const
    {
        return state == State::Done || state == State::EndedInError || state == State::Gone
                || state == State::NotCarriedOut || state == State::NoChangeSeen
                || state == State::Refused;
    }
    //! How long to wait before saying "taking longer than expected".
    [[nodiscard]] static qint64 patienceMs(Kind kind)
    {
        switch (kind) {
        case Kind::Start:
        case Kind::Shutdown:
        case Kind::Reboot:
            return 5 * 60'000;
        case Kind::Create:
            return 15 * 60'000;
        case Kind::Delete:
            return 10 * 60'000;
        case Kind::Rebuild:
        case Kind::Resize:
            return 20 * 60'000;
        }
        return 5 * 60'000;
    }
};
