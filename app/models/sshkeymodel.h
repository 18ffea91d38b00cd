#pragma once

#include "domain/sshkey.h"
#include "namedmodel.h"

//! The SSH keys registered in the web console, merged by id.
class SshKeyModel final : public NamedModel<SshKey>
{
    Q_OBJECT
public:
    explicit SshKeyModel(QObject *parent = nullptr) : NamedModel<SshKey>(parent) { }

protected:
    [[nodiscard]] QString idHeader() const override { return tr("SSH Key ID"); }
};
