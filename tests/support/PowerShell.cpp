#include "PowerShell.h"

#include <QDir>
#include <QProcess>

namespace testsupport
{

QString pwshBinary() { return QStringLiteral(PWSH_BINARY); }

QString psFile(const QString& name) { return QDir(QStringLiteral(PS_SUPPORT_DIR)).filePath(name); }

PwshRun runPwsh(const QStringList& args, const QString& workDir, const QProcessEnvironment& extraEnv, int timeoutMs)
{
    PwshRun run;
    if (pwshBinary().isEmpty()) {
        run.problem = QStringLiteral("pwsh was not found when the build was configured: run scripts/pwsh.sh "
                                     "(PowerShell 7.6.10 as a .NET tool), then configure again");
        return run;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("POWERSHELL_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    env.insert(QStringLiteral("POWERSHELL_UPDATECHECK"), QStringLiteral("Off"));
    env.insert(QStringLiteral("DOTNET_CLI_TELEMETRY_OPTOUT"), QStringLiteral("1"));
    for (const QString& k : extraEnv.keys())
        env.insert(k, extraEnv.value(k));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(pwshBinary(), QStringList{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive")} + args);
    if (!p.waitForStarted(30000)) {
        run.problem = QStringLiteral("pwsh did not start: %1").arg(p.errorString());
        return run;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        run.problem = QStringLiteral("pwsh did not end within %1 ms").arg(timeoutMs);
        return run;
    }
    run.finished = true;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

PwshRun runPsScript(const QString& script, const QStringList& args, const QString& workDir,
                    const QProcessEnvironment& extraEnv)
{
    return runPwsh(QStringList{QStringLiteral("-File"), psFile(script)} + args, workDir, extraEnv);
}

} // namespace testsupport
