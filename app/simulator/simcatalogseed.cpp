#include "simcatalogseed.h"

#include "simstate.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace SimCatalogSeed {

QString osKey(const QString &osType)
{
    static const QHash<QString, QString> keys
            = {{u"ROCKYLINUX"_s, u"rocky"_s},        {u"UBUNTU"_s, u"ubuntu"_s},
               {u"WINDOWS"_s, u"windows"_s},         {u"WINDOWS_CORE"_s, u"windows_core"_s},
               {u"WINDOWS_SQL"_s, u"windows_sql"_s}, {u"CENTOS"_s, u"cent"_s},
               {u"FEDORA"_s, u"fedora"_s},           {u"FREEBSD"_s, u"freebsd"_s},
               {u"OPENSUSE"_s, u"opensuse"_s},       {u"COREOS"_s, u"coreos"_s},
               {u"ORACLELINUX"_s, u"oracle"_s},      {u"DEBIAN"_s, u"debian"_s},
               {u"ALMALINUX"_s, u"alma"_s},          {u"MINT"_s, u"mint"_s},
               {u"HAMONIKR"_s, u"hamonikr"_s}};
    return keys.value(osType, osType.toLower());
}

namespace {
const QStringList kAllZones = {u"kr1-z01"_s, u"kr1-z02"_s, u"kr2-z01"_s, u"kr2-z02"_s};

Image publicImage(const QString &id, const QString &kind, const QString &name,
                  const QStringList &content, const QString &osType, const QString &version,
                  const QString &oid, const QString &imageType, const QStringList &zones)
{
    Image i;
    i.id = id;
    i.visibility = u"public"_s;
    i.osKind = kind;
    i.osName = name;
    i.osStatus = u"available"_s;
    i.osContent = content;
    i.osType = osType;
    i.osVersion = version;
    i.oid = oid;
    i.imageType = imageType;
    i.zones = zones;
    return i;
}

void seedImages(SimState &state)
{
    const QString linuxWarn = u"[ 주의 사항 ]iproute, dhclient, initscripts 패키지 삭제 금지"_s;
    const QString ubuntuWarn
            = u"[ 주의 사항 ]iproute2, isc-dhcp, initscripts,systemd-resolve 패키지 삭제 금지"_s;
    // The four images of the docs' example, verbatim.
    state.images = {
            publicImage(
                    u"PIMAGE-1Pos3S8VaJXq3wgC8c4BMi"_s, u"OS"_s,
                    u"Rocky Linux release 9.0 (Blue Onyx)"_s,
                    {u"[NEW]*EOL 2032 05.31"_s,
                     u"Kernel : 5.14.0-362.18.1.el9_3.x86_64Used Disk Size : 1.9 G IPTABLE 미적용[ 상세 정보 확인 ]"_s,
                     linuxWarn},
                    u"ROCKYLINUX"_s, u"9.X"_s, u"0e46f055-b19b-4ae2-bcdb-ca34f79058f4"_s,
                    u"os_linux"_s, {u"kr2-z01"_s}),
            publicImage(
                    u"PIMAGE-14G0aJcbpfC2AdbUsnG8Do"_s, u"OS"_s,
                    u"Rocky Linux release 8.X (Green Obsidian)"_s,
                    {u"[NEW]*EOL 2029 05.31"_s,
                     u"Kernel : 4.18.0-513.11.1.el8_9.x86_64Used Disk Size : 2.9 GIPTABLE 미적용[ 상세 정보 확인 ]"_s,
                     linuxWarn},
                    u"ROCKYLINUX"_s, u"8.8"_s, u"6890c7a5-a5a8-4af9-824c-17fb7bea9a70"_s,
                    u"os_linux"_s, {u"kr2-z01"_s}),
            publicImage(u"PIMAGE-1tQFoTuKeENlSZ7xFXyVix"_s, u"OS"_s, u"Ubuntu 24.04 LTS"_s,
                        {u"[NEW]*EOL 2029 04"_s,
                         u"Kernel : 6.8.0-31-genericUsed Disk Size : 1.4G[ 상세 정보 확인 ]"_s,
                         ubuntuWarn},
                        u"UBUNTU"_s, u"Ubuntu 24.04 LTS"_s,
                        u"2f71f863-edac-457f-b9ad-7e988f01fe81"_s, u"os_linux"_s, {u"kr2-z01"_s}),
            publicImage(u"PIMAGE-16OMEFf3FMbFWIHcJ23q8s"_s, u"OS"_s, u"Ubuntu 22.04 LTS"_s,
                        {u"*EOL 2027 04"_s,
                         u"Kernel :5.15.0-94-genericUsed Disk Size : 2.3G[ 상세 정보 확인 ]"_s,
                         ubuntuWarn},
                        u"UBUNTU"_s, u"Ubuntu 22.04 LTS"_s,
                        u"7d0fa6d3-7506-45ad-8178-59b99c0cac11"_s, u"os_linux"_s, {u"kr2-z01"_s}),
    };
    struct Extra
    {
        const char *kind, *name, *osType, *version, *imageType;
        bool allZones;
    };
    const Extra extras[] = {
            {"OS", "Rocky Linux release 9.4 (Blue Onyx)", "ROCKYLINUX", "9.4", "os_linux", true},
            {"OS", "Ubuntu 22.04 LTS", "UBUNTU", "Ubuntu 22.04 LTS", "os_linux", true},
            {"OS", "Debian 12 (bookworm)", "DEBIAN", "12", "os_linux", true},
            {"OS", "AlmaLinux 9.4", "ALMALINUX", "9.4", "os_linux", true},
            {"OS", "CentOS 7.9", "CENTOS", "7.9", "os_linux", false},
            {"OS", "Oracle Linux 9", "ORACLELINUX", "9", "os_linux", false},
            {"OS", "FreeBSD 14.1", "FREEBSD", "14.1", "os_freebsd", false},
            {"OS", "Windows Server 2022 Standard", "WINDOWS", "2022", "os_windows", true},
            {"OS", "Windows Server 2019 Standard", "WINDOWS", "2019", "os_windows", true},
            {"Solution", "WordPress 6 (Ubuntu 22.04)", "UBUNTU", "Ubuntu 22.04 LTS",
             "solution_linux", true},
            {"GPU", "Ubuntu 22.04 + CUDA 12.4", "UBUNTU", "Ubuntu 22.04 LTS", "gpu_linux", false},
            {"VDI", "Windows 11 VDI", "WINDOWS", "11", "vdi_windows", false},
    };
    for (const Extra &e : extras) {
        const QString osType = QLatin1String(e.osType);
        QStringList content = {u"Used Disk Size : %1G"_s.arg(2 + state.rng.bounded(8))};
        if (osType != u"WINDOWS"_s)
            content.append(osType == u"UBUNTU"_s ? ubuntuWarn : linuxWarn);
        QStringList zones = e.allZones ? kAllZones : QStringList {u"kr1-z01"_s, u"kr2-z01"_s};
        if (QLatin1String(e.kind) == u"GPU"_s)
            zones = {u"kr1-z01"_s};
        state.images.append(publicImage(
                state.newId(u"PIMAGE-"_s), QLatin1String(e.kind), QString::fromUtf8(e.name),
                content, osType, QLatin1String(e.version),
                QUuid::fromRfc4122(state.randomToken(16).toLatin1()).toString(QUuid::WithoutBraces),
                QLatin1String(e.imageType), zones));
    }
    // Private (MY) images.
    struct Mine
    {
        const char *name, *description, *osType, *version;
    };
    const Mine mine[] = {
            {"웹서버 골든 이미지 2026-10", "nginx + php-fpm 설정 완료", "ROCKYLINUX", "9.4"},
            {"db-base-image", "PostgreSQL 16 base, tuned", "UBUNTU", "Ubuntu 22.04 LTS"},
    };
    for (const Mine &m : mine) {
        Image i = publicImage(
                state.newId(u"PIMAGE-"_s), u"OS"_s, QString::fromUtf8(m.name), {},
                QLatin1String(m.osType), QLatin1String(m.version),
                QUuid::fromRfc4122(state.randomToken(16).toLatin1()).toString(QUuid::WithoutBraces),
                u"os_linux"_s, {u"kr1-z01"_s, u"kr2-z01"_s});
        i.visibility = u"private"_s;
        i.name = QString::fromUtf8(m.name);
        i.description = QString::fromUtf8(m.description);
        i.status = u"active"_s;
        i.isProtected = true;
        i.minDiskGb = 25;
        i.minRamMb = 1024;
        i.fileSize = 2'147'483'648LL + state.rng.bounded(1'000'000'000);
        i.createdAt = u"2026-10-02 11:20:05"_s;
        i.updatedAt = u"2026-10-02 11:41:37"_s;
        i.tags = {u"golden"_s};
        state.images.append(i);
    }
}

Flavor flavor(const QString &id, const QString &name, const QString &type, int vcpu, int mem,
              int disk, const QString &gpu, qint64 monthly, const QStringList &zones)
{
    Flavor f;
    f.id = id;
    f.name = name;
    f.provide = u"Y"_s;
    f.status = u"available"_s;
    f.type = type;
    f.vcpu = vcpu;
    f.memoryGb = mem;
    f.diskGb = disk;
    f.network = u"1Gbps"_s;
    f.gpu = gpu;
    f.zones = zones;
    f.full = Price {u"month"_s, monthly, monthly / 10, monthly + monthly / 10, true};
    const qint64 hourly = (monthly + 719) / 720;
    f.partial = Price {u"hour"_s, hourly, (hourly + 9) / 10, hourly + (hourly + 9) / 10, true};
    return f;
}

void seedFlavors(SimState &state)
{
    const QStringList main = {u"kr1-z01"_s, u"kr2-z01"_s};
    state.flavors = {
            flavor(u"std.c1m1"_s, u"Standard 1vCore 1GB"_s, u"Standard"_s, 1, 1, 25, {}, 6500,
                   kAllZones),
            flavor(u"std.c1m2"_s, u"Standard 1vCore 2GB"_s, u"Standard"_s, 1, 2, 40, {}, 11000,
                   kAllZones),
            flavor(u"std.c2m4"_s, u"Standard 2vCore 4GB"_s, u"Standard"_s, 2, 4, 60, {}, 22000,
                   kAllZones),
            flavor(u"std.c4m8"_s, u"Standard 4vCore 8GB"_s, u"Standard"_s, 4, 8, 100, {}, 44000,
                   kAllZones),
            flavor(u"std.c8m16"_s, u"Standard 8vCore 16GB"_s, u"Standard"_s, 8, 16, 200, {}, 88000,
                   kAllZones),
            flavor(u"hcpu.c4m4"_s, u"High CPU 4vCore 4GB"_s, u"HighCPU"_s, 4, 4, 60, {}, 36000,
                   main),
            flavor(u"hcpu.c16m16"_s, u"High CPU 16vCore 16GB"_s, u"HighCPU"_s, 16, 16, 100, {},
                   140000, main),
            flavor(u"hmem.c2m16"_s, u"High Memory 2vCore 16GB"_s, u"HighMemory"_s, 2, 16, 60, {},
                   52000, main),
            flavor(u"hmem.c8m64"_s, u"High Memory 8vCore 64GB"_s, u"HighMemory"_s, 8, 64, 200, {},
                   190000, main),
            flavor(u"gpu.c8m32.t4"_s, u"GPU T4 8vCore 32GB"_s, u"GPU"_s, 8, 32, 200,
                   u"NVIDIA T4 x1"_s, 480000, {u"kr1-z01"_s}),
            flavor(u"gpu.c16m64.a100"_s, u"GPU A100 16vCore 64GB"_s, u"GPU"_s, 16, 64, 400,
                   u"NVIDIA A100 x1"_s, 2400000, {u"kr1-z01"_s}),
    };
    state.flavors[8].status = u"soldout"_s; // shown as 품절
    for (Flavor &f : state.flavors) {
        for (const Image &image : std::as_const(state.images)) {
            const bool gpuImage = image.osKind == u"GPU"_s;
            const bool windows = image.osType == u"WINDOWS"_s;
            if (gpuImage != !f.gpu.isEmpty())
                continue;
            if (windows && f.memoryGb < 2)
                continue;
            f.supportingImages.append(image.id);
        }
    }
}
} // namespace

void seed(SimState &state)
{
    auto zone = [](const char *id, const char *name, const char *status, QStringList content) {
        return Zone {QLatin1String(id), QString::fromUtf8(name), QLatin1String(status), content};
    };
    state.zones = {
            zone("kr1-z01", "KR1-Z01 (판교)", "available",
                 {u"SSD 블록 스토리지"_s, u"GPU 서버"_s, u"Pangyo, Gyeonggi-do"_s}),
            zone("kr1-z02", "KR1-Z02 (판교)", "available",
                 {u"SSD 블록 스토리지"_s, u"Pangyo, Gyeonggi-do"_s}),
            zone("kr2-z01", "KR2-Z01 (천안)", "available",
                 {u"SSD/SATA 블록 스토리지"_s, u"Cheonan, Chungcheongnam-do"_s}),
            zone("kr2-z02", "KR2-Z02 (천안)", "maintenance",
                 {u"신규 생성 제한: 자원 증설 중"_s, u"Cheonan, Chungcheongnam-do"_s}),
    };
    seedImages(state);
    seedFlavors(state);
    // §6 (observed): lower-case codes; ssd everywhere (zones null), sata in one zone.
    state.volumeTypes = {
            BlockStorageType {u"ssd"_s, 10, 2000, {}},
            BlockStorageType {u"sata"_s, 10, 20000, {u"kr2-z01"_s}},
    };
}

} // namespace SimCatalogSeed
