#pragma once

#include "pagespec.h"

#include <QCoreApplication>

class AccountSession;

//! The eight pages of the console, described: data, columns, filters and details.
class PageSpecs
{
    Q_DECLARE_TR_FUNCTIONS(PageSpecs)
public:
    [[nodiscard]] static PageSpec make(AccountSession &session, Resource resource);
    [[nodiscard]] static QString title(Resource resource);
    //! The icon's file name under :/icons/<light|dark>/.
    [[nodiscard]] static QString icon(Resource resource);
};
