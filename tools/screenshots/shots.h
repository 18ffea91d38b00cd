#pragma once

#include <QString>
#include <QTextStream>

class AccountSession;
class QWidget;

//! What every shooting function does: draw a widget to a PNG (and log its path), and tell
//! whether a session has finished loading.
namespace Shots {

//! Saves \a widget as \a path after pending events; false when it could not be written.
bool shoot(QWidget *widget, const QString &path, QTextStream &log);
//! No listing of \a session is loading.
[[nodiscard]] bool idle(const AccountSession &session);

} // namespace Shots
