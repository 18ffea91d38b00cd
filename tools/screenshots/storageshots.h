#pragma once

#include <QString>
#include <QTextStream>

//! The block storage and firewall dialogs: add block storage, attach to a server, the delete
//! refused while attached, the rule editor with a problem and the world-open warning, the
//! change preview of an edit, and a security-groups save that failed half way. Returns the
//! failures.
int shootStorageDialogs(const QString &out, const QString &lang, QTextStream &log);
