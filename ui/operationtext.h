#pragma once

#include "operations/operation.h"

#include <QCoreApplication>
#include <QString>

//! The sentence a person reads about a change in progress or finished.
class OperationText
{
    Q_DECLARE_TR_FUNCTIONS(OperationText)
public:
    [[nodiscard]] static QString describe(const Operation &operation);
    //! The action's name: "Reboot", "Attach block storage", "Create firewall".
    [[nodiscard]] static QString action(Resource resource, Operation::Kind kind);
    //! What is being done, as a row says it: "Rebooting…", "Attaching…".
    [[nodiscard]] static QString progress(Resource resource, Operation::Kind kind);
    //! The status as the resource's kind words it.
    [[nodiscard]] static QString status(Resource resource, const QString &status);
};
