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
    [[nodiscard]] static QString action(Operation::Kind kind);
};
