#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Real PowerShell (pwsh 7.6, installed by scripts/pwsh.sh) for the tests: its own parser judges the
// lines the wizard generates, and the wizard's one-liners run in it against test modules shaped like
// the real ones (tests/support/ps/). Nothing is faked: without pwsh the tests fail, saying so.
namespace testsupport
{

struct PwshRun {
    bool finished = false; // started and ended within the time allowed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString problem; // why it did not finish
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// The pwsh found when the build was configured; empty when there was none.
QString pwshBinary();
// A file of tests/support/ps/.
QString psFile(const QString& name);
// Runs pwsh -NoProfile -NonInteractive with args (output as plain text, no colour), in workDir when
// given, with extra environment variables. Test code may block.
PwshRun runPwsh(const QStringList& args, const QString& workDir = QString(),
                const QProcessEnvironment& extraEnv = QProcessEnvironment(), int timeoutMs = 120000);
// Runs tests/support/ps/<script> with args.
PwshRun runPsScript(const QString& script, const QStringList& args, const QString& workDir = QString(),
                    const QProcessEnvironment& extraEnv = QProcessEnvironment());

} // namespace testsupport
