#pragma once

#include <QList>
#include <QString>

namespace o365 {

// The user interface language: the wizard's own translations (:/i18n/o365_<code>.qm, linked in
// from translations/) and Qt's (qtbase_<code>.qm from QLibraryInfo::TranslationsPath: QWizard's
// Back/Next/Cancel, standard dialogs). English is the source language and needs no file.
class LanguageSetup
{
public:
    struct Language
    {
        QString code;       // "en", "de", "ru"
        QString nativeName; // "English", "Deutsch", "Русский": shown untranslated
    };
    static QList<Language> available();

    // The QSettings key of the language chosen on the Start page.
    static QString settingsKey();
    static QString savedLanguage();
    static void saveLanguage(const QString& code);

    // "de_DE", "de-AT", "DE" → "de"; empty when empty.
    static QString normalized(const QString& code);
    // The first of the system's UI languages the wizard has, else "en".
    static QString systemLanguage();

    // --lang CODE when given, else the saved choice, else the system's language; installs it.
    // A language without a translation falls back to English with a message on stderr.
    static void installPreferred(const QString& commandLineLanguage);

    // Replaces the translators installed before (by this class) with those for `code`; "en"
    // removes them. False (English stays) when the wizard has no translation for `code`.
    // `qmDirectory` overrides where o365_<code>.qm is read from (default: the embedded ":/i18n").
    static bool install(const QString& code, const QString& qmDirectory = QString());
    // The language installed last ("en" at first).
    static QString current();
};

} // namespace o365
