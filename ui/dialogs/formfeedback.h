#pragma once

#include "changesubmitter.h"

#include <QString>

class QDialog;
class QLabel;

//! How the change dialogs speak: a reason under a field, a message above the buttons, and the
//! usual ending of a change sent through a ChangeSubmitter.
namespace FormFeedback {

//! Shows \a text under a field as a warning; hides the label when empty.
void setProblem(QLabel *label, const QString &text);
//! The dialog's message line: \a error in the warning colour; hidden when empty.
void showMessage(QLabel *label, const QString &text, bool error);
//! The dialog closes when the server accepts the change; a refusal says why (everything typed
//! stays); a lost answer says the result is being checked and that nothing is sent again. Once
//! the listing settles it, the dialog closes if it was carried out, and says so otherwise.
void follow(ChangeSubmitter *submitter, QDialog *dialog, QLabel *message);
//! What a dialog says when the listing settled a lost answer as \a outcome.
[[nodiscard]] QString settledText(ChangeSubmitter::Outcome outcome);

//! Why a create is not sent now: \a other, a create of the same kind, is still on its way, or
//! its answer was lost and the list has not settled it (without an idempotency key, sending
//! again could make it twice).
[[nodiscard]] QString createBlocked(const Operation &other);

} // namespace FormFeedback
