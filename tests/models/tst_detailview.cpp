// Browsing: the detail pane beside a table. Secrets stay hidden until the person asks, are
// copied through the clipboard guard and taken back after their lifetime; every value is plain
// text.
#include "widgets/clipboardguard.h"
#include "widgets/detailview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Xk9!vR2#pQ7z"_s;
const QString kPasswordLabel = u"Initial password"_s;

//! A server's details: a plain, copyable row and a secret one.
QList<DetailSection> serverDetails(const QString &name, const QString &id, const QString &status,
                                   const QString &password)
{
    DetailSection summary {u"Summary"_s,
                           {DetailRow {u"Name"_s, name, true, false, {}},
                            DetailRow {u"Status"_s, status, false, false, {}},
                            DetailRow {u"Server ID"_s, id, true, false, {}}}};
    DetailSection access {u"Access"_s,
                          {DetailRow {u"User"_s, u"root"_s, true, false, {}},
                           DetailRow {kPasswordLabel, password, false, true, {}}}};
    return {summary, access};
}

QList<DetailSection> serverA(const QString &status = u"Running"_s)
{
    return serverDetails(u"web-01"_s, u"INSTANCE-A"_s, status, kPassword);
}

QList<DetailSection> serverB()
{
    return serverDetails(u"db-01"_s, u"INSTANCE-B"_s, u"Running"_s, u"Other-Pass-42"_s);
}

//! Widgets replaced by a rebuild go away with deferred deletion: let it happen.
void settle()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

//! Whether \a w belongs to content a rebuild replaced (hidden explicitly, deleted later).
bool isReplaced(const QWidget *w, const QWidget *view)
{
    for (; w && w != view; w = w->parentWidget()) {
        if (w->testAttribute(Qt::WA_WState_ExplicitShowHide) && w->isHidden())
            return true;
    }
    return false;
}

//! The widgets of \a view named \a name that are part of what it shows now.
template<class W>
QList<W *> live(const DetailView &view, const QString &name)
{
    QList<W *> out;
    for (W *w : view.findChildren<W *>(name)) {
        if (!isReplaced(w, &view))
            out.append(w);
    }
    return out;
}

QLabel *secretLabel(const DetailView &view)
{
    const QList<QLabel *> labels = live<QLabel>(view, u"secretValue"_s);
    return labels.size() == 1 ? labels.first() : nullptr;
}

QToolButton *revealButton(const DetailView &view)
{
    const QList<QToolButton *> buttons = live<QToolButton>(view, u"revealButton"_s);
    return buttons.size() == 1 ? buttons.first() : nullptr;
}

//! The copy button on the line that shows \a valueName's label (a secret or a plain value).
QToolButton *copyButtonBeside(const DetailView &view, const QString &labelText)
{
    for (QToolButton *button : live<QToolButton>(view, u"copyButton"_s)) {
        for (const QLabel *label : button->parentWidget()->findChildren<QLabel *>()) {
            if (label->text() == labelText
                || (labelText == kPasswordLabel && label->objectName() == u"secretValue"_s))
                return button;
        }
    }
    return nullptr;
}

bool isMasked(const QString &text)
{
    return !text.isEmpty() && text.count(QChar(0x2022)) == text.size();
}

QString lineFor(const DetailView &view, const QString &label)
{
    for (const QString &line : view.visibleText()) {
        if (line.startsWith(label + u": "_s))
            return line.mid(label.size() + 2);
    }
    return {};
}
} // namespace

class TstDetailView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void shouldHideASecretUntilShowIsClicked();
    void shouldKeepASecretRevealedAcrossARefresh();
    void shouldHideSecretsAgainAfterThePlaceholder();
    void shouldHideSecretsAgainForAnotherResource();
    void shouldCopyAPlainValue();
    void shouldCopyASecretAndClearItAfterItsLifetime();
    void shouldNotClearWhatThePersonCopiedMeanwhile();
    void shouldShowEveryValueAsPlainText();
};

void TstDetailView::init()
{
    QGuiApplication::clipboard()->clear();
}

void TstDetailView::shouldHideASecretUntilShowIsClicked()
{
    ClipboardGuard guard;
    DetailView view(&guard);
    view.setSections(serverA());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QLabel *secret = secretLabel(view);
    QVERIFY(secret);
    QVERIFY2(isMasked(secret->text()), qPrintable(secret->text()));
    QVERIFY(!view.visibleText().join(u'\n').contains(kPassword));
    QVERIFY(isMasked(lineFor(view, kPasswordLabel)));
    // A hidden secret cannot be selected with the mouse either.
    QCOMPARE(secret->textInteractionFlags(), Qt::NoTextInteraction);
    // Plain values show as they are.
    QCOMPARE(lineFor(view, u"User"_s), u"root"_s);

    QToolButton *show = revealButton(view);
    QVERIFY(show);
    QCOMPARE(show->text(), u"Show"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    settle();
    secret = secretLabel(view);
    QVERIFY(secret);
    QCOMPARE(secret->text(), kPassword);
    QCOMPARE(lineFor(view, kPasswordLabel), kPassword);
    QCOMPARE(revealButton(view)->text(), u"Hide"_s);
    // Shown, it still cannot be selected and copied past the guard with Ctrl+C.
    QCOMPARE(secret->textInteractionFlags(), Qt::NoTextInteraction);

    // And hidden again on request.
    QTest::mouseClick(revealButton(view), Qt::LeftButton);
    settle();
    QVERIFY(isMasked(secretLabel(view)->text()));
    QVERIFY(!view.visibleText().join(u'\n').contains(kPassword));
}

void TstDetailView::shouldKeepASecretRevealedAcrossARefresh()
{
    ClipboardGuard guard;
    DetailView view(&guard);
    view.setSections(serverA());
    QToolButton *show = revealButton(view);
    QVERIFY(show);
    show->click();
    settle();
    QCOMPARE(secretLabel(view)->text(), kPassword);

    // The same resource refreshed: the same sections again ...
    view.setSections(serverA());
    settle();
    QCOMPARE(secretLabel(view)->text(), kPassword);
    QCOMPARE(lineFor(view, kPasswordLabel), kPassword);
    // ... or with its status changed.
    view.setSections(serverA(u"Stopped"_s));
    settle();
    QCOMPARE(lineFor(view, u"Status"_s), u"Stopped"_s);
    QVERIFY(secretLabel(view));
    QCOMPARE(secretLabel(view)->text(), kPassword);
    QCOMPARE(lineFor(view, kPasswordLabel), kPassword);
}

void TstDetailView::shouldHideSecretsAgainAfterThePlaceholder()
{
    ClipboardGuard guard;
    DetailView view(&guard);
    view.setSections(serverA());
    revealButton(view)->click();
    settle();
    QCOMPARE(lineFor(view, kPasswordLabel), kPassword);

    // The selection went away, then the same server was selected again.
    view.setPlaceholder(u"Select a row to see its details."_s);
    settle();
    QCOMPARE(view.visibleText(), QStringList {u"Select a row to see its details."_s});
    view.setSections(serverA());
    settle();
    QVERIFY(isMasked(secretLabel(view)->text()));
    QVERIFY(isMasked(lineFor(view, kPasswordLabel)));
}

void TstDetailView::shouldHideSecretsAgainForAnotherResource()
{
    ClipboardGuard guard;
    DetailView view(&guard);
    view.setSections(serverA());
    revealButton(view)->click();
    settle();
    QCOMPARE(lineFor(view, kPasswordLabel), kPassword);

    // The person selects another server (as the page does: setSections with its details). Its
    // password has the same label, but it is another resource's secret: hidden.
    view.setSections(serverB());
    settle();
    QCOMPARE(lineFor(view, u"Server ID"_s), u"INSTANCE-B"_s);
    QVERIFY(secretLabel(view));
    QVERIFY2(isMasked(secretLabel(view)->text()),
             qPrintable(u"another server's password is shown: "_s + secretLabel(view)->text()));
    QVERIFY2(!view.visibleText().join(u'\n').contains(u"Other-Pass-42"_s),
             qPrintable(view.visibleText().join(u" | "_s)));
}

void TstDetailView::shouldCopyAPlainValue()
{
    ClipboardGuard guard;
    guard.setSecretLifetimeMs(50);
    QSignalSpy copied(&guard, &ClipboardGuard::copied);
    DetailView view(&guard);
    view.setSections(serverA());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QToolButton *copy = copyButtonBeside(view, u"INSTANCE-A"_s);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"INSTANCE-A"_s);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().at(0).toBool(), false);
    QVERIFY(!guard.holdsSecret());
    QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
    // A plain value stays: it is not taken back after the secrets' lifetime.
    QTimer *timer = guard.findChild<QTimer *>();
    QVERIFY(timer);
    QVERIFY(!timer->isActive()); // nothing will take it back
    QCOMPARE(QGuiApplication::clipboard()->text(), u"INSTANCE-A"_s);
    // Every copyable row has its button; rows that are neither copyable nor secret have none.
    QCOMPARE(live<QToolButton>(view, u"copyButton"_s).size(), 4);
}

void TstDetailView::shouldCopyASecretAndClearItAfterItsLifetime()
{
    ClipboardGuard guard;
    guard.setSecretLifetimeMs(50);
    QSignalSpy copied(&guard, &ClipboardGuard::copied);
    DetailView view(&guard);
    view.setSections(serverA());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Copying does not need the secret to be shown.
    QVERIFY(isMasked(secretLabel(view)->text()));
    QToolButton *copy = copyButtonBeside(view, kPasswordLabel);
    QVERIFY(copy);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), kPassword);
    QCOMPARE(copied.count(), 1);
    QCOMPARE(copied.first().at(0).toBool(), true);
    QVERIFY(guard.holdsSecret());
    // Marked for clipboard managers that keep a history.
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
    // Still revealed nowhere on screen.
    QVERIFY(!view.visibleText().join(u'\n').contains(kPassword));

    QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 2000);
    QVERIFY(!guard.holdsSecret());

    // Quitting before the lifetime is over: the secret goes with the console.
    {
        ClipboardGuard shortLived;
        shortLived.copySecret(kPassword);
        QCOMPARE(QGuiApplication::clipboard()->text(), kPassword);
    }
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TstDetailView::shouldNotClearWhatThePersonCopiedMeanwhile()
{
    ClipboardGuard guard;
    guard.setSecretLifetimeMs(50);
    DetailView view(&guard);
    view.setSections(serverA());
    copyButtonBeside(view, kPasswordLabel)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), kPassword);

    // The person copies something else before the secret's time is up.
    QGuiApplication::clipboard()->setText(u"ssh root@115.68.10.1"_s);
    QTimer *timer = guard.findChild<QTimer *>();
    QVERIFY(timer);
    QTRY_VERIFY_WITH_TIMEOUT(!timer->isActive(), 2000); // the lifetime has run out
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"ssh root@115.68.10.1"_s);
    QVERIFY(!guard.holdsSecret());
}

void TstDetailView::shouldShowEveryValueAsPlainText()
{
    ClipboardGuard guard;
    DetailView view(&guard);
    const QString markup = u"<b>bold</b> <a href=\"https://evil.example\">click</a>"_s;
    const QString secretMarkup = u"<img src=x onerror=alert(1)>"_s;
    view.setSections({DetailSection {u"<i>Title</i>"_s,
                                     {DetailRow {u"<u>Name</u>"_s, markup, true, false, {}},
                                      DetailRow {u"Password"_s, secretMarkup, false, true, {}}}}});
    settle();
    const QList<QLabel *> labels = live<QLabel>(view, QString());
    QCOMPARE(labels.size(), 5); // title, two row labels, two values
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    const QList<QLabel *> values = live<QLabel>(view, u"detailValue"_s);
    QCOMPARE(values.size(), 1);
    QCOMPARE(values.first()->text(), markup);
    QCOMPARE(values.first()->openExternalLinks(), false);

    revealButton(view)->click();
    settle();
    for (const QLabel *label : live<QLabel>(view, QString()))
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    QCOMPARE(secretLabel(view)->text(), secretMarkup);

    // The placeholder too.
    view.setPlaceholder(u"<b>nothing</b>"_s);
    settle();
    const QList<QLabel *> placeholder = live<QLabel>(view, u"detailPlaceholder"_s);
    QCOMPARE(placeholder.size(), 1);
    QCOMPARE(placeholder.first()->textFormat(), Qt::PlainText);
}

QTEST_MAIN(TstDetailView)
#include "tst_detailview.moc"
