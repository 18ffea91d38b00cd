#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "iwinv.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "iwinv.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "iwinv.session", QtInfoMsg)

namespace {
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void secretGuard(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

void guardSecretsInLogs()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previousFilter = QLoggingCategory::installFilter(secretGuard);
}
