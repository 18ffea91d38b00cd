#pragma once

#include "session/connectioncheck.h"

#include <QCoreApplication>
#include <QStringList>

//! What a connection check found, in words: one verdict, and one line per aspect (address and
//! TLS, key, clock, budget). Never a secret: the access key is shown masked.
class ConnectionText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionText)
public:
    [[nodiscard]] static QString verdict(const ConnectionCheck::Report &report);
    //! (aspect, finding) pairs for the connection check window.
    [[nodiscard]] static QList<QPair<QString, QString>>
    details(const ConnectionCheck::Report &report);
    //! A plain-text report to copy (no secret in it).
    [[nodiscard]] static QString report(const ConnectionCheck::Report &report);
    //! "7 minutes ahead" / "3 minutes behind" for a skew in seconds (server - local).
    [[nodiscard]] static QString clockOffset(qint64 skewSecs);
};
