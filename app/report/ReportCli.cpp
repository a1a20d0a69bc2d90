#include "ReportCli.h"

#include "core/SessionLog.h"
#include "core/TerminalText.h"

#include "report/Report.h"
#include "report/ReportCountersignJob.h"
#include "report/ReportExportJob.h"
#include "report/ReportExporter.h"
#include "report/ReportSigner.h"
#include "report/ReportVerifier.h"
#include "report/SigningKey.h"
#include "report/TrustedKeys.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>

namespace o365
{

namespace
{

// Messages name files and quote what was read: each line is escaped (TerminalText) before it is
// printed. ReportVerifier::Result::toText() escapes its own lines (it knows where the fields are).
QString escapedLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = TerminalText::escaped(line);
    return lines.join(QLatin1Char('\n'));
}

void writeOut(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toLocal8Bit();
    fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    fflush(stream);
}

} // namespace

void addReportOptions(QCommandLineParser& parser, bool withStageAndOut)
{
    parser.addOption({QStringLiteral("export"),
                      QCoreApplication::translate("ReportCli", "Export the report of the session file SESSION."),
                      QStringLiteral("SESSION")});
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("ReportCli", "Report formats: json, html, pdf (repeat or separate with commas; "
                                                  "default all). The JSON is always written."),
         QStringLiteral("FORMAT")});
    if (withStageAndOut) {
        parser.addOption(
            {QStringLiteral("out"),
             QCoreApplication::translate("ReportCli", "Where the report goes: a folder (named files inside) or a file "
                                                      "base name. Default: the current folder."),
             QStringLiteral("PATH")});
        parser.addOption({QStringLiteral("stage"),
                          QCoreApplication::translate(
                              "ReportCli", "Export one stage only: start, gateway, dispatcher, provisioning, "
                                           "paapp, features or signoff."),
                          QStringLiteral("ID")});
    }
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("ReportCli", "With --export --out NAME: replace a report of that "
                                                               "name; its old signature and review files are removed "
                                                               "first. Without it, an existing report is never "
                                                               "overwritten.")});
    parser.addOption(
        {QStringLiteral("sign"),
         QCoreApplication::translate("ReportCli", "Sign the report with the engineer's key from the keychain "
                                                  "(created on first use).")});
    parser.addOption(
        {QStringLiteral("countersign"),
         QCoreApplication::translate("ReportCli", "Countersign a signed report as its reviewer (two-person sign-off): "
                                                  "writes REPORT.json.review.sig and REPORT.review.pub.pem with the "
                                                  "reviewer's key from the keychain. Needs --reviewer."),
         QStringLiteral("REPORT.json")});
    parser.addOption({QStringLiteral("reviewer"),
                      QCoreApplication::translate("ReportCli", "With --countersign: the reviewing engineer's name (whose "
                                                               "key is used)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("verify"),
         QCoreApplication::translate("ReportCli", "Verify a signed report (REPORT.json with its .sig and .pub.pem "
                                                  "beside it) against your trusted keys. Exit 0 valid and signed by "
                                                  "trusted keys, 1 invalid, 2 unreadable, 3 the signatures hold but "
                                                  "a key is not trusted."),
         QStringLiteral("REPORT.json")});
    parser.addOption(
        {QStringLiteral("public-key"),
         QCoreApplication::translate("ReportCli", "Print the trusted-keys line (public key and name) of NAME's report "
                                                  "signing key from the keychain, created on first use, for the "
                                                  "team's trusted-keys file."),
         QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("trust"),
         QCoreApplication::translate("ReportCli", "With --verify, --countersign or --review: the trusted-keys FILE "
                                                  "(lines of \"KEY NAME\"); default %1.")
             .arg(QDir::toNativeSeparators(TrustedKeys::activePath())),
         QStringLiteral("FILE")});
}

bool wantsReportCli(const QStringList& args)
{
    for (const QString& a : args) {
        for (const char* name : {"--export", "--verify", "--countersign", "--public-key", "-export", "-verify",
                                 "-countersign", "-public-key"}) {
            const QString n = QString::fromLatin1(name);
            if (a == n || a.startsWith(n + QLatin1Char('=')))
                return true;
        }
    }
    return false;
}

// The reviewer countersigns only a report whose own signature holds (ReportCountersignJob).
int runCountersign(QCoreApplication& app, const QString& jsonPath, const QString& reviewer, const QString& trustPath,
                   SecretStore* secrets)
{
    if (reviewer.trimmed().isEmpty()) {
        writeOut(stderr, QCoreApplication::translate("ReportCli", "Give the reviewer's name with --reviewer NAME.\n"));
        return 2;
    }
    int exitCode = 1;
    ReportCountersignJob job(secrets);
    QObject::connect(&job, &ReportCountersignJob::finished, &app,
                     [&app, &exitCode, reviewer](const ReportCountersignJob::Outcome& o) {
                         exitCode = o.exitCode;
                         if (o.exitCode != 0) {
                             writeOut(stderr, escapedLines(o.error) + QLatin1Char('\n'));
                         } else {
                             for (const QString& f : o.files)
                                 writeOut(stdout, QDir::toNativeSeparators(f) + QLatin1Char('\n'));
                             writeOut(stdout, QCoreApplication::translate("ReportCli",
                                                                          "Countersigned by %1, key fingerprint %2\n")
                                                  .arg(reviewer.trimmed(), o.fingerprint));
                         }
                         app.exit(exitCode);
                     });
    job.start({jsonPath, reviewer, {}, trustPath});
    app.exec();
    return exitCode;
}

// The line a team lead adds to the trusted-keys file; the fingerprint to read out over the phone.
int runPublicKey(QCoreApplication& app, const QString& name, SecretStore* secrets)
{
    if (name.trimmed().isEmpty()) {
        writeOut(stderr, QCoreApplication::translate("ReportCli", "Give the engineer's name: --public-key NAME.\n"));
        return 2;
    }
    int exitCode = 1;
    SigningKey::obtain(secrets, name.trimmed(), &app, [&app, &exitCode, name](const SigningKey::Result& key) {
        if (!key.ok()) {
            writeOut(stderr, escapedLines(key.error) + QLatin1Char('\n'));
        } else {
            exitCode = 0;
            writeOut(stdout, TrustedKeys::lineFor(key.signer, name) + QLatin1Char('\n'));
            if (key.created)
                writeOut(stderr, QCoreApplication::translate("ReportCli", "A new signing key was created and stored "
                                                                          "in the keychain.\n"));
            writeOut(stderr, QCoreApplication::translate("ReportCli", "Key fingerprint (SHA-256): %1\nAdd the line above "
                                                                      "to the team's trusted-keys file (yours: %2).\n")
                                 .arg(key.signer.fingerprint(), QDir::toNativeSeparators(TrustedKeys::activePath())));
        }
        app.exit(exitCode);
    });
    app.exec();
    return exitCode;
}

int runReportCli(QCoreApplication& app, const QCommandLineParser& parser, SecretStore* secrets)
{
    if (parser.isSet(QStringLiteral("public-key")))
        return runPublicKey(app, parser.value(QStringLiteral("public-key")), secrets);
    if (parser.isSet(QStringLiteral("verify"))) {
        TrustedKeys trusted;
        QString error;
        if (!TrustedKeys::loadForVerification(parser.value(QStringLiteral("trust")), &trusted, &error)) {
            writeOut(stderr, escapedLines(error) + QLatin1Char('\n'));
            return ReportVerifier::Unreadable;
        }
        const ReportVerifier::Result r = ReportVerifier::verify(parser.value(QStringLiteral("verify")), trusted);
        writeOut(r.exitCode == ReportVerifier::Unreadable ? stderr : stdout, r.toText());
        return r.exitCode;
    }
    if (parser.isSet(QStringLiteral("countersign")))
        return runCountersign(app, parser.value(QStringLiteral("countersign")), parser.value(QStringLiteral("reviewer")),
                              parser.value(QStringLiteral("trust")),
                              secrets);
    if (!parser.isSet(QStringLiteral("export"))) {
        writeOut(stderr, QCoreApplication::translate("ReportCli", "Nothing to do: give --export SESSION or --verify "
                                                                  "REPORT.json.\n"));
        return 2;
    }
    ReportCli::Request request;
    request.sessionPath = parser.value(QStringLiteral("export"));
    request.formats = parser.values(QStringLiteral("format"));
    request.out = parser.value(QStringLiteral("out"));
    request.stage = parser.value(QStringLiteral("stage"));
    request.sign = parser.isSet(QStringLiteral("sign"));
    request.force = parser.isSet(QStringLiteral("force"));
    ReportCli cli(secrets);
    int exitCode = 0;
    QObject::connect(&cli, &ReportCli::finished, &app, [&app, &exitCode](int code) {
        exitCode = code;
        app.exit(code);
    });
    QTimer::singleShot(0, &cli, [&cli, request] { cli.start(request); });
    app.exec();
    return exitCode;
}

ReportCli::ReportCli(SecretStore* secrets, QObject* parent) : QObject(parent), m_secrets(secrets) {}

void ReportCli::print(const QString& text)
{
    m_output += text;
    writeOut(stdout, text);
}

void ReportCli::fail(int code, const QString& message)
{
    m_errors += message + QLatin1Char('\n');
    writeOut(stderr, escapedLines(message) + QLatin1Char('\n'));
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

void ReportCli::start(const Request& request)
{
    if (request.formats.join(QLatin1Char(',')).contains(QLatin1String("pdf")) || request.formats.isEmpty()) {
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
            return fail(2, tr("A PDF needs the graphical application object; run with QT_QPA_PLATFORM=offscreen or "
                              "choose --format json,html."));
    }
    QString error;
    m_session = new Session(nullptr, this);
    if (!SessionStore::load(request.sessionPath, m_session, &error))
        return fail(2, error);
    auto* job = new ReportExportJob(m_session, m_secrets, this);
    connect(job, &ReportExportJob::finished, this, [this](const ReportExportJob::Outcome& o) {
        if (o.exitCode != 0)
            return fail(o.exitCode, o.error);
        if (o.keyCreated)
            print(tr("A new signing key was created and stored in the keychain.\n"));
        for (const QString& f : o.result.files)
            print(QDir::toNativeSeparators(f) + QLatin1Char('\n'));
        print(tr("SHA-256 of the JSON: %1\n").arg(o.result.seal.jsonSha256));
        print(o.result.seal.isSigned() ? tr("Signed, key fingerprint: %1\n").arg(o.result.seal.fingerprint)
                                       : tr("Not signed.\n"));
        Q_EMIT finished(0);
    });
    ReportExportJob::Request r;
    r.formats = request.formats;
    r.out = request.out;
    r.stage = request.stage;
    r.sign = request.sign;
    r.force = request.force;
    r.logFile = SessionLog::pathForSession(request.sessionPath); // named in the report when it exists
    job->start(r);
}

} // namespace o365
