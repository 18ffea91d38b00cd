#pragma once

#include "domain/userscript.h"
#include "namedmodel.h"

//! The user scripts registered in the web console, merged by id.
class UserScriptModel final : public NamedModel<UserScript>
{
    Q_OBJECT
public:
    explicit UserScriptModel(QObject *parent = nullptr) : NamedModel<UserScript>(parent) { }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
