#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Korean ? u"ko"_s : u"en"_s;
}

bool install(QCoreApplication *app, const QString &language)
{
    const QLocale locale(language == u"ko"_s ? QLocale::Korean : QLocale::English,
                         language == u"ko"_s ? QLocale::SouthKorea : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    bool ok = true;
    auto *own = new QTranslator(app);
    if (own->load(u":/i18n/iwinv-console_"_s + language + u".qm"_s))
        app->installTranslator(own);
    else
        ok = false;
    if (language != u"en"_s) {
        auto *qt = new QTranslator(app);
        if (qt->load(locale, u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            app->installTranslator(qt);
        else
            ok = false;
    }
    return ok;
}

} // namespace Translations
