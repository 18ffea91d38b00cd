#include "servershots.h"

#include "shots.h"

#include "actions/instanceactions.h"
#include "actions/serveractions.h"
#include "dialogs/confirmdialog.h"
#include "dialogs/createserverdialog.h"
#include "dialogs/editserverdialog.h"
#include "dialogs/rebuilddialog.h"
#include "dialogs/resizedialog.h"
#include "mainwindow.h"
#include "models/flavormodel.h"
#include "models/imagemodel.h"
#include "models/instancemodel.h"
#include "models/zonemodel.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

using Shots::shoot;

int shootServerDialogs(const QString &out, const QString &lang, QTextStream &log)
{
    int failures = 0;
    SimFixture f;
    AccountSession session(f.client.get(), true);
    MainWindow window(&session);
    window.resize(1400, 860);
    window.show();
    window.showPage(Resource::Instances);
    f.drive([&] { return session.store(Resource::Instances)->hasData() && Shots::idle(session); });
    ServerActions *actions = window.serverActions();
    const auto file = [&](const char *name) -> QString {
        return out + u'/' + QLatin1String(name) + u'-' + lang + u".png"_s;
    };

    // Create: the spec table of a zone, then the review.
    actions->createAction()->trigger();
    auto *create = qobject_cast<CreateServerDialog *>(actions->dialog());
    f.drive([&] { return Shots::idle(session) && session.zones()->rowCount() > 0; });
    create->chooseZone(u"kr1-z01"_s);
    create->chooseSpec(u"std.c2m4"_s);
    create->goTo(CreateServerDialog::Step::Spec);
    failures += shoot(create, file("create-spec"), log) ? 0 : 1;
    const QList<Image> images
            = ServerPlan::imagesFor(session.images()->items(), create->plan().flavor, u"kr1-z01"_s);
    if (!images.isEmpty())
        create->chooseImage(images.first().id);
    create->goTo(CreateServerDialog::Step::Storage);
    create->findChild<QPushButton *>(u"addVolumeButton"_s)->click();
    create->goTo(CreateServerDialog::Step::Access);
    create->findChild<QListWidget *>(u"sshKeyList"_s)->item(0)->setCheckState(Qt::Checked);
    create->goTo(CreateServerDialog::Step::Name);
    create->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"web"_s);
    create->findChild<QSpinBox *>(u"countSpin"_s)->setValue(2);
    create->goTo(CreateServerDialog::Step::Review);
    failures += shoot(create, file("create-review"), log) ? 0 : 1;
    create->reject();

    QString active;
    for (const Instance &in : session.instances()->items()) {
        if (in.status == u"active"_s && !in.blockStorageIds.isEmpty())
            active = in.id;
    }
    window.page(Resource::Instances)->selectId(active);

    actions->editAction()->trigger();
    auto *edit = qobject_cast<EditServerDialog *>(actions->dialog());
    edit->findChild<QLineEdit *>(u"nameEdit"_s)->setText(QString(52, u'w'));
    failures += shoot(edit, file("edit-server"), log) ? 0 : 1;
    edit->reject();

    actions->rebuildAction()->trigger();
    auto *rebuild = qobject_cast<RebuildDialog *>(actions->dialog());
    f.drive([&] { return Shots::idle(session); });
    const Instance *in = session.instances()->find(active);
    if (const Flavor *spec = session.flavors()->find(in->flavor.id)) {
        for (const Image &i : ServerPlan::imagesFor(session.images()->items(), *spec, in->zoneId)) {
            if (i.id != in->image.id) {
                rebuild->chooseImage(i.id);
                break;
            }
        }
    }
    failures += shoot(rebuild, file("rebuild"), log) ? 0 : 1;
    rebuild->reject();

    actions->resizeAction()->trigger();
    auto *resize = qobject_cast<ResizeDialog *>(actions->dialog());
    for (const Flavor &spec : session.flavors()->items()) {
        if (spec.id != in->flavor.id && spec.diskGb >= in->flavor.diskGb
            && resize->chooseSpec(spec.id))
            break;
    }
    failures += shoot(resize, file("resize"), log) ? 0 : 1;
    resize->reject();

    window.instanceActions()->deleteAction()->trigger();
    if (ConfirmDialog *confirm = window.instanceActions()->pendingConfirmation()) {
        failures += shoot(confirm, file("delete-server"), log) ? 0 : 1;
        confirm->reject();
    }
    return failures;
}
