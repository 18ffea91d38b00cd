#include "statustext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace StatusText {

namespace {
QString unknown(const QString &status)
{
    if (status.isEmpty())
        return QCoreApplication::translate("StatusText", "Unknown");
    //: %1 is the status exactly as the server wrote it
    return QCoreApplication::translate("StatusText", "Unknown (%1)").arg(status);
}
} // namespace

QString instance(const QString &status)
{
    if (status == u"active"_s)
        return QCoreApplication::translate("StatusText", "Running");
    if (status == u"off"_s)
        return QCoreApplication::translate("StatusText", "Stopped");
    if (status == u"work"_s)
        return QCoreApplication::translate("StatusText", "Working");
    if (status == u"pending"_s)
        return QCoreApplication::translate("StatusText", "Pending");
    if (status == u"error"_s)
        return QCoreApplication::translate("StatusText", "Error");
    if (status == u"building"_s)
        return QCoreApplication::translate("StatusText", "Creating");
    if (status == u"deleting"_s)
        return QCoreApplication::translate("StatusText", "Deleting");
    return unknown(status);
}

Tone instanceTone(const QString &status)
{
    if (status == u"active"_s)
        return Tone::Good;
    if (status == u"off"_s)
        return Tone::Stopped;
    if (status == u"error"_s)
        return Tone::Bad;
    if (isTransitional(status))
        return Tone::Busy;
    return Tone::Neutral;
}

QString volume(const QString &status)
{
    if (status == u"in-use"_s)
        return QCoreApplication::translate("StatusText", "Attached");
    if (status == u"available"_s)
        return QCoreApplication::translate("StatusText", "Detached");
    if (status == u"creating"_s)
        return QCoreApplication::translate("StatusText", "Creating");
    if (status == u"attaching"_s)
        return QCoreApplication::translate("StatusText", "Attaching");
    if (status == u"detaching"_s)
        return QCoreApplication::translate("StatusText", "Detaching");
    if (status == u"deleting"_s)
        return QCoreApplication::translate("StatusText", "Deleting");
    if (status == u"error"_s)
        return QCoreApplication::translate("StatusText", "Error");
    return unknown(status);
}

Tone volumeTone(const QString &status)
{
    if (status == u"in-use"_s)
        return Tone::Good;
    if (status == u"available"_s)
        return Tone::Stopped;
    if (status == u"error"_s)
        return Tone::Bad;
    if (isTransitional(status))
        return Tone::Busy;
    return Tone::Neutral;
}

QString availability(const QString &status)
{
    if (status == u"available"_s || status == u"active"_s)
        return QCoreApplication::translate("StatusText", "Available");
    if (status == u"soldout"_s)
        return QCoreApplication::translate("StatusText", "Sold out");
    if (status == u"maintenance"_s)
        return QCoreApplication::translate("StatusText", "Maintenance");
    return unknown(status);
}

Tone availabilityTone(const QString &status)
{
    if (status == u"available"_s || status == u"active"_s)
        return Tone::Good;
    if (status == u"soldout"_s || status == u"maintenance"_s)
        return Tone::Stopped;
    return Tone::Neutral;
}

bool isTransitional(const QString &status)
{
    return status == u"work"_s || status == u"building"_s || status == u"deleting"_s
            || status == u"pending"_s || status == u"creating"_s || status == u"attaching"_s
            || status == u"detaching"_s;
}

} // namespace StatusText
