#include "WizardProcess.h"

#include <QProcess>
#include <QSignalSpy>

WizardRun runWizard(const QString& binary, const QStringList& args, const QByteArray& input, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QSignalSpy done(&p, &QProcess::finished);
    QSignalSpy failed(&p, &QProcess::errorOccurred);
    p.start(binary, args);
    WizardRun r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!done.wait(timeoutMs)) {
        p.kill();
        done.wait(5000);
        r.err = QStringLiteral("runWizard: %1 did not end within %2 ms (%3)").arg(binary).arg(timeoutMs).arg(p.errorString());
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
