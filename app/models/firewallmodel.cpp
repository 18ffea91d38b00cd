#include "firewallmodel.h"

using namespace Qt::StringLiterals;

namespace {
qsizetype countBound(const Firewall &f, const QString &bound)
{
    return std::count_if(f.rules.begin(), f.rules.end(),
                         [&bound](const FirewallRule &r) { return r.bound == bound; });
}
} // namespace

FirewallModel::FirewallModel(QObject *parent) : ResourceModel<Firewall>(parent)
{ }

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

QVariant FirewallModel::display(const Firewall &f, int column) const
{
    switch (Column(column)) {
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

bool FirewallModel::isNumeric(int column) const
{
    return Column(column) == Column::Inbound || Column(column) == Column::Outbound
            || Column(column) == Column::Servers;
}

std::optional<StatusText::Tone> FirewallModel::tone(const Firewall &f) const
{
    return f.instanceIds.isEmpty() ? StatusText::Tone::Stopped : StatusText::Tone::Good;
}

QString FirewallModel::header(int column) const
{
    switch (Column(column)) {
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
