#pragma once

#include <QString>
#include <QTextStream>

//! The billing page: the overview (cards, monthly bars, this month's burn line), a bill's
//! detail with its breakdown, and the servers' running cost. Returns the failures.
int shootBilling(const QString &out, const QString &lang, const QString &variant, QTextStream &log);
