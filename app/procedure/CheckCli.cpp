#include "CheckCli.h"

#include "core/BoundedFile.h"
#include "core/PrivateFile.h"
#include "core/QuitSignals.h"
#include "core/SecretMemory.h"
#include "core/SessionLog.h"
#include "core/TerminalText.h"
#include "net/CaptureRecorder.h"
#include "net/HostResolver.h"
#include "net/NetworkContext.h"
#include "net/ProxySettings.h"
#include "net/SecretStore.h"
#include "paapi/PaCredentials.h"
#include "procedure/HeadlessChecker.h"
#include "procedure/SupportBundle.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <chrono>

namespace o365 {

namespace {

// Every check has its own timeout (at most tens of seconds) and all scopes run at once, so a run
// that lasts minutes is broken: the watchdog makes sure --check always ends.
constexpr int kDefaultCheckTimeoutSeconds = 300;
constexpr int kMaxCheckTimeoutSeconds = 24 * 3600;

bool checkTimeout(const QCommandLineParser& parser, int* seconds, QString* error)
{
    *seconds = kDefaultCheckTimeoutSeconds;
    if (!parser.isSet(QStringLiteral("timeout")))
        return true;
    bool ok = false;
    const QString text = parser.value(QStringLiteral("timeout"));
    *seconds = text.toInt(&ok);
    if (ok && *seconds >= 1 && *seconds <= kMaxCheckTimeoutSeconds)
        return true;
    *error = QCoreApplication::translate("main", "--timeout \"%1\" is not a number of seconds from 1 to %2.")
                 .arg(text)
                 .arg(kMaxCheckTimeoutSeconds);
    return false;
}

} // namespace

void addCheckOptions(QCommandLineParser& parser)
{
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
    parser.addOption({QStringLiteral("allow-plain-http"),
                      QCoreApplication::translate("main", "With --check: agree that the PA API password goes to HOST "
                                                          "over plain http (unencrypted), as the session's PA API "
                                                          "address says; recorded in the session and the report. "
                                                          "Without it, the PA API checks of a plain-http address on "
                                                          "another machine do not run."),
                      QStringLiteral("HOST")});
    parser.addOption({QStringLiteral("timeout"),
                      QCoreApplication::translate("main", "With --check: give up after SECONDS (default %1) when "
                                                          "checks are still running, print what ended and what did "
                                                          "not, record what ended, and exit with 2.")
                          .arg(kDefaultCheckTimeoutSeconds),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("capture"),
                      QCoreApplication::translate("main", "With --check, or the window: write a support bundle to "
                                                          "FILE.zip at the end — the session, its log, every PA API "
                                                          "request and answer, HTTPS answers with their certificates, "
                                                          "DNS answers, the programs run and the pasted outputs; "
                                                          "never a password."),
                      QStringLiteral("FILE.zip")});
    parser.addOption({QStringLiteral("log-level"),
                      QCoreApplication::translate("main", "What the session's log file records: debug, info "
                                                          "(default) or warning."),
                      QStringLiteral("LEVEL")});
}

bool loadCaFile(const QCommandLineParser& parser, NetworkContext& net, QString* error)
{
    if (!parser.isSet(QStringLiteral("ca-file")))
        return true;
    const QString path = parser.value(QStringLiteral("ca-file"));
    constexpr qint64 kMaxCaFile = 8 * 1024 * 1024; // a whole system bundle is a few hundred KB
    const BoundedFile::Result file = BoundedFile::read(path, kMaxCaFile);
    if (!file.ok()) {
        *error = file.message;
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromData(file.bytes, QSsl::Pem);
    if (certs.isEmpty()) {
        *error = QCoreApplication::translate("main", "No PEM certificate could be read from %1.").arg(path);
        return false;
    }
    net.extraCaCertificates = certs;
    return true;
}

// --allow-plain-http HOST records the engineer's word for the session's own plain-http PA host;
// a host that is not the session's, or an address that is not plain http, is a mistake to report.
bool applyPlainHttp(const QCommandLineParser& parser, Session& session, QString* error)
{
    if (!parser.isSet(QStringLiteral("allow-plain-http")))
        return true;
    const QString host = parser.value(QStringLiteral("allow-plain-http")).trimmed();
    const PaApiConfig pa = PaCredentials::configFrom(session);
    if (!pa.sendsPasswordInClear()) {
        *error = QCoreApplication::translate("main", "--allow-plain-http %1: the session's PA API address (%2) is not "
                                                     "plain http to another machine, so there is nothing to agree to.")
                     .arg(host, pa.endpoint.toString(QUrl::RemoveUserInfo));
        return false;
    }
    if (host.compare(pa.endpoint.host(), Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("main", "--allow-plain-http %1: the session's PA API host is %2; the "
                                                     "agreement is given for that host by name.")
                     .arg(host, pa.endpoint.host());
        return false;
    }
    session.acknowledgePlainHttp(pa.endpoint.host());
    return true;
}

bool applyLogLevel(const QCommandLineParser& parser, QString* error)
{
    const QString level = parser.value(QStringLiteral("log-level"));
    if (SessionLog::setLevel(level))
        return true;
    *error = QCoreApplication::translate("main", "Unknown log level \"%1\": use debug, info or warning.").arg(level);
    return false;
}

int runCheckCli(QCoreApplication& app, const QCommandLineParser& parser)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString path = parser.value(QStringLiteral("check"));
    Session session;
    QString error;
    if (!SessionStore::load(path, &session, &error)) {
        err << TerminalText::escaped(error) << Qt::endl;
        return 2;
    }
    ProxySettings::load().apply(); // the proxy chosen in the window (the system's by default); no prompt here
    NetworkContext net;
    net.resolver = HostResolver::system();
    // --capture: what the run sees is recorded, and written as a support bundle at the end.
    CaptureRecorder capture;
    const QString capturePath = parser.value(QStringLiteral("capture"));
    if (parser.isSet(QStringLiteral("capture"))) {
        if (capturePath.isEmpty() || !PrivateFile::checkTarget(capturePath, &error)) {
            err << TerminalText::escaped(capturePath.isEmpty()
                                             ? QCoreApplication::translate("main", "--capture needs a file name.")
                                             : error)
                << Qt::endl;
            return 2;
        }
        net.capture = &capture;
        net.resolver = capture.recordingResolver(HostResolver::system());
    }
    // The support bundle, once the run has ended however it ended; false (said) when it was not written.
    const auto writeBundle = [&]() {
        if (!net.capture)
            return true;
        QString bundleError;
        if (!SupportBundle::write(capturePath, session, SessionLog::path(), &capture, &bundleError)) {
            err << TerminalText::escaped(bundleError) << Qt::endl;
            return false;
        }
        err << TerminalText::escaped(QCoreApplication::translate("main", "Support bundle written to %1 (%n exchange(s) "
                                                                         "recorded).",
                                                                 nullptr, capture.entryCount())
                                         .arg(capturePath))
            << Qt::endl;
        return true;
    };
    int timeoutSeconds = 0;
    if (!loadCaFile(parser, net, &error) || !applyLogLevel(parser, &error) ||
        !checkTimeout(parser, &timeoutSeconds, &error) || !applyPlainHttp(parser, session, &error)) {
        err << TerminalText::escaped(error) << Qt::endl;
        return 2;
    }
    const PaApiConfig paApi = PaCredentials::configFrom(session);
    if (paApi.isConfigured() && paApi.sendsPasswordInClear())
        err << TerminalText::escaped(QCoreApplication::translate("main", "Warning: %1")
                                         .arg(PaApiClient::plainHttpWarning(paApi)))
            << Qt::endl;
    // The PA API password: from the keychain, or (--password-stdin) from standard input, held
    // in memory for this run only and redacted from the log.
    KeychainSecretStore keychain;
    MemorySecretStore piped;
    net.secrets = &keychain;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        QString password = in.readLine();
        const auto wipe = qScopeGuard([&password] { SecretMemory::wipe(password); });
        if (password.isEmpty()) {
            err << QCoreApplication::translate("main", "--password-stdin: standard input gave no password.") << Qt::endl;
            return 2;
        }
        SessionLog::addSecret(password.toUtf8());
        piped.write(PaCredentials::secretKey(paApi.login, paApi.endpoint), password.toUtf8(), &app,
                    [](const SecretStore::Result&) {});
        net.secrets = &piped;
    }
    if (!SessionLog::open(SessionLog::pathForSession(path), &error))
        err << TerminalText::escaped(error) << Qt::endl; // the checks still run
    qCInfo(lcSession).noquote() << "--check" << path;
    HeadlessChecker checker(&session, &net);
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QStringList stillRunning;
    QObject::connect(&checker, &HeadlessChecker::finished, &app, [&app] { app.exit(0); });
    QObject::connect(&watchdog, &QTimer::timeout, &app, [&] {
        stillRunning = checker.stillRunning();
        app.exit(2);
    });
    // SIGTERM / SIGHUP / Ctrl+C: end like the watchdog — print and record what ended.
    int interruptedBy = 0;
    QuitSignals quitSignals([&](int signalNumber) {
        interruptedBy = signalNumber;
        stillRunning = checker.stillRunning();
        app.exit(2);
    });
    if (!checker.start(parser.value(QStringLiteral("stage")), &error)) {
        err << TerminalText::escaped(error) << Qt::endl;
        return 2;
    }
    watchdog.start(std::chrono::seconds(timeoutSeconds));
    const bool gaveUp = app.exec() == 2;
    for (const QString& line : checker.report())
        out << line << Qt::endl;
    const QString target = parser.isSet(QStringLiteral("out")) ? parser.value(QStringLiteral("out")) : path;
    const bool saved = SessionStore::save(session, target, &error);
    const bool bundled = writeBundle();
    if (gaveUp) {
        const QString running = stillRunning.isEmpty() ? QCoreApplication::translate("main", "(none reported)")
                                                       : stillRunning.join(QStringLiteral(", "));
        if (interruptedBy) {
            qCWarning(lcSession).noquote() << "--check interrupted by" << QuitSignals::name(interruptedBy) << ":"
                                           << stillRunning.join(u", ");
            err << QCoreApplication::translate("main", "--check was interrupted (%1) with checks still running: %2.")
                       .arg(QuitSignals::name(interruptedBy), running)
                << Qt::endl;
        } else {
            qCWarning(lcSession).noquote() << "--check gave up after" << timeoutSeconds << "s:" << stillRunning.join(u", ");
            err << QCoreApplication::translate("main", "--check gave up after %1 s with checks still running: %2. "
                                                       "Check that the hosts answer, or allow more time with --timeout.")
                       .arg(timeoutSeconds)
                       .arg(running)
                << Qt::endl;
        }
        err << TerminalText::escaped(saved ? QCoreApplication::translate("main", "The checks that ended are recorded in %1.")
                                                 .arg(target)
                                           : error)
            << Qt::endl;
        return 2;
    }
    if (!saved) {
        err << TerminalText::escaped(
                   QCoreApplication::translate("main", "The results of this run were NOT saved: %1").arg(error))
            << Qt::endl;
        return 2;
    }
    if (!bundled)
        return 2;
    const int failures = checker.blockingFailures();
    out << QCoreApplication::translate("main", "%1 checks, %2 blocking failure(s); results recorded in %3")
               .arg(checker.results().size())
               .arg(failures)
               .arg(target)
        << Qt::endl;
    return failures > 0 ? 1 : 0;
}

} // namespace o365
