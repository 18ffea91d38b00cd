#pragma once

#include "domain/sshkey.h"
#include "namedmodel.h"

//! The SSH keys registered in the web console, merged by id.
class SshKeyModel final : public NamedModel<SshKey>
{
    Q_OBJECT
public:
    explicit SshKeyModel(QObject *parent = nullptr) : NamedModel<SshKey>(parent) { }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};
