#include "simaccountseed.h"

#include "siminstancefactory.h"
#include "simoptions.h"
#include "simstate.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace SimAccountSeed {

namespace {
const char *const kNames[]
        = {"웹서버",  "web",     "db",       "데이터베이스", "api",       "개발서버",
           "staging", "batch",   "모니터링", "mail",         "게임서버",  "cache",
           "백업",    "jenkins", "vpn",      "쇼핑몰",       "analytics", "파일서버"};

//! A date-time as iwinv writes it: KST (UTC+9), with no zone.
QString dateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 9 * 3600)
            .toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

void seedInstances(SimState &state, const SimOptions &options, qint64 nowMs)
{
    QHash<QString, int> used;
    for (int i = 0; i < options.instanceCount; ++i) {
        const QString base = QString::fromUtf8(kNames[state.rng.bounded(int(std::size(kNames)))]);
        const int n = ++used[base];
        const QString name = u"%1-%2"_s.arg(base).arg(n, 2, 10, QLatin1Char('0'));

        // Mostly standard servers in the main zones; a few GPU ones. Every flavor has images
        // in every zone it is offered in, so a pick always succeeds.
        const Flavor *flavor = &state.flavors.at(state.rng.bounded(8));
        if (i % 17 == 16)
            flavor = &state.flavors.at(9);
        QString zoneId;
        QList<const Image *> images;
        while (images.isEmpty()) {
            zoneId = flavor->zones.at(state.rng.bounded(int(flavor->zones.size())));
            for (const Image &image : std::as_const(state.images)) {
                if (flavor->supportingImages.contains(image.id) && image.zones.contains(zoneId))
                    images.append(&image);
            }
        }
        const Image *image = images.at(state.rng.bounded(int(images.size())));

        SimInstance si
                = SimInstanceFactory::make(state, name, zoneId, *flavor, *image,
                                           nowMs - qint64(state.rng.bounded(400)) * 86'400'000
                                                   - state.rng.bounded(86'400'000));
        if (i % 3 == 0)
            si.data.description
                    = base.at(0).unicode() > 0x7f ? u"운영 서비스용"_s : u"production service"_s;
        const int roll = state.rng.bounded(100);
        if (roll < 62) {
            si.data.status = u"active"_s;
        } else if (roll < 84) {
            si.data.status = u"off"_s;
            si.data.stopDate = dateTime(nowMs - qint64(state.rng.bounded(30)) * 86'400'000);
        } else if (roll < 90) {
            si.data.status = u"work"_s;
            si.finalStatus = u"active"_s;
            si.dueMs = nowMs + options.transitionMs * (1 + state.rng.bounded(3));
        } else if (roll < 94) {
            si.data.status = u"building"_s;
            si.finalStatus = u"active"_s;
            si.dueMs = nowMs + options.transitionMs * (2 + state.rng.bounded(3));
        } else if (roll < 97) {
            si.data.status = u"error"_s;
        } else {
            si.data.status = u"pending"_s;
        }
        state.appendInstance(si);
    }
}

void seedVolumes(SimState &state, qint64 nowMs)
{
    const int count = int(state.instances.size() * 2 / 5);
    const char *const names[] = {"data", "백업 디스크", "logs", "DB 데이터", "uploads", "archive"};
    for (int i = 0; i < count; ++i) {
        SimVolume v;
        v.data.id = state.newId(u"BLOCK-"_s);
        v.data.name = u"%1-%2"_s.arg(QString::fromUtf8(names[i % std::size(names)])).arg(i + 1);
        v.data.sizeGb = 10 * (1 + state.rng.bounded(50));
        v.data.createdAt = dateTime(nowMs - qint64(state.rng.bounded(300)) * 86'400'000);
        qsizetype at = state.rng.bounded(int(state.instances.size()));
        // One volume of four is sata, on an instance of the sata zone when there is one.
        v.data.type = u"ssd"_s;
        if (i % 4 == 3) {
            const QStringList sataZones = state.volumeType(u"sata"_s)->zones;
            for (qsizetype n = 0; n < state.instances.size()
                 && !sataZones.contains(state.instances.at(at).data.zoneId);
                 ++n)
                at = (at + 1) % state.instances.size();
            if (sataZones.contains(state.instances.at(at).data.zoneId))
                v.data.type = u"sata"_s;
        }
        const SimInstance &owner = state.instances.at(at);
        v.data.zoneId = owner.data.zoneId;
        // Two volumes of three are attached.
        if (i % 3 != 2 && owner.data.blockStorageIds.size() < 3) {
            v.data.instanceId = owner.data.id;
            v.data.status = u"in-use"_s;
            state.instance(owner.data.id)->data.blockStorageIds.append(v.data.id);
        } else {
            v.data.status = u"available"_s;
        }
        if (i % 5 == 0)
            v.data.description = u"매일 03:00 스냅샷"_s;
        state.volumes.append(v);
    }
}

FirewallRule rule(const char *bound, const char *protocol, const char *port, const char *ip,
                  const char *title, const char *content, SimState &state)
{
    return FirewallRule {QString::number(state.nextRuleId++),
                         QLatin1String(bound),
                         QLatin1String(protocol),
                         QLatin1String(port),
                         QLatin1String(ip),
                         QString::fromUtf8(title),
                         QString::fromUtf8(content)};
}

void seedFirewalls(SimState &state)
{
    Firewall basic {state.newId(u"FIREWALL-"_s),
                    u"기본 방화벽"_s,
                    u"SSH와 웹만 허용"_s,
                    true,
                    {rule("IN", "TCP", "22", "0.0.0.0/0", "SSH", "관리자 접속", state),
                     rule("IN", "TCP", "80", "0.0.0.0/0", "HTTP", "웹 서비스", state),
                     rule("IN", "TCP", "443", "0.0.0.0/0", "HTTPS", "웹 서비스", state)},
                    {}};
    Firewall web {state.newId(u"FIREWALL-"_s),
                  u"web-servers"_s,
                  u"Public web tier"_s,
                  false,
                  {rule("IN", "TCP", "80", "0.0.0.0/0", "Allow HTTP", "", state),
                   rule("IN", "TCP", "443", "0.0.0.0/0", "Allow HTTPS", "", state),
                   rule("IN", "TCP", "8080-8090", "10.0.0.0/8", "Internal apps", "", state),
                   rule("OUT", "UDP", "53", "0.0.0.0/0", "DNS", "", state)},
                  {}};
    Firewall db {state.newId(u"FIREWALL-"_s),
                 u"DB 접근 제한"_s,
                 u"사설망에서만 DB 접속"_s,
                 false,
                 {rule("IN", "TCP", "5432", "10.0.0.0/8", "PostgreSQL", "", state),
                  rule("IN", "TCP", "3306", "10.0.0.0/8", "MySQL", "", state)},
                 {}};
    Firewall empty {state.newId(u"FIREWALL-"_s), u"test-empty"_s, QString(), false, {}, {}};
    QList<Firewall> all = {basic, web, db, empty};
    for (qsizetype i = 0; i < state.instances.size(); ++i) {
        if (i % 4 == 3)
            continue;
        Firewall &fw = all[i % 3];
        fw.instanceIds.append(state.instances.at(i).data.id);
    }
    state.firewalls = all;
}

void seedKeysAndScripts(SimState &state, qint64 nowMs)
{
    const char *const keys[] = {"my-laptop", "배포용 키", "ci-deploy"};
    for (const char *k : keys)
        state.sshKeys.append(
                SshKey {state.newId(u"SSHKEY-"_s), QString::fromUtf8(k),
                        dateTime(nowMs - qint64(state.rng.bounded(700)) * 86'400'000)});
    const char *const scripts[] = {"nginx 설치", "docker-setup", "시간대 설정 (Asia/Seoul)"};
    for (const char *s : scripts)
        state.userScripts.append(
                UserScript {state.newId(u"SCRIPT-"_s), QString::fromUtf8(s),
                            dateTime(nowMs - qint64(state.rng.bounded(500)) * 86'400'000)});
}
} // namespace

void seed(SimState &state, const SimOptions &options, qint64 nowMs)
{
    seedInstances(state, options, nowMs);
    seedVolumes(state, nowMs);
    seedFirewalls(state);
    seedKeysAndScripts(state, nowMs);
}

} // namespace SimAccountSeed
