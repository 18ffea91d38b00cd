#include "rulecheck.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct Known
{
    int port;
    const char *name;
};
//! Ports that must not be open to the whole internet without a second thought.
constexpr Known kSensitive[]
        = {{22, "SSH"},          {3389, "RDP"},        {3306, "MySQL"},
           {5432, "PostgreSQL"}, {1433, "SQL Server"}, {1521, "Oracle"},
           {27017, "MongoDB"},   {6379, "Redis"},      {9200, "Elasticsearch"}};

bool isIpv4Cidr(const QString &ip)
{
    static const QRegularExpression form(
            u"^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})$"_s);
    const auto m = form.match(ip);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        if (m.captured(i).toInt() > 255)
            return false;
    }
    return m.captured(5).toInt() <= 32;
}
} // namespace

bool RuleCheck::readPorts(const QString &port, int *first, int *last)
{
    static const QRegularExpression single(u"^(\\d{1,5})$"_s);
    static const QRegularExpression range(u"^(\\d{1,5})-(\\d{1,5})$"_s);
    if (const auto m = single.match(port); m.hasMatch()) {
        *first = *last = m.captured(1).toInt();
        return true;
    }
    if (const auto m = range.match(port); m.hasMatch()) {
        *first = m.captured(1).toInt();
        *last = m.captured(2).toInt();
        return true;
    }
    return false;
}

QString RuleCheck::problem(const FirewallRule &rule, Field field)
{
    switch (field) {
    case Field::Bound:
        // Case-sensitive: "inbound" or "in" are refused (CHECK_PARAM_ENUM).
        return rule.bound == u"IN"_s || rule.bound == u"OUT"_s ? QString()
                                                               : tr("Choose inbound or outbound.");
    case Field::Protocol:
        if (rule.protocol == u"TCP"_s || rule.protocol == u"UDP"_s)
            return {};
        if (rule.protocol.compare(u"ICMP"_s, Qt::CaseInsensitive) == 0)
            return tr("ICMP is not a rule's protocol: use the firewall's ICMP switch.");
        return tr("The protocol is TCP or UDP.");
    case Field::Port: {
        int first = 0;
        int last = 0;
        if (!readPorts(rule.port.trimmed(), &first, &last) || rule.port != rule.port.trimmed())
            return tr("Write one port (80) or a range (10000-10002).");
        if (first < 1 || last > 65535)
            return tr("Ports go from 1 to 65535; 0 is refused.");
        if (first > last)
            return tr("The range must go from the lower port to the higher.");
        return {};
    }
    case Field::Ip: {
        if (rule.ip.contains(u':'))
            return tr("IPv6 is not supported: write an IPv4 address range.");
        if (!isIpv4Cidr(rule.ip)) {
            QHostAddress plain;
            if (plain.setAddress(rule.ip) && plain.protocol() == QAbstractSocket::IPv4Protocol)
                //: %1 is the address as typed
                return tr("Add the prefix: %1/32 for this one address.").arg(rule.ip);
            return tr("Write an IPv4 range with its prefix, such as 203.0.113.0/24 or "
                      "0.0.0.0/0 for every address.");
        }
        return {};
    }
    case Field::Title:
        if (rule.title.trimmed().isEmpty())
            return tr("Give the rule a title (1 to %1 characters).").arg(kTitleMax);
        if (rule.title.size() > kTitleMax)
            return tr("The title is %1 characters long; at most %2 are allowed.")
                    .arg(rule.title.size())
                    .arg(kTitleMax);
        return {};
    case Field::Content:
        return rule.content.size() > kContentMax
                ? tr("The description can have at most %1 characters.").arg(kContentMax)
                : QString();
    }
    return {};
}

QList<RuleCheck::Problem> RuleCheck::check(const QList<FirewallRule> &rules)
{
    QList<Problem> out;
    for (int i = 0; i < rules.size(); ++i) {
        for (Field f : {Field::Bound, Field::Protocol, Field::Port, Field::Ip, Field::Title,
                        Field::Content}) {
            const QString text = problem(rules.at(i), f);
            if (!text.isEmpty())
                out.append({i, f, text});
        }
        for (int j = 0; j < i; ++j) {
            if (sameAccess(rules.at(i), rules.at(j))) {
                //: %1 is the number of the other rule
                out.append({i, Field::Port,
                            tr("The same as rule %1: a rule can be there only once.").arg(j + 1)});
                break;
            }
        }
    }
    return out;
}

bool RuleCheck::sameAccess(const FirewallRule &a, const FirewallRule &b)
{
    return a.bound == b.bound && a.protocol == b.protocol && a.port == b.port && a.ip == b.ip;
}

RuleCheck::Diff RuleCheck::diff(const QList<FirewallRule> &before, const QList<FirewallRule> &after)
{
    Diff d;
    for (const FirewallRule &b : before) {
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&b](const FirewallRule &a) { return sameAccess(a, b); });
        if (it == after.end())
            d.removed.append(b);
        else if (it->title != b.title || it->content != b.content)
            d.edited.append({b, *it});
        else
            d.kept.append(b);
    }
    for (const FirewallRule &a : after) {
        const bool old = std::any_of(before.begin(), before.end(),
                                     [&a](const FirewallRule &b) { return sameAccess(a, b); });
        if (!old)
            d.added.append(a);
    }
    return d;
}

QString RuleCheck::worldOpening(const FirewallRule &rule)
{
    if (rule.bound != u"IN"_s || !rule.ip.endsWith(u"/0"_s) || !isIpv4Cidr(rule.ip))
        return {};
    int first = 0;
    int last = 0;
    if (!readPorts(rule.port, &first, &last))
        return {};
    QStringList hits;
    for (const Known &k : kSensitive) {
        if (k.port >= first && k.port <= last)
            hits.append(u"%1 (%2)"_s.arg(QLatin1String(k.name)).arg(k.port));
    }
    return hits.join(u", "_s);
}

QString RuleCheck::asSource(const QString &address)
{
    const QString text = address.trimmed();
    if (isIpv4Cidr(text))
        return text;
    QHostAddress plain;
    if (plain.setAddress(text) && plain.protocol() == QAbstractSocket::IPv4Protocol)
        return plain.toString() + u"/32"_s;
    return {};
}
