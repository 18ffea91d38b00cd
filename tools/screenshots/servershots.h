#pragma once

#include <QString>
#include <QTextStream>

//! The server dialogs: create (the spec table, the review), edit, reinstall OS, change spec,
//! and the delete confirmation naming the block storage that stays. Returns the failures.
int shootServerDialogs(const QString &out, const QString &lang, QTextStream &log);
