// o365-upgrade-wizard: guided upgrade of the Microsoft Office 365 Application Package
// on Parallels Automation, following KB 117222.

#include "core/AppInfo.h"
#include "session/AutoSaver.h"
#include "procedure/HeadlessChecker.h"
#include "paapi/PaCredentials.h"
#include "report/ReportCli.h"
#include "net/HostResolver.h"
#include "core/LanguageSetup.h"
#include "net/NetworkContext.h"
#include "dialogs/ProxyDialog.h"
#include "net/ProxySettings.h"
#include "dialogs/ResumeDialog.h"
#include "dialogs/ReviewDialog.h"
#include "net/SecretStore.h"
#include "session/Session.h"
#include "core/SessionLog.h"
#include "session/SessionStore.h"
#include "core/StartupProbe.h"
#include "training/TrainingCli.h"
#include "training/TrainingLab.h"
#include "training/TrainingScenario.h"
#include "pages/UpgradeWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QSslCertificate>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

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
    parser.addOption({QStringLiteral("check"),
                      QCoreApplication::translate("main", "Run the automated checks of the session FILE without a "
                                                          "window, print one line per check and record the results "
                                                          "in the session. Exit code: 0 no blocking check failed, "
                                                          "1 one did, 2 unusable input."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("stage"),
                      QCoreApplication::translate("main", "With --check or --export: only stage ID (start, gateway, "
                                                          "dispatcher, provisioning, …)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("main", "With --check: write the session with the results to FILE "
                                                          "instead of updating it. With --export: the folder or file "
                                                          "base name of the report."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ca-file"),
                      QCoreApplication::translate("main", "Also trust the certificate authorities in the PEM FILE "
                                                          "(e.g. a customer's private CA)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("password-stdin"),
                      QCoreApplication::translate("main", "With --check: read the PA API password from the first line "
                                                          "of standard input (never from the command line or the "
                                                          "environment) instead of the keychain.")});
    parser.addOption({QStringLiteral("log-level"),
                      QCoreApplication::translate("main", "What the session's log file records: debug, info "
                                                          "(default) or warning."),
                      QStringLiteral("LEVEL")});
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

// Nobody sees a dialog on the offscreen platform (tests, scripts): there stderr is enough.
bool canShowDialogs() { return QGuiApplication::platformName() != QLatin1String("offscreen"); }

bool wantsHeadless(int argc, char** argv) { return hasOption(argc, argv, {"--check", "--training-list"}); }

// The arguments as QCommandLineParser reads them (see normalizeTrainingArguments).
QStringList normalizedArguments(const QCoreApplication& app) { return normalizeTrainingArguments(app.arguments()); }

int listTrainingScenarios()
{
    QTextStream out(stdout);
    for (const QString& id : TrainingScenario::builtInIds()) {
        TrainingScenario s;
        QString error;
        if (TrainingScenario::load(id, &s, &error))
            out << id << "\t" << s.title << " — " << s.summary << Qt::endl;
        else
            out << id << "\t" << error << Qt::endl;
    }
    return 0;
}

// Extra certificate authorities from --ca-file; false (with a message) when unusable.
bool loadCaFile(const QCommandLineParser& parser, NetworkContext& net, QString* error)
{
    if (!parser.isSet(QStringLiteral("ca-file")))
        return true;
    const QString path = parser.value(QStringLiteral("ca-file"));
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QCoreApplication::translate("main", "No PEM certificate could be read from %1.").arg(path);
        return false;
    }
    net.extraCaCertificates = certs;
    return true;
}

// --log-level; false (with a message) for an unknown level.
bool applyLogLevel(const QCommandLineParser& parser, QString* error)
{
    const QString level = parser.value(QStringLiteral("log-level"));
    if (SessionLog::setLevel(level))
        return true;
    *error = QCoreApplication::translate("main", "Unknown log level \"%1\": use debug, info or warning.").arg(level);
    return false;
}

int runHeadlessCheck(QCoreApplication& app, const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = parser.value(QStringLiteral("check"));
    Session session;
    QString error;
    if (!SessionStore::load(path, &session, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    ProxySettings::load().apply(); // the proxy chosen in the window (the system's by default); no prompt here
    NetworkContext net;
    net.resolver = HostResolver::system();
    if (!loadCaFile(parser, net, &error) || !applyLogLevel(parser, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    // The PA API password: from the keychain, or (--password-stdin) from standard input, held
    // in memory for this run only and redacted from the log.
    KeychainSecretStore keychain;
    MemorySecretStore piped;
    net.secrets = &keychain;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        if (password.isEmpty()) {
            err << QCoreApplication::translate("main", "--password-stdin: standard input gave no password.") << Qt::endl;
            return 2;
        }
        SessionLog::addSecret(password.toUtf8());
        const PaApiConfig config = PaCredentials::configFrom(session);
        piped.write(PaCredentials::secretKey(config.login, config.endpoint), password.toUtf8(), &app,
                    [](const SecretStore::Result&) {});
        net.secrets = &piped;
    }
    if (!SessionLog::open(SessionLog::pathForSession(path), &error))
        err << error << Qt::endl; // the checks still run
    qCInfo(lcSession).noquote() << "--check" << path;
    HeadlessChecker checker(&session, &net);
    QObject::connect(&checker, &HeadlessChecker::finished, &app, [&app] { app.exit(0); });
    if (!checker.start(parser.value(QStringLiteral("stage")), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    app.exec();
    for (const QString& line : checker.report())
        out << line << Qt::endl;
    const QString target = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : path;
    if (!SessionStore::save(session, target, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    const int failures = checker.blockingFailures();
    out << QCoreApplication::translate("main", "%1 checks, %2 blocking failure(s); results recorded in %3")
               .arg(checker.results().size())
               .arg(failures)
               .arg(target)
        << Qt::endl;
    return failures > 0 ? 1 : 0;
}

void reportError(const QString& title, const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(message));
    if (canShowDialogs())
        QMessageBox::critical(nullptr, title, message);
}

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
        return runHeadlessCheck(app, parser);
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
            reportError(QCoreApplication::translate("main", "Unknown option value"), error);
            return 2;
        }
    }

    QSettings settings;
    // --lang, else the language chosen on the Start page, else the system's; with Qt's own translations.
    LanguageSetup::installPreferred(parser.value(QStringLiteral("lang")));
    QApplication::setApplicationDisplayName(appDisplayName()); // now in that language

    if (parser.isSet(QStringLiteral("review"))) { // a reviewer's window only: no session is opened
        KeychainSecretStore reviewerKeychain;
        ReviewDialog review(&reviewerKeychain);
        review.openReport(parser.value(QStringLiteral("review")));
        review.exec();
        return 0;
    }

    auto session = std::make_unique<Session>();
    SessionStore store;
    QString path;
    bool resumed = false;
    // Training: asked for, a resumed training session, or the first run on this computer (no
    // session at all): the lab shows the whole upgrade working without a PA installation.
    bool training = wantsTraining(parser);
    QString scenarioId = training ? trainingScenarioArgument(parser) : QString();
    if (!training && !parser.isSet(QStringLiteral("resume")) && !parser.isSet(QStringLiteral("new")) &&
        store.list().isEmpty()) {
        training = true;
        scenarioId = TrainingScenario::defaultId();
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "No session yet: starting in training mode (a "
                                                                    "simulated lab). Use --new for a real upgrade.")));
    }

    if (parser.isSet(QStringLiteral("resume"))) {
        path = parser.value(QStringLiteral("resume"));
        QString error;
        if (!SessionStore::load(path, session.get(), &error)) {
            reportError(QCoreApplication::translate("main", "Cannot resume the session"), error);
            return 2;
        }
        resumed = true;
    } else if (!parser.isSet(QStringLiteral("new")) && !training) {
        QList<SessionStore::Summary> offer;
        for (const SessionStore::Summary& s : store.list()) {
            if (!s.finished)
                offer.append(s);
        }
        if (!offer.isEmpty() && canShowDialogs()) {
            ResumeDialog dialog(offer);
            if (dialog.exec() != QDialog::Accepted)
                return 0;
            const QString chosen = dialog.selectedPath();
            if (!chosen.isEmpty()) {
                QString error;
                if (SessionStore::load(chosen, session.get(), &error)) {
                    path = chosen;
                    resumed = true;
                } else {
                    reportError(QCoreApplication::translate("main", "Cannot resume the session"),
                                error + QLatin1Char('\n') +
                                    QCoreApplication::translate("main", "A new session is started instead."));
                }
            }
        }
    }
    if (resumed && session->isTraining()) {
        training = true;
        scenarioId = session->field(Session::fieldTrainingScenario());
        if (scenarioId.isEmpty())
            scenarioId = TrainingScenario::defaultId();
    }
    std::unique_ptr<TrainingLab> lab;
    if (training) {
        QString error;
        lab = TrainingLab::start(scenarioId, session.get(), &error,
                                 resumed ? TrainingLab::SessionKind::Resumed : TrainingLab::SessionKind::New);
        if (!lab) {
            reportError(QCoreApplication::translate("main", "Cannot start the training lab"), error);
            return 2;
        }
    }
    if (path.isEmpty())
        path = store.pathFor(*session);
    {
        QString error;
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !SessionLog::open(SessionLog::pathForSession(path), &error))
            std::fprintf(stderr, "%s\n", qPrintable(error)); // the wizard works without a log file
        qCInfo(lcSession).noquote() << (resumed ? "resumed" : "new session") << path << "version" << appVersion();
    }

    AutoSaver saver(session.get(), path);
    bool warned = false;
    QObject::connect(&saver, &AutoSaver::saveFailed, [&warned](const QString& message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        if (!warned && canShowDialogs()) {
            warned = true;
            QMessageBox::warning(nullptr, QCoreApplication::translate("main", "The session could not be saved"),
                                 message);
        }
    });

    NetworkContext net;
    net.resolver = HostResolver::system();
    KeychainSecretStore keychain;
    net.secrets = &keychain;
    QString caError;
    if (!loadCaFile(parser, net, &caError)) {
        reportError(QCoreApplication::translate("main", "Cannot read the certificate authorities"), caError);
        return 2;
    }
    // A proxy that asks for a user name and password: a dialog, the answer kept in memory for this run.
    ProxyAuthPrompt proxyPrompt;
    net.proxyAuthenticator = proxyPrompt.authenticator();
    net.proxyCredentialsRefused = proxyPrompt.refusedHandler();
    UpgradeWizard wizard(session.get(), lab ? lab->networkContext() : &net);
    QObject::connect(&proxyPrompt, &ProxyAuthPrompt::credentialsEntered, &wizard, &UpgradeWizard::rerunChecks);
    wizard.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, [&] {
        settings.setValue(QStringLiteral("window/geometry"), wizard.saveGeometry());
        saver.flush();
    });
    QObject::connect(&wizard, &UpgradeWizard::trainingRequested, &app, [&](const QString& scenario) {
        // A new process with a fresh lab; this session is saved first and stays resumable.
        saver.flush();
        if (QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--training"), scenario}))
            wizard.close();
        else
            reportError(QCoreApplication::translate("main", "Cannot start the training lab"),
                        QCoreApplication::translate("main", "The wizard could not be started again. Run it with "
                                                            "--training %1.").arg(scenario));
    });
    wizard.show();
    if (resumed)
        wizard.resumeAtLastPage();
    const int rc = app.exec();
    saver.flush();
    if (lab)
        lab->stop();
    return rc;
}
