// crashresume_child SESSION REPORT_DIR TOTAL — the scripted run that tst_crashresume kills.
// Opens SESSION (or starts it), reads how far the script got (the field crashresume.progress), and
// applies the changes after that up to TOTAL (CrashResumeScript.h), flushing the AutoSaver after each.
// Every few changes it also runs the gateway's local checks and records their results, or exports a
// report (JSON, HTML, PDF) to REPORT_DIR. It says on stdout where it is, one line each, flushed:
//   resumed K | checking K | exporting K | saving K | saved K | done
// A session that cannot be opened: "load-failed MESSAGE", exit 3.

#include "session/CrashResumeScript.h"

#include "session/AutoSaver.h"
#include "checks/Check.h"
#include "procedure/Procedure.h"
#include "stages/gateway/GatewayStage.h"
#include "checks/CheckRunner.h"
#include "core/Clock.h"
#include "report/Report.h"
#include "report/ReportExporter.h"
#include "session/Session.h"
#include "session/SessionStore.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>

#include <cstdio>

using namespace o365;

namespace
{

void say(const char* what, int k = -1)
{
    if (k < 0)
        printf("%s\n", what);
    else
        printf("%s %d\n", what, k);
    fflush(stdout);
}

void runChecks(Session& session, int k)
{
    const QString scope = Session::gatewayScope(QStringLiteral("gw1"));
    CheckRunner runner;
    for (Check* check : Procedure::instance().gateway().createChecks(session, scope, nullptr, nullptr))
        runner.addCheck(check);
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::checkFinished, &session,
                     [&](const CheckResult& r) { session.setCheckResult(scope, r.stepId, r); });
    QObject::connect(&runner, &CheckRunner::allFinished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.isRunning())
        loop.exec();
    session.setField(QStringLiteral("crashresume.checks"), QString::number(k));
}

void exportReport(const Session& session, const QString& dir)
{
    QString error;
    const Report report = Report::fromSession(session, {}, &error);
    ReportExporter::Options options;
    options.out = dir;
    const ReportExporter::Result r = ReportExporter::exportReport(report, options, nullptr, QStringLiteral("test run"));
    if (!r.ok)
        fprintf(stderr, "export failed: %s\n", qPrintable(r.error));
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 4) {
        fprintf(stderr, "usage: crashresume_child SESSION REPORT_DIR TOTAL\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString reportDir = QString::fromLocal8Bit(argv[2]);
    const int total = atoi(argv[3]);

    Session session;
    int done = 0;
    if (QFileInfo::exists(path)) {
        QString error;
        if (!SessionStore::load(path, &session, &error)) {
            printf("load-failed %s\n", qPrintable(error));
            return 3;
        }
        done = session.field(crashresume::progressField()).toInt();
    } else {
        session.setField(Session::fieldCustomer(), QStringLiteral("Crash Test Ltd"));
        session.setField(Session::fieldCase(), QStringLiteral("CR-1"));
        session.setField(Session::fieldEngineer(), QStringLiteral("Erin Engineer"));
        const QString gw = Session::gatewayScope(QStringLiteral("gw1"));
        session.setValue(gw, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
                         QStringLiteral("https://gw.example.com/O365Gateway/HTTPEndpoint.aspx"));
        session.setValue(gw, QStringLiteral("gateway.1g"), QStringLiteral("ipAddress"), QStringLiteral("203.0.113.10"));
        if (!SessionStore::save(session, path)) {
            say("save-failed");
            return 3;
        }
    }
    say("resumed", done);

    AutoSaver saver(&session, path, 300);
    for (int k = done + 1; k <= total; ++k) {
        crashresume::apply(session, k);
        if (k % crashresume::checkEvery == 0) {
            say("checking", k);
            runChecks(session, k);
        }
        if (k % crashresume::exportEvery == 0) {
            say("exporting", k);
            exportReport(session, reportDir);
        }
        say("saving", k);
        if (!saver.flush()) {
            say("save-failed", k);
            return 3;
        }
        say("saved", k);
    }
    say("done");
    return 0;
}
