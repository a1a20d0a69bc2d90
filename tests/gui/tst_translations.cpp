// The German and Russian translations: complete .ts files, nothing in the sources left
// untranslated (lupdate is run on them), and the wizard really shown in both languages
// (window title, a KB step, Qt's own Next button).

#include "net/HostResolver.h"
#include "core/LanguageSetup.h"
#include "net/NetworkContext.h"
#include "kb/ProcedureCatalogue.h"
#include "net/SecretStore.h"
#include "session/Session.h"
#include "pages/UpgradeWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace o365;

namespace {

struct TsEntry
{
    QString context;
    QString source;
    QString type;                // the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations;    // one, or the numerus forms
};

// Every <message> of a .ts file.
QList<TsEntry> readTs(const QString& path, QString* error)
{
    QList<TsEntry> entries;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return entries;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsEntry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsEntry{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            entries << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    return entries;
}

QSet<QString> placeholders(const QString& s)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(s); it.hasNext();)
        found << it.next().captured();
    return found;
}

QStringList tsFiles() { return {QStringLiteral(TS_DIR "/o365_de.ts"), QStringLiteral(TS_DIR "/o365_ru.ts")}; }

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void sourcesHaveNoUntranslatedString_data();
    void sourcesHaveNoUntranslatedString();
    void languageChoice();
    void wizardIsTranslated_data();
    void wizardIsTranslated();
    void cleanupTestCase();

private:
    StaticHostResolver m_resolver;
    MemorySecretStore m_secrets;
    NetworkContext m_net;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_net.resolver = &m_resolver;
    m_net.secrets = &m_secrets;
}

void TestTranslations::cleanupTestCase() { LanguageSetup::install(QStringLiteral("en")); }

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& ts : tsFiles())
        QTest::newRow(qPrintable(ts.section(QLatin1Char('/'), -1))) << ts;
}

// (a) every entry translated: none unfinished or empty, no vanished/obsolete leftovers, the
// placeholders kept.
void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, path);
    QString error;
    const QList<TsEntry> entries = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(entries.size() > 900, qPrintable(QString::number(entries.size())));
    QStringList problems;
    for (const TsEntry& e : entries) {
        const QString where = QStringLiteral("[%1] %2").arg(e.context, e.source.left(80));
        if (!e.type.isEmpty())
            problems << e.type + QStringLiteral(": ") + where;
        for (const QString& t : e.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            else if (placeholders(t) != placeholders(e.source))
                problems << QStringLiteral("placeholders differ: ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::sourcesHaveNoUntranslatedString_data() { tsFilesAreComplete_data(); }

// (b) lupdate over the current sources adds nothing untranslated: a string added to the code
// without a translation fails here.
void TestTranslations::sourcesHaveNoUntranslatedString()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(path.section(QLatin1Char('/'), -1));
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = QStringLiteral(LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    args << QStringLiteral("@" LUPDATE_SOURCES) << QStringLiteral("-ts") << copy;
    lupdate.start(QStringLiteral(LUPDATE_PROGRAM), args);
    QVERIFY2(lupdate.waitForFinished(240000), qPrintable(lupdate.errorString()));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("source text")), qPrintable(output));

    QString error;
    const QList<TsEntry> entries = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const TsEntry& e : entries)
        if (e.type == QLatin1String("unfinished"))
            untranslated << QStringLiteral("[%1] %2").arg(e.context, e.source);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a translation (run: cmake --build BUILD --target "
                                       "update_translations, then translate them):\n%2")
                            .arg(untranslated.size())
                            .arg(untranslated.mid(0, 20).join(QLatin1Char('\n')))));
}

// --lang, else the saved choice, else the system's language.
void TestTranslations::languageChoice()
{
    QCOMPARE(LanguageSetup::normalized(QStringLiteral("de_DE.UTF-8")), QStringLiteral("de"));
    QCOMPARE(LanguageSetup::normalized(QStringLiteral("RU-ru")), QStringLiteral("ru"));
    QVERIFY(!LanguageSetup::install(QStringLiteral("fr")));
    QCOMPARE(LanguageSetup::current(), QStringLiteral("en"));

    LanguageSetup::saveLanguage(QStringLiteral("ru"));
    LanguageSetup::installPreferred(QStringLiteral("de_AT"));
    QCOMPARE(LanguageSetup::current(), QStringLiteral("de"));
    LanguageSetup::installPreferred(QString());
    QCOMPARE(LanguageSetup::current(), QStringLiteral("ru"));
    QSettings().remove(LanguageSetup::settingsKey());
    LanguageSetup::installPreferred(QString());
    QCOMPARE(LanguageSetup::current(), LanguageSetup::systemLanguage());
    QVERIFY(LanguageSetup::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("AppInfo", "O365 Upgrade Wizard"), QStringLiteral("O365 Upgrade Wizard"));
}

void TestTranslations::wizardIsTranslated_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("next");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("O365-Upgrade-Assistent")
                        << QStringLiteral("Das Microsoft Office 365 Application Package erfordert POA 5.4.4 oder neuer.")
                        << QStringLiteral("&Weiter >");
    QTest::newRow("ru") << QStringLiteral("ru") << QString::fromUtf8("Мастер обновления O365")
                        << QString::fromUtf8("Для Microsoft Office 365 Application Package требуется POA 5.4.4 или новее.")
                        << QString::fromUtf8("&Далее >");
}

// (c) de, then ru: the wizard's title, a KB step text on the Start page and Qt's Next button.
void TestTranslations::wizardIsTranslated()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, step);
    QFETCH(QString, next);
    QVERIFY(LanguageSetup::install(lang));
    QCOMPARE(LanguageSetup::current(), lang);

    const char* english = "The Microsoft Office 365 Application Package requires POA 5.4.4 or later.";
    QString stepId;
    for (const Step& s : ProcedureCatalogue::instance().stage(StageId::Start).steps)
        if (s.text && qstrcmp(s.text, english) == 0)
            stepId = s.id;
    QVERIFY2(!stepId.isEmpty(), "the POA prerequisite is no longer a step of the Start stage");

    Session session;
    UpgradeWizard wizard(&session, &m_net);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    QCOMPARE(wizard.windowTitle(), title);
    QVERIFY(wizard.windowTitle() != QLatin1String("O365 Upgrade Wizard"));

    auto* text = wizard.page(UpgradeWizard::Page_Start)->findChild<QLabel*>(QStringLiteral("text_") + stepId);
    QVERIFY2(text, qPrintable(QStringLiteral("no label text_") + stepId));
    QCOMPARE(text->text(), step);
    QVERIFY(text->text() != QLatin1String(english));

    QAbstractButton* nextButton = wizard.button(QWizard::NextButton);
    QVERIFY(nextButton);
    QVERIFY2(nextButton->text() != QLatin1String("&Next >"), "Qt's own translation (qtbase_*.qm) is not loaded");
    QCOMPARE(nextButton->text(), next);

    // The language choice on the Start page shows the language in use.
    auto* combo = wizard.page(UpgradeWizard::Page_Start)->findChild<QComboBox*>(QStringLiteral("language"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), lang);
    QVERIFY(!combo->accessibleName().isEmpty());
    QVERIFY(combo->accessibleName() != QLatin1String("User interface language"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
