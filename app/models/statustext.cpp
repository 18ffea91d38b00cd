#include "statustext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace StatusText {

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
    if (status.isEmpty())
        return QCoreApplication::translate("StatusText", "Unknown");
    //: %1 is the status exactly as the server wrote it
    return QCoreApplication::translate("StatusText", "Unknown (%1)").arg(status);
}

bool isTransitional(const QString &status)
{
    return status == u"work"_s || status == u"building"_s || status == u"deleting"_s
            || status == u"pending"_s;
}

} // namespace StatusText
