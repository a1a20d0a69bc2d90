// o365-upgrade-wizard: guided upgrade of the Microsoft Office 365 Application Package
// on Parallels Automation, following KB 117222.

#include "Launcher.h"
#include "core/AppInfo.h"
#include "core/LanguageSetup.h"
#include "core/SessionLog.h"
#include "core/StartupProbe.h"
#include "net/ProxySettings.h"
#include "net/SecretStore.h"
#include "procedure/CheckCli.h"
#include "report/ReportCli.h"
#include "training/TrainingCli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

using namespace o365;

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(appName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setApplicationVersion(appVersion());
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Guides an upgrade of the Microsoft Office 365 Application Package on Parallels Automation, step by "
                "step as KB 117222 prescribes, and records every confirmation in a resumable session."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("resume"),
                      QCoreApplication::translate("main", "Open the session FILE directly and continue where it "
                                                          "was left."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("new"), QCoreApplication::translate("main", "Start a new session without asking "
                                                                                 "about unfinished ones.")});
    addCheckOptions(parser);
    addReportOptions(parser, false); // --stage/--out are shared with --check
    addTrainingOptions(parser);
    parser.addOption({QStringLiteral("review"),
                      QCoreApplication::translate("main", "Open the signed REPORT.json read-only in the review window: "
                                                          "its signature checked, countersigned as reviewer."),
                      QStringLiteral("REPORT.json")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "User interface language CODE (e.g. en, de, ru); the "
                                                          "system's language by default."),
                      QStringLiteral("CODE")});
}

// --help and --version must work without a display: answer them before any GUI exists.
// Whether one of `names` ("--check", or "--check=FILE") is on the command line, looked at
// before any application object exists (which one to create depends on it).
bool hasOption(int argc, char** argv, std::initializer_list<const char*> names)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        for (const char* name : names) {
            if (a == name || a.startsWith(QByteArray(name) + '='))
                return true;
        }
    }
    return false;
}

bool wantsOnlyInformation(int argc, char** argv)
{
    return hasOption(argc, argv, {"-h", "--help", "--help-all", "-v", "--version", "-?"});
}

bool wantsHeadless(int argc, char** argv) { return hasOption(argc, argv, {"--check", "--training-list"}); }

// The arguments as QCommandLineParser reads them (see normalizeTrainingArguments).
QStringList normalizedArguments(const QCoreApplication& app) { return normalizeTrainingArguments(app.arguments()); }

} // namespace

int main(int argc, char** argv)
{
    SessionLog::install();
    if (wantsOnlyInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    {
        QStringList rawArgs;
        for (int i = 0; i < argc; ++i)
            rawArgs << QString::fromLocal8Bit(argv[i]);
        if (wantsReportCli(rawArgs)) {
            // The PDF needs a QGuiApplication; no window is shown, so offscreen works with or without a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            setIdentity();
            QCommandLineParser parser;
            addOptions(parser);
            if (!parser.parse(app.arguments())) {
                std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
                return 2;
            }
            LanguageSetup::installPreferred(parser.value(QStringLiteral("lang"))); // the report's language
            KeychainSecretStore secrets;
            return runReportCli(app, parser, &secrets);
        }
    }

    if (wantsHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        addOptions(parser);
        if (!parser.parse(normalizedArguments(app))) {
            std::fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
            return 2;
        }
        LanguageSetup::installPreferred(parser.value(QStringLiteral("lang")));
        if (parser.isSet(QStringLiteral("training-list")))
            return listTrainingScenarios();
        if (wantsTraining(parser))
            return runTrainingCheck(app, parser);
        return runCheckCli(app, parser);
    }

    QApplication app(argc, argv);
    StartupProbe::installFromEnvironment(); // bench/bench_startup only (O365_STARTUP_PROBE=1)
    setIdentity();
    QApplication::setApplicationDisplayName(appDisplayName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/o365-upgrade-wizard.svg")));

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(normalizedArguments(app));
    // The system's proxy by default; "Network…" on the Start page saves no proxy or a manual one.
    ProxySettings::load().apply();
    {
        QString error;
        if (!applyLogLevel(parser, &error)) {
            Launcher::reportError(QCoreApplication::translate("main", "Unknown option value"), error);
            return 2;
        }
    }

    return Launcher::run(app, parser);
}
