#pragma once

#include <QString>

class QCoreApplication;

//! Installs the console's own catalogue and Qt's (qtbase) for a language.
namespace Translations {
//! "ko" when the system locale is Korean, "en" otherwise.
[[nodiscard]] QString systemLanguage();
//! Installs the translators for \a language ("ko" or "en") on \a app; false if a catalogue
//! could not be loaded (English still works: it is the source language).
bool install(QCoreApplication *app, const QString &language);
} // namespace Translations
