#pragma once

#include <QByteArray>
#include <QString>

//! Writing a whole file the safe way: beside it, then renamed over at the end, so a full disk or
//! a lost share reports the failure and an earlier file at the same path is left whole.
namespace FileWrite {
//! Writes \a bytes to \a path; false with \a why (the system's words) when it could not.
bool atomically(const QString &path, const QByteArray &bytes, QString *why);
} // namespace FileWrite
