#pragma once
// What the block storage and firewall GUI tests share: a window on the simulator in one
// firewall dialect with the servers, block storage and firewall pages loaded, and helpers to
// build rules, faults and choices.
#include "actions/firewallactions.h"
#include "actions/volumeactions.h"
#include "api/blockstorageapi.h"
#include "api/firewallsapi.h"
#include "dialogs/choicedialog.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/firewalleditordialog.h"
#include "domain/rulecheck.h"
#include "mainwindow.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/instancemodel.h"
#include "models/statustext.h"
#include "operations/journal.h"
#include "operations/operationtracker.h"
#include "operations/rulesync.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/detailview.h"
#include "widgets/ruletableeditor.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Dialect = SimOptions::FirewallDialect;

Q_DECLARE_METATYPE(SimOptions::FirewallDialect)

//! Both firewall dialects as the rows of a data-driven test.
inline void addDialects()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("firewall") << Dialect::Firewall;
    QTest::newRow("security-groups") << Dialect::SecurityGroups;
}

inline SimOptions optionsFor(Dialect dialect)
{
    SimOptions o = SimFixture::testOptions();
    o.firewallDialect = dialect;
    return o;
}

inline FirewallRule rule(const QString &title, const QString &port,
                         const QString &ip = u"10.0.0.0/8"_s, const QString &protocol = u"TCP"_s,
                         const QString &bound = u"IN"_s)
{
    FirewallRule r;
    r.bound = bound;
    r.protocol = protocol;
    r.port = port;
    r.ip = ip;
    r.title = title;
    return r;
}

//! A fault on \a method \a path, once: a refusal (400 \a code) for Kind::Status.
inline SimFault faultOn(SimFault::Kind kind, const QString &method, const QString &path,
                        const QString &code = u"CHECK_PARAM"_s)
{
    SimFault fault;
    fault.kind = kind;
    fault.method = method;
    fault.path = path;
    fault.times = 1;
    if (kind == SimFault::Kind::Status) {
        fault.status = 400;
        fault.errorCode = code;
    }
    return fault;
}

inline QStringList titles(const QList<FirewallRule> &rules)
{
    QStringList out;
    for (const FirewallRule &r : rules)
        out.append(r.title);
    out.sort();
    return out;
}

//! A window on the simulator in one firewall dialect, the console's own refreshing off; the
//! servers, block storage and firewall pages loaded.
struct Setup
{
    SimFixture f;
    QTemporaryDir dir;
    Journal journal {dir.filePath(u"journal.jsonl"_s)};
    std::unique_ptr<AccountSession> session;
    std::unique_ptr<MainWindow> window;

    explicit Setup(Dialect dialect = Dialect::Firewall) : f(optionsFor(dialect))
    {
        f.settle();
        session = std::make_unique<AccountSession>(f.client.get(), true);
        session->setJournal(&journal);
        window = std::make_unique<MainWindow>(session.get());
        window->refreshIntervalCombo()->setCurrentIndex(0);
        window->show();
        for (Resource r : {Resource::Instances, Resource::BlockStorage, Resource::Firewalls}) {
            window->showPage(r);
            if (!f.drive([&] { return loaded(r); }))
                qFatal("a page did not load");
        }
    }
    bool idle() const
    {
        for (int i = 0; i < kResourceCount; ++i) {
            if (session->store(Resource(i))->isLoading())
                return false;
        }
        return true;
    }
    bool loaded(Resource r) const { return idle() && session->store(r)->hasData(); }
    bool finished() const { return session->operations()->inProgress() == 0; }
    bool waitFinished()
    {
        return f.drive([&] { return finished() && idle(); }, 60000);
    }
    //! Reads \a r again and waits for it.
    bool reread(Resource r)
    {
        session->store(r)->refresh();
        return f.drive([&] { return loaded(r); });
    }
    ResourcePage *page(Resource r) const { return window->page(r); }
    VolumeActions *volumes() const { return window->volumeActions(); }
    FirewallActions *firewalls() const { return window->firewallActions(); }
    //! Servers of \a zone that are active and have no firewall (freed in the simulator when
    //! needed), at least \a count of them.
    QStringList freeServers(const QString &zone, int count)
    {
        QStringList out;
        for (SimInstance &si : f.sim->state().instances) {
            if (si.data.zoneId != zone || si.data.status != u"active"_s)
                continue;
            if (Firewall *fw = f.sim->state().firewallOf(si.data.id))
                fw->instanceIds.removeAll(si.data.id);
            out.append(si.data.id);
            if (out.size() == count)
                break;
        }
        return out;
    }
    //! An active server and an attached volume in the same zone as a second active server.
    const SimVolume *attachedVolume() const
    {
        for (const SimVolume &v : f.sim->state().volumes) {
            if (!v.data.instanceId.isEmpty() && v.finalStatus.isEmpty())
                return &v;
        }
        return nullptr;
    }
    QString otherServerIn(const QString &zone, const QString &notThis) const
    {
        for (const SimInstance &si : f.sim->state().instances) {
            if (si.data.zoneId == zone && si.data.id != notThis && si.data.status == u"active"_s
                && si.data.blockStorageIds.size() < 3)
                return si.data.id;
        }
        return {};
    }
    int writes() const
    {
        int n = 0;
        for (const Simulator::Record &e : f.sim->log()) {
            if (e.method != u"GET"_s)
                ++n;
        }
        return n;
    }
    //! Opens the firewall editor on \a action and waits until it is on screen.
    FirewallEditorDialog *editor(QAction *action)
    {
        action->trigger();
        auto *d = qobject_cast<FirewallEditorDialog *>(firewalls()->dialog());
        if (!d)
            qFatal("no firewall editor");
        return d;
    }
    //! Opens "Attach to servers" of firewall \a id with \a servers chosen.
    ChoiceDialog *attachChoice(const QString &id, const QStringList &servers)
    {
        window->showPage(Resource::Firewalls);
        if (!page(Resource::Firewalls)->selectId(id))
            qFatal("no firewall %s", qPrintable(id));
        firewalls()->attachAction()->trigger();
        auto *choice = qobject_cast<ChoiceDialog *>(firewalls()->dialog());
        for (const QString &server : servers) {
            if (!choice || !choice->choose(server))
                qFatal("server %s not offered", qPrintable(server));
        }
        return choice;
    }
    //! Clicks Review and waits for the preview (an edit reads the firewall again first).
    bool reviewed(FirewallEditorDialog *d)
    {
        d->findChild<QPushButton *>(u"reviewButton"_s)->click();
        return f.drive([&] { return d->page() == FirewallEditorDialog::Page::Preview; });
    }
    //! Creates firewall \a title with \a rules through the editor; its id.
    QString createFirewall(const QString &title, const QList<FirewallRule> &rules)
    {
        FirewallEditorDialog *d = editor(firewalls()->createAction());
        FirewallsApi::Spec spec;
        spec.title = title;
        spec.content = u"made by the test"_s;
        spec.rules = rules;
        d->setSpec(spec);
        auto *review = d->findChild<QPushButton *>(u"reviewButton"_s);
        if (!review->isEnabled())
            qFatal("%s", qPrintable(d->problems().join(u'\n')));
        review->click();
        QSignalSpy saved(d, &FirewallEditorDialog::saved);
        d->findChild<QPushButton *>(u"saveButton"_s)->click();
        if (!f.drive([&] { return !saved.isEmpty(); }))
            qFatal("the firewall was not saved: %s", qPrintable(d->message()));
        const QString id = saved.first().first().toString();
        if (!waitFinished() || !reread(Resource::Firewalls))
            qFatal("the firewall did not settle");
        return id;
    }
};
