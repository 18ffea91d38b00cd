#include "operationtext.h"

#include "errortext.h"
#include "models/statustext.h"

QString OperationText::action(Operation::Kind kind)
{
    switch (kind) {
    case Operation::Kind::Create:
        return tr("Create server");
    case Operation::Kind::Delete:
        return tr("Delete server");
    case Operation::Kind::Start:
        return tr("Start");
    case Operation::Kind::Shutdown:
        return tr("Shut down");
    case Operation::Kind::Reboot:
        return tr("Reboot");
    case Operation::Kind::Rebuild:
        return tr("Reinstall OS");
    case Operation::Kind::Resize:
        return tr("Change spec");
    }
    return {};
}

QString OperationText::describe(const Operation &op)
{
    const QString what = action(op.kind);
    const QString name = op.name.isEmpty() ? op.instanceId : op.name;
    switch (op.state) {
    case Operation::State::Sending:
        //: %1 is the action ("Reboot"), %2 the server's name
        return tr("%1 '%2': sending…").arg(what, name);
    case Operation::State::Checking:
        return tr("%1 '%2': the answer was lost; the result is unknown, checking…").arg(what, name);
    case Operation::State::Waiting:
        //: %3 is the server's status, e.g. "Working"
        return tr("%1 '%2': in progress (%3)").arg(what, name, StatusText::instance(op.lastStatus));
    case Operation::State::TakingLong:
        return tr("%1 '%2' is taking longer than expected; still checking.").arg(what, name);
    case Operation::State::Done:
        return tr("%1 '%2': done.").arg(what, name);
    case Operation::State::EndedInError:
        return tr("%1 '%2' ended with the server in an error state.").arg(what, name);
    case Operation::State::Gone:
        return tr("%1 '%2': the server no longer exists (it was deleted elsewhere).").arg(what, name);
    case Operation::State::NotCarriedOut:
        return tr("%1 '%2' was not carried out. You can try again.").arg(what, name);
    case Operation::State::NoChangeSeen:
        return tr("%1 '%2': the result could not be confirmed; the server shows no change.")
                .arg(what, name);
    case Operation::State::Refused:
        //: %3 explains why
        return tr("%1 '%2' failed: %3").arg(what, name, ErrorText::describe(op.error));
    }
    return {};
}
