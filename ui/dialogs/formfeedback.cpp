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
    QObject::connect(submitter, &ChangeSubmitter::refused, dialog,
                     [message](const Operation &op) {
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
                         if (op.state == Operation::State::Done) {
                             dialog->accept();
                             return;
                         }
                         showMessage(message,
                                     QCoreApplication::translate(
                                             "FormFeedback",
                                             "It was not carried out (or no change can be seen "
                                             "yet). You can try again."),
                                     true);
                     });
}

} // namespace FormFeedback
