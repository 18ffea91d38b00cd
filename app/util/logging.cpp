#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "iwinv.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "iwinv.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "iwinv.session", QtInfoMsg)
