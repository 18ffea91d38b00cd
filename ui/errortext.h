#pragma once

#include "api/apierror.h"

#include <QCoreApplication>
#include <QString>

//! The sentence a person reads for a failed call: what happened and what to do.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    [[nodiscard]] static QString describe(const ApiError &error);

private:
    //! The sentence for a documented error code where its kind's sentence would not do (the
    //! refusals of values each say which problem it is); empty otherwise.
    [[nodiscard]] static QString codeSentence(int code);
};
