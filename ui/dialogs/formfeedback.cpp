#include "formfeedback.h"

#include "changesubmitter.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QDialog>
#include <QLabel>
#include <QPalette>

namespace FormFeedback {

namespace {
const QColor kWarning(0xb3, 0x26, 0x1e);
} // namespace

void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kWarning);
    label->setPalette(palette);
}

void showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     error ? kWarning : label->parentWidget()->palette().color(QPalette::Text));
    label->setPalette(palette);
}

void follow(ChangeSubmitter *submitter, QDialog *dialog, QLabel *message)
{
    QObject::connect(submitter, &ChangeSubmitter::accepted, dialog, &QDialog::accept);
    QObject::connect(submitter, &ChangeSubmitter::refused, dialog, [message](const Operation &op) {
        showMessage(message, ErrorText::describe(op.error), true);
    });
    QObject::connect(submitter, &ChangeSubmitter::unknown, dialog, [message] {
        showMessage(message,
                    QCoreApplication::translate(
                            "FormFeedback",
                            "The answer was lost: it is not known yet whether the change was "
                            "made. The console is checking and will not send it again. You can "
                            "close this window."),
                    true);
    });
    QObject::connect(submitter, &ChangeSubmitter::settled, dialog,
                     [dialog, message](const Operation &op) {
                         const ChangeSubmitter::Outcome outcome = ChangeSubmitter::outcome(op);
                         if (outcome == ChangeSubmitter::Outcome::CarriedOut)
                             dialog->accept(); // the row follows it from here
                         else
                             showMessage(message, settledText(outcome), true);
                     });
}

QString settledText(ChangeSubmitter::Outcome outcome)
{
    switch (outcome) {
    case ChangeSubmitter::Outcome::CarriedOut:
        return {}; // the dialog closes: the row says the rest
    case ChangeSubmitter::Outcome::NotCarriedOut:
        return QCoreApplication::translate("FormFeedback",
                                           "The list shows it was not carried out. You can try "
                                           "again.");
    case ChangeSubmitter::Outcome::Unclear:
        // Never sent again from here: it may have been done.
        return QCoreApplication::translate("FormFeedback",
                                           "The list cannot show whether it was done, so it is "
                                           "not sent again from this window. Check it in the "
                                           "list; if it is still needed, open this window "
                                           "again.");
    }
    return {};
}

QString createBlocked(const Operation &other)
{
    const QString what = other.name.isEmpty() ? other.targetId : other.name;
    if (other.state == Operation::State::Sending)
        //: %1 is what the other create makes
        return QCoreApplication::translate("FormFeedback",
                                           "Another create ('%1') is still on its way: nothing "
                                           "is sent until its answer comes, so nothing is made "
                                           "twice.")
                .arg(what);
    return QCoreApplication::translate("FormFeedback",
                                       "Another create ('%1') lost its answer and may have been "
                                       "carried out: nothing is sent until the list settles it, "
                                       "so nothing is made twice.")
            .arg(what);
}

} // namespace FormFeedback
