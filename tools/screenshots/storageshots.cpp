#include "storageshots.h"

#include "shots.h"

#include "actions/firewallactions.h"
#include "actions/volumeactions.h"
#include "dialogs/choicedialog.h"
#include "dialogs/createvolumedialog.h"
#include "dialogs/firewalleditordialog.h"
#include "mainwindow.h"
#include "models/blockstoragemodel.h"
#include "models/firewallmodel.h"
#include "models/instancemodel.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"
#include "widgets/ruletableeditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;

using Shots::shoot;

namespace {
FirewallRule rule(const QString &title, const QString &port, const QString &ip,
                  const QString &protocol = u"TCP"_s)
{
    FirewallRule r;
    r.bound = u"IN"_s;
    r.protocol = protocol;
    r.port = port;
    r.ip = ip;
    r.title = title;
    return r;
}

//! A window on the simulator in \a dialect, its servers, block storage and firewalls loaded.
struct Window
{
    SimFixture f;
    AccountSession session {f.client.get(), true};
    MainWindow window {&session};

    explicit Window(SimOptions::FirewallDialect dialect) : f(options(dialect))
    {
        window.resize(1400, 860);
        window.show();
        for (Resource r : {Resource::Instances, Resource::BlockStorage, Resource::Firewalls}) {
            window.showPage(r);
            f.drive([&] { return session.store(r)->hasData() && Shots::idle(session); });
        }
    }
    static SimOptions options(SimOptions::FirewallDialect dialect)
    {
        SimOptions o = SimFixture::testOptions();
        o.firewallDialect = dialect;
        return o;
    }
};
} // namespace

int shootStorageDialogs(const QString &out, const QString &lang, QTextStream &log)
{
    int failures = 0;
    const auto file = [&](const char *name) -> QString {
        return out + u'/' + QLatin1String(name) + u'-' + lang + u".png"_s;
    };
    {
        Window w(SimOptions::FirewallDialect::Firewall);
        VolumeActions *volumes = w.window.volumeActions();
        // Add block storage from a server: its zone and the server chosen, a type, a size.
        QString server;
        for (const Instance &in : w.session.instances()->items()) {
            if (in.status == u"active"_s)
                server = in.id;
        }
        volumes->addFor(server);
        auto *add = qobject_cast<CreateVolumeDialog *>(volumes->dialog());
        w.f.drive([&] { return add->chooseType(u"ssd"_s); });
        add->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"db-data"_s);
        add->findChild<QSpinBox *>(u"sizeSpin"_s)->setValue(100);
        failures += shoot(add, file("volume-add"), log) ? 0 : 1;
        add->reject();

        // Delete while attached: the reason and "detach first".
        QString attached;
        QString detached;
        for (const BlockStorage &v : w.session.volumes()->items()) {
            (v.instanceId.isEmpty() ? detached : attached) = v.id;
        }
        w.window.showPage(Resource::BlockStorage);
        w.window.page(Resource::BlockStorage)->selectId(attached);
        volumes->deleteAction()->trigger();
        failures += volumes->dialog()
                        && shoot(volumes->dialog(), file("volume-delete-attached"), log)
                ? 0
                : 1;
        if (volumes->dialog())
            volumes->dialog()->reject();
        if (!detached.isEmpty()) {
            w.window.page(Resource::BlockStorage)->selectId(detached);
            volumes->attachAction()->trigger();
            failures += volumes->dialog() && shoot(volumes->dialog(), file("volume-attach"), log)
                    ? 0
                    : 1;
            if (volumes->dialog())
                volumes->dialog()->reject();
        }

        // The rule editor: SSH open to the world (warned), a rule with a problem on its cell.
        FirewallActions *firewalls = w.window.firewallActions();
        firewalls->createAction()->trigger();
        auto *editor = qobject_cast<FirewallEditorDialog *>(firewalls->dialog());
        editor->resize(1000, 620);
        FirewallsApi::Spec spec;
        spec.title = u"web"_s;
        spec.content = u"web servers"_s;
        spec.rules = {rule(u"ssh"_s, u"22"_s, u"0.0.0.0/0"_s),
                      rule(u"https"_s, u"443"_s, u"0.0.0.0/0"_s),
                      rule(u"app"_s, u"0-65535"_s, u"10.0.0.0/8"_s)};
        editor->setSpec(spec);
        editor->rules()->table()->setCurrentCell(0, int(RuleTableEditor::Column::Title));
        failures += shoot(editor, file("firewall-editor"), log) ? 0 : 1;
        editor->reject();

        // An edit's preview: what is added, removed and kept.
        const QString id = w.session.firewalls()->items().first().id;
        w.window.showPage(Resource::Firewalls);
        w.window.page(Resource::Firewalls)->selectId(id);
        firewalls->editAction()->trigger();
        editor = qobject_cast<FirewallEditorDialog *>(firewalls->dialog());
        editor->resize(1000, 620);
        FirewallsApi::Spec edited = editor->spec();
        if (!edited.rules.isEmpty())
            edited.rules.removeFirst();
        edited.rules.append(rule(u"office ssh"_s, u"22"_s, u"203.0.113.0/24"_s));
        editor->setSpec(edited);
        editor->findChild<QPushButton *>(u"reviewButton"_s)->click();
        failures += shoot(editor, file("firewall-preview"), log) ? 0 : 1;
        editor->reject();
    }
    {
        // Security groups: a save whose third rule call is refused.
        Window w(SimOptions::FirewallDialect::SecurityGroups);
        FirewallActions *firewalls = w.window.firewallActions();
        const QString id = w.session.firewalls()->items().first().id;
        w.window.showPage(Resource::Firewalls);
        w.window.page(Resource::Firewalls)->selectId(id);
        firewalls->editAction()->trigger();
        auto *editor = qobject_cast<FirewallEditorDialog *>(firewalls->dialog());
        editor->resize(1000, 620);
        FirewallsApi::Spec edited = editor->spec();
        edited.rules.append({rule(u"smtp"_s, u"25"_s, u"10.0.0.0/8"_s),
                             rule(u"pop3"_s, u"110"_s, u"10.0.0.0/8"_s),
                             rule(u"imap"_s, u"143"_s, u"10.0.0.0/8"_s)});
        editor->setSpec(edited);
        editor->findChild<QPushButton *>(u"reviewButton"_s)->click();
        SimFault refuse;
        refuse.kind = SimFault::Kind::Status;
        refuse.method = u"POST"_s;
        refuse.path = u"/v1/security-groups/"_s + id + u"/rules"_s;
        refuse.status = 400;
        refuse.errorCode = u"CHECK_PARAM"_s;
        refuse.times = 1;
        int calls = 0;
        QObject context;
        QObject::connect(w.f.sim.get(), &Simulator::requestHandled, &context,
                         [&](const QString &method, const QString &path, int) {
                             if (method == u"POST"_s && path == refuse.path && ++calls == 2)
                                 w.f.sim->addFault(refuse);
                         });
        editor->findChild<QPushButton *>(u"saveButton"_s)->click();
        auto *retry = editor->findChild<QPushButton *>(u"retryButton"_s);
        w.f.drive([&] { return retry->isVisible() && retry->isEnabled(); });
        failures += shoot(editor, file("firewall-steps"), log) ? 0 : 1;
        editor->reject();
    }
    return failures;
}
