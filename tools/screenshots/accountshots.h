#pragma once

#include <QString>
#include <QTextStream>

//! The account windows: the profile switcher open on a production profile, the sign-in dialog
//! after a successful test, the settings and the connection check. Returns the failures.
int shootAccountWindows(const QString &out, const QString &lang, QTextStream &log);
