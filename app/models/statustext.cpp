#include "statustext.h"

#include "domain/status.h"

#include <QCoreApplication>

namespace StatusText {

namespace {
//! What the server wrote, as it wrote it (the reference: unknown statuses are shown as
//! written); nothing written at all is said so.
QString asWritten(const QString &status)
{
    return status.isEmpty() ? QCoreApplication::translate("StatusText", "Unknown") : status;
}
} // namespace

QString instance(const QString &status)
{
    switch (Status::server(status)) {
    case Status::Server::Active:
        return QCoreApplication::translate("StatusText", "Running");
    case Status::Server::Off:
        return QCoreApplication::translate("StatusText", "Stopped");
    case Status::Server::Work:
        return QCoreApplication::translate("StatusText", "Working");
    case Status::Server::Pending:
        return QCoreApplication::translate("StatusText", "Pending");
    case Status::Server::Error:
        return QCoreApplication::translate("StatusText", "Error");
    case Status::Server::Building:
        return QCoreApplication::translate("StatusText", "Creating");
    case Status::Server::Deleting:
        return QCoreApplication::translate("StatusText", "Deleting");
    case Status::Server::Unknown:
        break;
    }
    return asWritten(status);
}

Tone instanceTone(const QString &status)
{
    const Status::Server s = Status::server(status);
    switch (s) {
    case Status::Server::Active:
        return Tone::Good;
    case Status::Server::Off:
        return Tone::Stopped;
    case Status::Server::Error:
        return Tone::Bad;
    case Status::Server::Pending:
    case Status::Server::Work:
    case Status::Server::Building:
    case Status::Server::Deleting:
        return Tone::Busy;
    case Status::Server::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString volume(const QString &status)
{
    switch (Status::volume(status)) {
    case Status::Volume::Attached:
    case Status::Volume::InUse:
        return QCoreApplication::translate("StatusText", "Attached");
    case Status::Volume::Available:
        return QCoreApplication::translate("StatusText", "Detached");
    case Status::Volume::Active:
        return QCoreApplication::translate("StatusText", "Active");
    case Status::Volume::Creating:
        return QCoreApplication::translate("StatusText", "Creating");
    case Status::Volume::Attaching:
        return QCoreApplication::translate("StatusText", "Attaching");
    case Status::Volume::Detaching:
        return QCoreApplication::translate("StatusText", "Detaching");
    case Status::Volume::Deleting:
        return QCoreApplication::translate("StatusText", "Deleting");
    case Status::Volume::Error:
        return QCoreApplication::translate("StatusText", "Error");
    case Status::Volume::Unknown:
        break;
    }
    return asWritten(status);
}

Tone volumeTone(const QString &status)
{
    switch (Status::volume(status)) {
    case Status::Volume::Attached:
    case Status::Volume::InUse:
    case Status::Volume::Active:
        return Tone::Good;
    case Status::Volume::Available:
        return Tone::Stopped;
    case Status::Volume::Error:
        return Tone::Bad;
    case Status::Volume::Creating:
    case Status::Volume::Attaching:
    case Status::Volume::Detaching:
    case Status::Volume::Deleting:
        return Tone::Busy;
    case Status::Volume::Unknown:
        break;
    }
    return Tone::Neutral;
}

QString availability(const QString &status)
{
    switch (Status::availability(status)) {
    case Status::Availability::Available:
        return QCoreApplication::translate("StatusText", "Available");
    case Status::Availability::SoldOut:
        return QCoreApplication::translate("StatusText", "Sold out");
    case Status::Availability::Maintenance:
        return QCoreApplication::translate("StatusText", "Maintenance");
    case Status::Availability::Unknown:
        break;
    }
    return asWritten(status);
}

Tone availabilityTone(const QString &status)
{
    switch (Status::availability(status)) {
    case Status::Availability::Available:
        return Tone::Good;
    case Status::Availability::SoldOut:
    case Status::Availability::Maintenance:
        return Tone::Stopped;
    case Status::Availability::Unknown:
        break;
    }
    return Tone::Neutral;
}

} // namespace StatusText
