// Block storage, every write, end to end against the simulator through the window's own actions
// and dialogs, in both firewall dialects: added attached to a server (both sides show it),
// detached and attached elsewhere, deleted (refused while attached, by id when unnamed), sizes
// in steps of 10 GB; the server's detail pane does the same for volumes and firewalls.
#include "storagesetup.h"

class TstVolumes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addsBlockStorageShownOnBothSides_data() { addDialects(); }
    void addsBlockStorageShownOnBothSides();
    void detachesThenAttachesToAnotherServer_data() { addDialects(); }
    void detachesThenAttachesToAnotherServer();
    void deleteWhileAttachedSaysWhyAndDetachesFirst_data() { addDialects(); }
    void deleteWhileAttachedSaysWhyAndDetachesFirst();
    void showsAVolumeStatusAsWrittenWhenItIsNotKnown();
    void volumeSizesGoInStepsOfTen();
    void deletingAnUnnamedVolumeAsksForItsId();
    void detailPaneButtonsDoTheSame_data() { addDialects(); }
    void detailPaneButtonsDoTheSame();
};

void TstVolumes::addsBlockStorageShownOnBothSides()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QString server = s.otherServerIn(u"kr1-z01"_s, QString());
    QVERIFY(!server.isEmpty());
    const qsizetype before = s.f.sim->state().instance(server)->data.blockStorageIds.size();
    s.volumes()->addFor(server);
    auto *d = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(d);
    // The types come from the server; the SSD type is offered in this zone.
    QVERIFY(s.f.drive([&] { return d->chooseType(u"ssd"_s); }));
    QVERIFY(d->chooseServer(server));
    auto *name = d->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(u"로그 저장"_s);
    d->findChild<QSpinBox *>(u"sizeSpin"_s)->setValue(50);
    d->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"nginx logs"_s);
    QVERIFY(d->addButton()->isEnabled());
    QSignalSpy added(d, &CreateVolumeDialog::added);
    d->addButton()->click();
    QVERIFY(!d->addButton()->isEnabled()); // never twice
    QVERIFY(s.f.drive([&] { return !added.isEmpty(); }));
    const QString id = added.first().first().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/block-storages"_s), 1);
    QVERIFY(s.waitFinished());
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    // The simulator made it on that server, and both sides of the console say so.
    QCOMPARE(s.f.sim->state().volume(id)->data.instanceId, server);
    QCOMPARE(s.f.sim->state().volume(id)->data.sizeGb, 50);
    const BlockStorage *v = s.session->volumes()->find(id);
    QVERIFY(v);
    QCOMPARE(v->instanceId, server);
    QCOMPARE(v->name, u"로그 저장"_s);
    QVERIFY(s.f.drive([&] {
        const Instance *in = s.session->instances()->find(server);
        return in && in->blockStorageIds.contains(id);
    }));
    QCOMPARE(s.session->instances()->find(server)->blockStorageIds.size(), before + 1);
    s.window->showPage(Resource::Instances);
    QVERIFY(s.page(Resource::Instances)->selectId(server));
    QTRY_VERIFY(s.page(Resource::Instances)
                        ->detail()
                        ->visibleText()
                        .join(u'\n')
                        .contains(u"로그 저장"_s));
}

void TstVolumes::detachesThenAttachesToAnotherServer()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const SimVolume *sv = s.attachedVolume();
    QVERIFY(sv);
    const QString id = sv->data.id;
    const QString first = sv->data.instanceId;
    const QString second = s.otherServerIn(sv->data.zoneId, first);
    QVERIFY(!second.isEmpty());
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    QVERIFY(!s.volumes()->attachAction()->isEnabled()); // attached: detach first
    QVERIFY(s.volumes()->detachAction()->isEnabled());
    s.volumes()->detachAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    // Cancel is the default and has the focus: Enter does not detach.
    auto *cancel = qobject_cast<QPushButton *>(confirm->focusWidget());
    QVERIFY(cancel && cancel != confirm->actionButton() && cancel->isDefault());
    QVERIFY(!confirm->actionButton()->isDefault());
    confirm->actionButton()->click();
    // The row says it is detaching while the simulator takes its time.
    QVERIFY(s.f.drive([&] { return s.f.sim->state().volume(id)->data.status == u"detaching"_s; }));
    QVERIFY(s.waitFinished());
    QVERIFY(s.f.sim->state().volume(id)->data.instanceId.isEmpty());
    QVERIFY(!s.f.sim->state().instance(first)->data.blockStorageIds.contains(id));
    QVERIFY(s.session->volumes()->find(id)->instanceId.isEmpty());
    QVERIFY(s.f.drive(
            [&] { return !s.session->instances()->find(first)->blockStorageIds.contains(id); }));

    QVERIFY(s.volumes()->attachAction()->isEnabled());
    s.volumes()->attachAction()->trigger();
    auto *choice = qobject_cast<ChoiceDialog *>(s.volumes()->dialog());
    QVERIFY(choice);
    QVERIFY(!choice->actionButton()->isEnabled()); // nothing chosen yet
    QVERIFY(choice->choose(second));
    QPointer<ChoiceDialog> guard(choice);
    choice->actionButton()->click();
    QVERIFY(!choice->actionButton()->isEnabled()); // in flight: never twice
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY(s.waitFinished());
    QCOMPARE(s.f.sim->state().volume(id)->data.instanceId, second);
    QCOMPARE(s.session->volumes()->find(id)->instanceId, second);
    QVERIFY(s.f.drive(
            [&] { return s.session->instances()->find(second)->blockStorageIds.contains(id); }));
    QCOMPARE(s.f.sim->count(u"POST"_s, u"/v1/block-storages/"_s + id + u"/detach"_s)
                     + s.f.sim->count(u"PUT"_s, u"/v1/block-storages/"_s + id + u"/detach"_s),
             1);
}

void TstVolumes::deleteWhileAttachedSaysWhyAndDetachesFirst()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const SimVolume *sv = s.attachedVolume();
    QVERIFY(sv);
    const QString id = sv->data.id;
    const QString name = sv->data.name;
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    const int writes = s.writes();
    s.volumes()->deleteAction()->trigger();
    auto *box = qobject_cast<QMessageBox *>(s.volumes()->dialog());
    QVERIFY(box);
    QCOMPARE(box->objectName(), u"attachedNotice"_s);
    QVERIFY2(box->text().contains(u"detach it first"_s), qPrintable(box->text()));
    QCOMPARE(s.writes(), writes); // nothing sent
    box->findChild<QPushButton *>(u"detachFirstButton"_s)->click();
    auto *detach = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(detach);
    detach->actionButton()->click();
    QVERIFY(s.waitFinished());
    QVERIFY(s.f.sim->state().volume(id)->data.instanceId.isEmpty());

    // Detached: deleting asks for its name, then it is gone.
    s.volumes()->deleteAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(name);
    QVERIFY(confirm->actionButton()->isEnabled());
    confirm->actionButton()->click();
    QVERIFY(s.waitFinished());
    QCOMPARE(s.f.sim->state().volume(id), nullptr);
    QCOMPARE(s.session->volumes()->find(id), nullptr);
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/block-storages/"_s + id), 1);
}

void TstVolumes::showsAVolumeStatusAsWrittenWhenItIsNotKnown()
{
    QCOMPARE(StatusText::volume(u"in-use"_s), u"Attached"_s);
    QCOMPARE(StatusText::volume(u"detaching"_s), u"Detaching"_s);
    const QString odd = StatusText::volume(u"reserved"_s);
    QVERIFY2(odd.contains(u"reserved"_s) && !odd.contains(u"nknown"_s), qPrintable(odd));
}

void TstVolumes::volumeSizesGoInStepsOfTen()
{
    Setup s;
    const QString server = s.otherServerIn(u"kr1-z01"_s, QString());
    s.volumes()->addFor(server);
    auto *d = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(d);
    QVERIFY(s.f.drive([&] { return d->chooseType(u"ssd"_s); }));
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"odd size"_s);
    auto *size = d->findChild<QSpinBox *>(u"sizeSpin"_s);
    size->setValue(15);
    QVERIFY(!d->addButton()->isEnabled());
    auto *why = d->findChild<QLabel *>(u"sizeError"_s);
    QVERIFY(why->isVisibleTo(d));
    QVERIFY2(why->text().contains(u"10 GB"_s), qPrintable(why->text()));
    // The simulator refuses it too: nothing is sent that would be.
    BlockStorageApi::CreateSpec spec;
    spec.instanceId = server;
    spec.type = u"ssd"_s;
    spec.sizeGb = 15;
    spec.name = u"odd size"_s;
    QCOMPARE(s.f.direct(BlockStorageApi::create(spec)).errorCode(), u"CHECK_PARAM"_s);
    size->setValue(20);
    QVERIFY(d->addButton()->isEnabled());
}

void TstVolumes::deletingAnUnnamedVolumeAsksForItsId()
{
    Setup s;
    QString id;
    for (SimVolume &v : s.f.sim->state().volumes) {
        if (v.data.instanceId.isEmpty()) {
            v.data.name.clear(); // made elsewhere without a name
            id = v.data.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(s.reread(Resource::BlockStorage));
    s.window->showPage(Resource::BlockStorage);
    QVERIFY(s.page(Resource::BlockStorage)->selectId(id));
    s.volumes()->deleteAction()->trigger();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.volumes()->dialog());
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(confirm->actionButton()->isEnabled());
}

void TstVolumes::detailPaneButtonsDoTheSame()
{
    QFETCH(Dialect, dialect);
    Setup s(dialect);
    const QStringList free = s.freeServers(u"kr1-z01"_s, 1);
    QCOMPARE(free.size(), 1);
    const QString server = free.first();
    QVERIFY(s.reread(Resource::Firewalls));
    s.window->showPage(Resource::Instances);
    QVERIFY(s.page(Resource::Instances)->selectId(server));
    DetailView *detail = s.page(Resource::Instances)->detail();
    QAbstractButton *add = nullptr;
    QVERIFY(s.f.drive([&] {
        add = detail->findChild<QAbstractButton *>(u"detailAddVolume"_s);
        return add && add->isVisible();
    }));
    add->click();
    auto *create = qobject_cast<CreateVolumeDialog *>(s.volumes()->dialog());
    QVERIFY(create);
    create->reject();
    auto *attach = detail->findChild<QAbstractButton *>(u"detailAttachFirewall"_s);
    QVERIFY(attach);
    attach->click();
    auto *choice = qobject_cast<ChoiceDialog *>(s.firewalls()->dialog());
    QVERIFY(choice);
    const QString firewall = s.session->firewalls()->items().first().id;
    QVERIFY(choice->choose(firewall));
    choice->actionButton()->click();
    QVERIFY(s.f.drive(
            [&] {
                return s.finished() && s.f.sim->state().firewallOf(server)
                        && s.f.sim->state().firewallOf(server)->id == firewall;
            },
            60000));
    QVERIFY(s.waitFinished());
    QVERIFY(s.reread(Resource::Firewalls));
    // The detail now offers to detach it, and does.
    QAbstractButton *detach = nullptr;
    QVERIFY(s.f.drive([&] {
        detach = detail->findChild<QAbstractButton *>(u"detailDetachFirewall"_s);
        return detach && detach->isVisible() && detach->isEnabled();
    }));
    detach->click();
    auto *confirm = qobject_cast<ConfirmDialog *>(s.firewalls()->dialog());
    QVERIFY(confirm);
    confirm->actionButton()->click();
    QVERIFY(s.f.drive([&] { return s.finished() && !s.f.sim->state().firewallOf(server); }, 60000));
}

QTEST_MAIN(TstVolumes)
#include "tst_volumes.moc"
