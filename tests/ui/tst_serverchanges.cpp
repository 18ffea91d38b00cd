// The changes of a server that exists, end to end against the simulator: edit, reinstall the
// OS, change the spec, the VNC console (to the desktop, never to a log), delete naming the
// block storage that stays; a lost rebuild or resize settled from the listing and never sent
// again; an image the person did not choose never installed; an unnamed server confirmed by id.
#include "serversetup.h"

class TstServerChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editRenamesInTheTableAndTheDetail();
    void rebuildInstallsTheNewImageAndComesBack();
    void resizeMovesToTheNewSpec();
    void remoteConsoleGoesToTheDesktopAndNeverToALog();
    void deleteNamesTheBlockStorageThatStays();
    void rebuildNeverInstallsAnImageThePersonDidNotChoose();
    void lostRebuildOrResizeIsDoneWhenTheListingShowsIt_data();
    void lostRebuildOrResizeIsDoneWhenTheListingShowsIt();
    void neverSendsALostRebuildAgainWhenTheListingCannotTell();
    void asksForTheIdWhenAServerHasNoName();
};

void TstServerChanges::editRenamesInTheTableAndTheDetail()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    auto *d = s.opened<EditServerDialog>(s.actions()->editAction());
    QVERIFY(!d->saveButton()->isEnabled()); // nothing changed yet
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"결제 서버 2"_s);
    d->findChild<QLineEdit *>(u"descriptionEdit"_s)->setText(u"새 설명"_s);
    QVERIFY(d->saveButton()->isEnabled());
    QPointer<EditServerDialog> guard(d);
    d->saveButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QCOMPARE(s.f.sim->state().instance(id)->data.name, u"결제 서버 2"_s);
    QCOMPARE(s.session->instances()->find(id)->name, u"결제 서버 2"_s);
    QTRY_VERIFY(s.servers()->detail()->visibleText().join(u'\n').contains(u"결제 서버 2"_s));
    QVERIFY(s.servers()->detail()->visibleText().join(u'\n').contains(u"새 설명"_s));
}

void TstServerChanges::rebuildInstallsTheNewImageAndComesBack()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    // Says what the reference says: the disk is erased; it promises nothing about block storage.
    const QString warning = d->findChild<QLabel *>(u"warningLabel"_s)->text();
    QVERIFY2(warning.contains(u"erases its disk"_s) && !warning.contains(u"keeps its data"_s),
             qPrintable(warning));
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const Flavor *spec = s.session->flavors()->find(before.flavor.id);
    QVERIFY(spec);
    QString other;
    for (const Image &i :
         ServerPlan::imagesFor(s.session->images()->items(), *spec, before.zoneId)) {
        if (i.id != before.image.id)
            other = i.id;
    }
    QVERIFY(!other.isEmpty());
    QVERIFY(d->chooseImage(other));
    QVERIFY(!d->rebuildButton()->isEnabled()); // the name is not typed yet
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
    QVERIFY(d->rebuildButton()->isEnabled());
    QPointer<RebuildDialog> guard(d);
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    // The row says what is under way, then the server is back, on the new image.
    const int row = s.session->instances()->rowOf(id);
    const QString shown = s.session->instances()
                                  ->index(row, int(InstanceModel::Column::Status))
                                  .data()
                                  .toString();
    QVERIFY2(shown.startsWith(u"Reinstalling the OS…"_s), qPrintable(shown));
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QCOMPARE(s.f.sim->state().instance(id)->data.image.id, other);
    QCOMPARE(s.f.sim->state().instance(id)->data.status, u"active"_s);
    QCOMPARE(s.posts(u"/v1/instances/"_s + id + u"/rebuild"_s), 1);
}

void TstServerChanges::resizeMovesToTheNewSpec()
{
    Setup s;
    QString id;
    for (const SimInstance &si : s.f.sim->state().instances) {
        if (si.data.status == u"off"_s && si.data.flavor.id == u"std.c1m2"_s)
            id = si.data.id;
    }
    if (id.isEmpty()) {
        id = s.serverIn(u"off"_s);
        QVERIFY(!id.isEmpty());
    }
    QVERIFY(s.servers()->selectId(id));
    auto *d = s.opened<ResizeDialog>(s.actions()->resizeAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const Instance before = s.f.sim->state().instance(id)->data;
    QString bigger;
    for (const Flavor &f : s.f.sim->state().flavors) {
        if (f.id != before.flavor.id && f.status == u"available"_s
            && f.zones.contains(before.zoneId) && f.supportingImages.contains(before.image.id)
            && f.diskGb >= before.flavor.diskGb && bigger.isEmpty())
            bigger = f.id;
    }
    QVERIFY(!bigger.isEmpty());
    QVERIFY(d->chooseSpec(bigger));
    // Now and after, side by side, and what it changes a month.
    const QStringList compare = d->comparison();
    QVERIFY2(compare.size() == 6 && compare.at(1).contains(u" → "_s),
             qPrintable(compare.join(u"; "_s)));
    QVERIFY(!d->findChild<QLabel *>(u"differenceLabel"_s)->text().isEmpty());
    QPointer<ResizeDialog> guard(d);
    d->resizeButton()->click();
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); }));
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QCOMPARE(s.f.sim->state().instance(id)->data.flavor.id, bigger);
    QCOMPARE(s.session->instances()->find(id)->flavor.id, bigger);
    QCOMPARE(s.f.sim->state().instance(id)->data.status, u"off"_s);
}

void TstServerChanges::remoteConsoleGoesToTheDesktopAndNeverToALog()
{
    LogCatcher logs;
    QLoggingCategory::setFilterRules(u"iwinv.*=true"_s);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    {
        Setup s;
        const QString id = s.serverIn(u"active"_s);
        QVERIFY(s.servers()->selectId(id));
        QVERIFY(s.actions()->consoleAction()->isEnabled());
        s.actions()->consoleAction()->trigger();
        QVERIFY(s.f.drive([&] { return !catcher.urls.isEmpty(); }));
        const QString link = s.f.sim->state().instance(id)->data.vncLink;
        QCOMPARE(catcher.urls.first().toString(), link);
        QCOMPARE(s.f.sim->count(u"GET"_s, u"/v1/instances/"_s + id + u"/remote-console"_s), 1);
        // The link (and its token) never reached a log line.
        const QString token = link.section(u'=', 1);
        for (const QString &line : std::as_const(LogCatcher::lines))
            QVERIFY2(!line.contains(token), qPrintable(line));
        // A stopped server has no console.
        QVERIFY(s.servers()->selectId(s.serverIn(u"off"_s)));
        QVERIFY(!s.actions()->consoleAction()->isEnabled());
    }
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QLoggingCategory::setFilterRules(u"iwinv.*.info=false"_s);
}

void TstServerChanges::deleteNamesTheBlockStorageThatStays()
{
    Setup s;
    QString id;
    for (const SimInstance &si : s.f.sim->state().instances) {
        if (!si.data.blockStorageIds.isEmpty() && si.data.status == u"active"_s)
            id = si.data.id;
    }
    QVERIFY(!id.isEmpty());
    QVERIFY(s.servers()->selectId(id));
    const SimVolume *v
            = s.f.sim->state().volume(s.f.sim->state().instance(id)->data.blockStorageIds.first());
    s.window->instanceActions()->deleteAction()->trigger();
    ConfirmDialog *confirm = s.window->instanceActions()->pendingConfirmation();
    QVERIFY(confirm);
    const QString text = confirm->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(text.contains(v->data.name) && text.contains(u"billed"_s), qPrintable(text));
    confirm->reject();
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/instances/"_s + id), 0);
}

void TstServerChanges::rebuildNeverInstallsAnImageThePersonDidNotChoose()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    const QString chosen = otherImage(s, before.flavor.id, before.zoneId, before.image.id);
    QVERIFY(!chosen.isEmpty());
    QVERIFY(d->chooseImage(chosen));
    // An OS the chosen image is not: its row leaves the table; no neighbour takes its place.
    auto *os = d->findChild<QComboBox *>(u"imageOsCombo"_s);
    const int otherOs = otherThan(os, s.session->images()->find(chosen)->osType);
    QVERIFY(otherOs > 0);
    os->setCurrentIndex(otherOs);
    QVERIFY(d->findChild<QTableView *>(u"imageTable"_s)->model()->rowCount() > 0);
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
    QVERIFY(!d->rebuildButton()->isEnabled());
    QVERIFY(!d->findChild<QLabel *>(u"imageNote"_s)->text().isEmpty()); // and says why
    // Chosen again, it is the one sent.
    os->setCurrentIndex(0);
    QVERIFY(d->chooseImage(chosen));
    QVERIFY(d->rebuildButton()->isEnabled());
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.f.sim->state().instance(id)->data.image.id, chosen);
}

void TstServerChanges::lostRebuildOrResizeIsDoneWhenTheListingShowsIt_data()
{
    QTest::addColumn<bool>("rebuild");
    QTest::newRow("rebuild") << true;
    QTest::newRow("resize") << false;
}

void TstServerChanges::lostRebuildOrResizeIsDoneWhenTheListingShowsIt()
{
    QFETCH(bool, rebuild);
    SimOptions options = SimFixture::testOptions();
    options.transitionMs = 1; // over before the first poll: only the image or the spec tells
    Setup s(options);
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    QPointer<QDialog> guard;
    QString path;
    QString expected;
    if (rebuild) {
        auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
        QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
        expected = otherImage(s, before.flavor.id, before.zoneId, before.image.id);
        QVERIFY(d->chooseImage(expected));
        d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(before.name);
        path = u"/v1/instances/"_s + id + u"/rebuild"_s;
        s.loseAnswer(path);
        guard = d;
        d->rebuildButton()->click();
    } else {
        auto *d = s.opened<ResizeDialog>(s.actions()->resizeAction());
        QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
        expected = otherSpec(s, before);
        QVERIFY(d->chooseSpec(expected));
        path = u"/v1/instances/"_s + id + u"/resize"_s;
        s.loseAnswer(path);
        guard = d;
        d->resizeButton()->click();
    }
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::Done);
    QVERIFY(s.f.drive([&] { return !guard || !guard->isVisible(); })); // done: it closes
    const Instance &after = s.f.sim->state().instance(id)->data;
    QCOMPARE(rebuild ? after.image.id : after.flavor.id, expected);
    QCOMPARE(s.posts(path), 1);
}

void TstServerChanges::neverSendsALostRebuildAgainWhenTheListingCannotTell()
{
    SimOptions options = SimFixture::testOptions();
    options.transitionMs = 1;
    Setup s(options);
    const QString id = s.serverIn(u"active"_s);
    QVERIFY(s.servers()->selectId(id));
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    QVERIFY(d->chooseImage(otherImage(s, before.flavor.id, before.zoneId, before.image.id)));
    auto *name = d->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setText(before.name);
    // Lost, and never carried out: the listing shows the server as it was, which a rebuild
    // that has not started yet would show too.
    const QString path = u"/v1/instances/"_s + id + u"/rebuild"_s;
    s.loseAnswer(path, false);
    d->rebuildButton()->click();
    QVERIFY(s.f.drive([&] { return s.session->operations()->inProgress() == 0; }, 60000));
    QCOMPARE(s.session->operations()->operations().last().state, Operation::State::NoChangeSeen);
    QVERIFY(d->isVisible());
    const QString said = d->findChild<QLabel *>(u"messageLabel"_s)->text();
    QVERIFY2(said.contains(u"cannot show whether it was done"_s), qPrintable(said));
    // Typing again does not bring the button back.
    name->setText(QString());
    name->setText(before.name);
    QVERIFY(!d->rebuildButton()->isEnabled());
    d->rebuildButton()->click();
    s.driveFor(5000);
    QCOMPARE(s.posts(path), 1);
}

void TstServerChanges::asksForTheIdWhenAServerHasNoName()
{
    Setup s;
    const QString id = s.serverIn(u"active"_s);
    s.f.sim->state().instance(id)->data.name.clear();
    s.reload(Resource::Instances);
    QVERIFY(s.session->instances()->find(id)->name.isEmpty());
    QVERIFY(s.servers()->selectId(id));
    // Delete: with no name to type, the id is typed.
    s.window->instanceActions()->deleteAction()->trigger();
    ConfirmDialog *confirm = s.window->instanceActions()->pendingConfirmation();
    QVERIFY(confirm);
    QVERIFY(confirm->needsTypedName());
    QVERIFY(!confirm->actionButton()->isEnabled());
    confirm->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(confirm->actionButton()->isEnabled());
    confirm->reject();
    QCOMPARE(s.f.sim->count(u"DELETE"_s, u"/v1/instances/"_s + id), 0);
    // Reinstall: the same.
    const Instance before = s.f.sim->state().instance(id)->data;
    auto *d = s.opened<RebuildDialog>(s.actions()->rebuildAction());
    QVERIFY(s.f.drive([&] { return s.loaded() && s.session->flavors()->rowCount() > 0; }));
    QVERIFY(d->chooseImage(otherImage(s, before.flavor.id, before.zoneId, before.image.id)));
    QVERIFY(!d->rebuildButton()->isEnabled()); // nothing typed is no confirmation
    d->findChild<QLineEdit *>(u"nameEdit"_s)->setText(id);
    QVERIFY(d->rebuildButton()->isEnabled());
    d->reject();
}

QTEST_MAIN(TstServerChanges)
#include "tst_serverchanges.moc"
