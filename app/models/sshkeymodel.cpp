#include "sshkeymodel.h"

QVariant SshKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Registered:
        return tr("Registered");
    case Column::Id:
        return tr("SSH Key ID");
    case Column::Count:
        break;
    }
    return {};
}
