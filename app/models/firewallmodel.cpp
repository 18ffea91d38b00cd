#include "firewallmodel.h"

#include "statustext.h"

using namespace Qt::StringLiterals;

namespace {
qsizetype countBound(const Firewall &f, const QString &bound)
{
    return std::count_if(f.rules.begin(), f.rules.end(),
                         [&bound](const FirewallRule &r) { return r.bound == bound; });
}
} // namespace

FirewallModel::FirewallModel(QObject *parent) : ResourceModel<Firewall>(parent) { }

int FirewallModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

const Firewall *FirewallModel::firewallOf(const QString &instanceId) const
{
    for (const Firewall &f : items()) {
        if (f.instanceIds.contains(instanceId))
            return &f;
    }
    return nullptr;
}

QVariant FirewallModel::display(const Firewall &f, Column column) const
{
    switch (column) {
    case Column::Title:
        return f.title;
    case Column::Description:
        return f.content;
    case Column::Inbound:
        return qint64(countBound(f, u"IN"_s));
    case Column::Outbound:
        return qint64(countBound(f, u"OUT"_s));
    case Column::Icmp:
        return f.icmp ? tr("Allowed") : tr("Blocked");
    case Column::Servers:
        return qint64(f.instanceIds.size());
    case Column::Id:
        return f.id;
    case Column::Count:
        break;
    }
    return {};
}

QVariant FirewallModel::data(const QModelIndex &index, int role) const
{
    if (!isValidCell(index))
        return {};
    const Firewall &f = at(index);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(f, column);
    case Qt::TextAlignmentRole:
        if (column == Column::Inbound || column == Column::Outbound || column == Column::Servers)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Roles::SortRole:
        return display(f, column);
    case Roles::IdRole:
        return f.id;
    case Roles::StatusToneRole:
        return int(f.instanceIds.isEmpty() ? StatusText::Tone::Stopped : StatusText::Tone::Good);
    case Roles::FilterRole:
        return display(f, column).toString();
    default:
        return {};
    }
}

QVariant FirewallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Title:
        return tr("Name");
    case Column::Description:
        return tr("Description");
    case Column::Inbound:
        return tr("Inbound rules");
    case Column::Outbound:
        return tr("Outbound rules");
    case Column::Icmp:
        return tr("ICMP");
    case Column::Servers:
        return tr("Servers");
    case Column::Id:
        return tr("Firewall ID");
    case Column::Count:
        break;
    }
    return {};
}
