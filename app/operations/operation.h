#pragma once

#include "api/apierror.h"
#include "session/resource.h"

#include <QString>
#include <QStringList>

//! One change the person asked for, followed until the server shows its end: a server's,
//! a block storage's or a firewall's.
struct Operation
{
    enum class Kind {
        Create,
        Delete,
        Start,
        Shutdown,
        Reboot,
        Rebuild,
        Resize,
        Edit, //!< name and description (a server), title, rules and ICMP (a firewall)
        Attach, //!< a volume or firewall to a server (relatedId)
        Detach, //!< a volume or firewall from a server (relatedId)
    };
    enum class State {
        Sending, //!< the request is on its way (or being retried)
        Checking, //!< the answer was lost; looking for the result in the next listing
        Waiting, //!< accepted; the server is working on it
        TakingLong, //!< past the expected time: still followed, more slowly; not a failure
        Done, //!< the server shows the expected end state
        EndedInError, //!< the server shows `error`
        Gone, //!< the resource no longer exists (deleted elsewhere)
        NotCarriedOut, //!< after a lost answer, the listing shows it did not happen
        NoChangeSeen, //!< after a lost answer, the listing cannot tell (e.g. a quick reboot)
        Refused, //!< the server refused the request (see `error`)
    };

    quint64 id = 0;
    Resource resource = Resource::Instances;
    Kind kind = Kind::Start;
    //! The resource changed; empty for a create until the server names it.
    QString targetId;
    //! Every resource a create made (count > 1 makes several servers); targetId is the first.
    QStringList createdIds;
    QString name; //!< the resource's name (for a create: what to look for)
    QString relatedId; //!< the server a volume or firewall is attached to or detached from
    QString relatedName;
    //! What the change sets, to recognise it in a listing: the new image (rebuild), the new
    //! spec (resize), the new name (edit).
    QString expected;
    State state = State::Sending;
    QString lastStatus; //!< as the server last wrote it
    QString profile; //!< the account it was sent for
    qint64 startedMs = 0;
    qint64 acceptedMs = 0;
    qint64 finishedMs = 0;
    ApiError error;

    [[nodiscard]] bool isFinished() const { return isFinal(state); }
    //! Whether the server has taken it is not known: not answered yet, or its answer was lost
    //! and no listing has settled it. (Checking without an error: a create accepted without
    //! naming what it made, looked for in the listing.)
    [[nodiscard]] bool isOutcomeUnknown() const
    {
        return state == State::Sending || (state == State::Checking && error.isError());
    }
    [[nodiscard]] static bool isFinal(State state)
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
        case Kind::Edit:
            return 5 * 60'000;
        case Kind::Attach:
        case Kind::Detach:
        case Kind::Delete:
            return 10 * 60'000;
        case Kind::Create:
            return 15 * 60'000;
        case Kind::Rebuild:
        case Kind::Resize:
            return 20 * 60'000;
        }
        return 5 * 60'000;
    }
};

//! What the person asked for, as the tracker takes it: the request and how to recognise its end.
struct Change
{
    Resource resource = Resource::Instances;
    Operation::Kind kind = Operation::Kind::Start;
    QString targetId; //!< empty for a create
    QString name;
    QString currentStatus; //!< what a rebuild or resize returns to
    QString relatedId;
    QString relatedName;
    QString expected;
    //! What `expected` replaces: the image (rebuild) or spec (resize) before the change; a
    //! listing showing `expected` instead proves a change whose answer was lost.
    QString replaced;
    int count = 1; //!< servers a create makes
};
