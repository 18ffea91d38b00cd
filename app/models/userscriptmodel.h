#pragma once

#include "domain/userscript.h"
#include "namedmodel.h"

//! The user scripts registered in the web console, merged by id.
class UserScriptModel final : public NamedModel<UserScript>
{
    Q_OBJECT
public:
    explicit UserScriptModel(QObject *parent = nullptr) : NamedModel<UserScript>(parent) { }

protected:
    [[nodiscard]] QString idHeader() const override { return tr("Script ID"); }
};
