#include "operationtext.h"

#include "errortext.h"
#include "models/statustext.h"

QString OperationText::action(Resource resource, Operation::Kind kind)
{
    using Kind = Operation::Kind;
    if (resource == Resource::BlockStorage) {
        switch (kind) {
        case Kind::Create:
            return tr("Add block storage");
        case Kind::Delete:
            return tr("Delete block storage");
        case Kind::Attach:
            return tr("Attach block storage");
        case Kind::Detach:
            return tr("Detach block storage");
        case Kind::Edit:
            return tr("Edit block storage");
        case Kind::Start:
        case Kind::Shutdown:
        case Kind::Reboot:
        case Kind::Rebuild:
        case Kind::Resize:
            break;
        }
    }
    if (resource == Resource::Firewalls) {
        switch (kind) {
        case Kind::Create:
            return tr("Create firewall");
        case Kind::Delete:
            return tr("Delete firewall");
        case Kind::Attach:
            return tr("Attach firewall");
        case Kind::Detach:
            return tr("Detach firewall");
        case Kind::Edit:
            return tr("Edit firewall");
        case Kind::Start:
        case Kind::Shutdown:
        case Kind::Reboot:
        case Kind::Rebuild:
        case Kind::Resize:
            break;
        }
    }
    switch (kind) {
    case Kind::Create:
        return tr("Create server");
    case Kind::Delete:
        return tr("Delete server");
    case Kind::Start:
        return tr("Start");
    case Kind::Shutdown:
        return tr("Shut down");
    case Kind::Reboot:
        return tr("Reboot");
    case Kind::Rebuild:
        return tr("Reinstall OS");
    case Kind::Resize:
        return tr("Change spec");
    case Kind::Edit:
        return tr("Edit server");
    case Kind::Attach:
    case Kind::Detach:
        break;
    }
    return {};
}

QString OperationText::progress(Resource resource, Operation::Kind kind)
{
    using Kind = Operation::Kind;
    switch (kind) {
    case Kind::Create:
        return resource == Resource::BlockStorage ? tr("Adding…") : tr("Creating…");
    case Kind::Delete:
        return tr("Deleting…");
    case Kind::Start:
        return tr("Starting…");
    case Kind::Shutdown:
        return tr("Shutting down…");
    case Kind::Reboot:
        return tr("Rebooting…");
    case Kind::Rebuild:
        return tr("Reinstalling the OS…");
    case Kind::Resize:
        return tr("Changing the spec…");
    case Kind::Edit:
        return tr("Saving…");
    case Kind::Attach:
        return tr("Attaching…");
    case Kind::Detach:
        return tr("Detaching…");
    }
    return {};
}

QString OperationText::status(Resource resource, const QString &status)
{
    return resource == Resource::BlockStorage ? StatusText::volume(status)
                                              : StatusText::instance(status);
}

QString OperationText::describe(const Operation &op)
{
    const QString what = action(op.resource, op.kind);
    const QString name = op.name.isEmpty() ? op.targetId : op.name;
    switch (op.state) {
    case Operation::State::Sending:
        //: %1 is the action ("Reboot", "Attach block storage"), %2 the name of the server, block
        //: storage or firewall
        return tr("%1 '%2': sending…").arg(what, name);
    case Operation::State::Checking:
        if (!op.error.isError()) {
            // Accepted, without naming what it made: nothing was lost.
            return op.resource == Resource::Instances
                    ? tr("%1 '%2': accepted; looking for the new servers in the list…")
                              .arg(what, name)
                    : tr("%1 '%2': accepted; looking for it in the list…").arg(what, name);
        }
        return tr("%1 '%2': the answer was lost; the result is unknown, checking…").arg(what, name);
    case Operation::State::Waiting:
        return op.lastStatus.isEmpty()
                ? tr("%1 '%2': in progress…").arg(what, name)
                //: %3 is the resource's status, e.g. "Working"
                : tr("%1 '%2': in progress (%3)")
                          .arg(what, name, status(op.resource, op.lastStatus));
    case Operation::State::TakingLong:
        return tr("%1 '%2' is taking longer than expected; still checking.").arg(what, name);
    case Operation::State::Done:
        return tr("%1 '%2': done.").arg(what, name);
    case Operation::State::EndedInError:
        return op.resource == Resource::BlockStorage
                ? tr("%1 '%2' ended with the block storage in an error state.").arg(what, name)
                : tr("%1 '%2' ended with the server in an error state.").arg(what, name);
    case Operation::State::Gone:
        switch (op.resource) {
        case Resource::BlockStorage:
            return tr("%1 '%2': the block storage no longer exists (it was deleted elsewhere).")
                    .arg(what, name);
        case Resource::Firewalls:
            return tr("%1 '%2': the firewall no longer exists (it was deleted elsewhere).")
                    .arg(what, name);
        default:
            return tr("%1 '%2': the server no longer exists (it was deleted elsewhere).")
                    .arg(what, name);
        }
    case Operation::State::NotCarriedOut:
        return tr("%1 '%2' was not carried out. You can try again.").arg(what, name);
    case Operation::State::NoChangeSeen:
        return tr("%1 '%2': the result could not be confirmed; no change is visible yet.")
                .arg(what, name);
    case Operation::State::Refused:
        //: %3 explains why
        return tr("%1 '%2' failed: %3").arg(what, name, ErrorText::describe(op.error));
    }
    return {};
}
