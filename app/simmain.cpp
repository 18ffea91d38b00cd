// iwinv-sim: the iwinv API simulator on its own, for scripts and manual testing.
#include "simulator/simulator.h"
#include "util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"iwinv-sim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IWINV_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"The iwinv API simulator: serves the reference's 35 endpoints on 127.0.0.1."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port)."_s, u"N"_s,
                                  u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the simulated world."_s, u"S"_s, u"1"_s);
    const QCommandLineOption instances(u"instances"_s, u"Number of seeded instances."_s, u"K"_s,
                                       u"40"_s);
    const QCommandLineOption transition(u"transition-ms"_s,
                                        u"How long actions stay in their transitional status."_s,
                                        u"MS"_s, u"6000"_s);
    const QCommandLineOption errorChance(
            u"error-chance"_s, u"Chance (0-1) that an action ends in error."_s, u"P"_s, u"0"_s);
    const QCommandLineOption rate(u"requests-per-minute"_s,
                                  u"Rate limit per access key (0: none)."_s, u"N"_s, u"60"_s);
    const QCommandLineOption maxPage(u"max-page-size"_s, u"Largest page size served."_s, u"N"_s,
                                     u"100"_s);
    const QCommandLineOption silentCap(u"silent-page-cap"_s,
                                       u"Cap page_size silently (echo the requested size)."_s);
    const QCommandLineOption dialect(
            u"firewall-dialect"_s,
            u"firewall, security-groups or both (default: both, over the same firewalls)."_s,
            u"D"_s, u"both"_s);
    const QCommandLineOption flavorPrice(
            u"flavor-price"_s,
            u"How price.full.KRW and price.partial.KRW are written: object ({price, vat, total}, "
            "the docs) or number (the price without VAT)."_s,
            u"SHAPE"_s, u"object"_s);
    const QCommandLineOption noDate(u"no-date"_s, u"Send no Date header."_s);
    const QCommandLineOption clockOffset(u"clock-offset"_s,
                                         u"The server's clock runs this many seconds off."_s,
                                         u"SECS"_s, u"0"_s);
    const QCommandLineOption fault(
            u"fault"_s,
            u"A fault to inject, as JSON (repeatable), e.g. "
            "'{\"kind\":\"status\",\"method\":\"GET\",\"path\":\"/v1/instances\",\"status\":503,"
            "\"times\":2}'. Kinds: delay, stall, stall_mid_body, short_body, reset, status, body, "
            "huge, repeat_page, wrong_count, endless_pages (every page of a GET listing full, "
            "under ids never served before, forever). At run time: POST/DELETE /_sim/faults on "
            "loopback."_s,
            u"JSON"_s);
    parser.addOptions({port, seed, instances, transition, errorChance, rate, maxPage, silentCap,
                       dialect, flavorPrice, noDate, clockOffset, fault});
    parser.process(app);

    auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            std::fprintf(stderr, "iwinv-sim: --%s must be a number in %lld..%lld\n",
                         qPrintable(option.names().first()), static_cast<long long>(min),
                         static_cast<long long>(max));
            std::exit(2);
        }
        return value;
    };
    SimOptions options;
    options.seed = quint64(number(seed, 0, std::numeric_limits<qint64>::max()));
    options.instanceCount = int(number(instances, 0, 100000));
    options.transitionMs = number(transition, 0, 3'600'000);
    options.requestsPerMinute = int(number(rate, 0, 1'000'000));
    options.maxPageSize = int(number(maxPage, 1, 100000));
    options.silentPageCap = parser.isSet(silentCap);
    options.sendDate = !parser.isSet(noDate);
    bool ok = false;
    options.errorChance = parser.value(errorChance).toDouble(&ok);
    if (!ok || options.errorChance < 0 || options.errorChance > 1) {
        std::fprintf(stderr, "iwinv-sim: --error-chance must be between 0 and 1\n");
        return 2;
    }
    const QString d = parser.value(dialect);
    if (d == u"firewall"_s)
        options.firewallDialect = SimOptions::FirewallDialect::Firewall;
    else if (d == u"security-groups"_s)
        options.firewallDialect = SimOptions::FirewallDialect::SecurityGroups;
    else if (d == u"both"_s)
        options.firewallDialect = SimOptions::FirewallDialect::Both;
    else {
        std::fprintf(stderr,
                     "iwinv-sim: --firewall-dialect must be firewall, security-groups or both\n");
        return 2;
    }

    const QString price = parser.value(flavorPrice);
    if (price == u"object"_s) {
        options.flavorPrice = SimOptions::FlavorPrice::Object;
    } else if (price == u"number"_s) {
        options.flavorPrice = SimOptions::FlavorPrice::Number;
    } else {
        std::fprintf(stderr, "iwinv-sim: --flavor-price must be object or number\n");
        return 2;
    }

    Simulator simulator(options, Clock::system());
    simulator.setServerClockOffsetSecs(number(clockOffset, -365LL * 86400, 365LL * 86400));
    for (const QString &spec : parser.values(fault)) {
        QString error;
        const auto parsed
                = SimFault::fromJson(QJsonDocument::fromJson(spec.toUtf8()).object(), &error);
        if (!parsed) {
            std::fprintf(stderr, "iwinv-sim: --fault: %s\n", qPrintable(error));
            return 2;
        }
        simulator.addFault(*parsed);
    }
    if (!simulator.listen(quint16(number(port, 0, 65535)))) {
        std::fprintf(stderr, "iwinv-sim: cannot listen on 127.0.0.1:%s\n",
                     qPrintable(parser.value(port)));
        return 1;
    }
    QTextStream out(stdout);
    out << "endpoint: " << simulator.endpoint().toString() << '\n'
        << "access key: " << simulator.accessKey() << '\n'
        << "secret key: " << QString::fromLatin1(simulator.secretKey()) << '\n';
    out.flush();
    return app.exec();
}
