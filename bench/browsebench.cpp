// Browsing at scale: 10,000 servers merged into the model behind a live table, then a person
// typing into the search field. Reports ms per merge and per keystroke and the peak memory.
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "simulator/simulator.h"
#include "util/manualclock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
qint64 statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 rssStart = statusKb("VmRSS:");

    // 10,000 servers as the simulator describes them.
    ManualClock clock(1'790'000'000'000);
    SimOptions options;
    options.instanceCount = 10'000;
    options.seed = 5;
    QList<Instance> servers;
    {
        Simulator sim(options, &clock);
        for (const SimInstance &si : sim.state().instances)
            servers.append(si.data);
    }

    InstanceModel model;
    ResourceFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(int(InstanceModel::Column::Name));
    QTableView view;
    view.setModel(&proxy);
    view.resize(1200, 800);
    if (!qEnvironmentVariableIsSet("BENCH_NO_VIEW"))
        view.show();
    QCoreApplication::processEvents();

    QElapsedTimer timer;
    timer.start();
    model.merge(servers);
    QCoreApplication::processEvents();
    const double firstLoad = timer.nsecsElapsed() / 1e6;

    // Refreshes: 1% of the rows change status, 50 leave, 50 arrive.
    QList<double> merges;
    QList<Instance> current = servers;
    for (int round = 0; round < 10; ++round) {
        QList<Instance> next = current;
        for (int i = round; i < next.size(); i += 100)
            next[i].status = next[i].status == u"active"_s ? u"work"_s : u"active"_s;
        for (int i = 0; i < 50; ++i)
            next.removeAt((round * 97 + i * 31) % next.size());
        for (int i = 0; i < 50; ++i) {
            Instance added = servers.at((round * 50 + i) % servers.size());
            added.id = u"INSTANCE-bench-%1-%2"_s.arg(round).arg(i);
            added.name = u"added-%1-%2"_s.arg(round).arg(i);
            next.append(added);
        }
        timer.restart();
        model.merge(next);
        QCoreApplication::processEvents();
        merges.append(timer.nsecsElapsed() / 1e6);
        current = next;
    }

    // A person typing "web-1" and then "웹서버" (and deleting it again).
    QList<double> keystrokes;
    for (const QString &word : {u"web-1"_s, u"웹서버"_s, u"ㅇㅅㅂ"_s, u"115.68.10"_s}) {
        for (int n = 1; n <= word.size(); ++n) {
            timer.restart();
            proxy.setSearchText(word.left(n));
            QCoreApplication::processEvents();
            keystrokes.append(timer.nsecsElapsed() / 1e6);
        }
        timer.restart();
        proxy.setSearchText(QString());
        QCoreApplication::processEvents();
        keystrokes.append(timer.nsecsElapsed() / 1e6);
    }

    const qint64 peak = statusKb("VmHWM:");
    out << "Browsing " << model.rowCount()
        << " servers in a live table (sorted by name, collating as "
        << ResourceFilterProxy::naturalCollator().locale().name()
        << (qEnvironmentVariableIsSet("BENCH_NO_VIEW") ? ", no view" : ", with a view") << ")\n";
    out << "first load (10,000 rows inserted): " << QString::number(firstLoad, 'f', 1) << " ms\n";
    out << "refresh merge (100 changed, 50 removed, 50 added): median "
        << QString::number(median(merges), 'f', 1) << " ms, worst "
        << QString::number(*std::max_element(merges.begin(), merges.end()), 'f', 1) << " ms\n";
    out << "search keystroke (filter + view update): median "
        << QString::number(median(keystrokes), 'f', 1) << " ms, worst "
        << QString::number(*std::max_element(keystrokes.begin(), keystrokes.end()), 'f', 1)
        << " ms over " << keystrokes.size() << " keystrokes\n";
    out << "keystrokes (ms):";
    for (double k : keystrokes)
        out << ' ' << QString::number(k, 'f', 1);
    out << '\n';
    out << "memory: " << rssStart / 1024 << " MB at start, peak RSS " << peak / 1024 << " MB\n";
    return 0;
}
