#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

namespace o365 {

namespace {

QList<QPointer<QTranslator>>& installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

QString& currentCode()
{
    static QString code = QStringLiteral("en");
    return code;
}

bool isAvailable(const QString& code)
{
    for (const LanguageSetup::Language& l : LanguageSetup::available())
        if (l.code == code)
            return true;
    return false;
}

} // namespace

QList<LanguageSetup::Language> LanguageSetup::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ru"), QString::fromUtf8("Русский")}};
}

QString LanguageSetup::settingsKey() { return QStringLiteral("language"); }

QString LanguageSetup::savedLanguage() { return normalized(QSettings().value(settingsKey()).toString()); }

void LanguageSetup::saveLanguage(const QString& code) { QSettings().setValue(settingsKey(), normalized(code)); }

QString LanguageSetup::normalized(const QString& code)
{
    QString c = code.trimmed().toLower();
    const qsizetype cut = c.indexOf(QRegularExpression(QStringLiteral("[_\\-.@]")));
    if (cut >= 0)
        c.truncate(cut);
    return c;
}

QString LanguageSetup::systemLanguage()
{
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = normalized(ui);
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

void LanguageSetup::installPreferred(const QString& commandLineLanguage)
{
    QString code = normalized(commandLineLanguage);
    if (code.isEmpty())
        code = savedLanguage();
    if (code.isEmpty())
        code = systemLanguage();
    if (!install(code))
        std::fprintf(stderr, "No translation for \"%s\" yet: the wizard is shown in English.\n", qPrintable(code));
}

bool LanguageSetup::install(const QString& code, const QString& qmDirectory)
{
    const QString lang = normalized(code);
    for (const QPointer<QTranslator>& t : installed()) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t.data();
        }
    }
    installed().clear();
    currentCode() = QStringLiteral("en");
    if (lang.isEmpty() || lang == QLatin1String("en"))
        return true;

    auto* own = new QTranslator(QCoreApplication::instance());
    const QString dir = qmDirectory.isEmpty() ? QStringLiteral(":/i18n") : qmDirectory;
    if (!isAvailable(lang) || !own->load(QStringLiteral("o365_") + lang, dir)) {
        delete own;
        return false;
    }
    // Qt's own strings first, so that the wizard's translator (installed last) is asked first.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt; // qt6-translations-l10n is missing: Qt's buttons stay in English
    }
    QCoreApplication::installTranslator(own);
    installed().append(own);
    currentCode() = lang;
    return true;
}

QString LanguageSetup::current() { return currentCode(); }

} // namespace o365
