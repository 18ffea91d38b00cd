#include "shots.h"

#include "session/accountsession.h"
#include "session/resourcestore.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QWidget>

namespace Shots {

bool shoot(QWidget *widget, const QString &path, QTextStream &log)
{
    QCoreApplication::processEvents();
    log << path << '\n';
    return widget->grab().save(path);
}

bool idle(const AccountSession &session)
{
    for (int i = 0; i < kResourceCount; ++i) {
        if (session.store(Resource(i))->isLoading())
            return false;
    }
    return true;
}

} // namespace Shots
