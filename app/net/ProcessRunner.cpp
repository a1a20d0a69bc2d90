#include "ProcessRunner.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

namespace o365
{

ProcessRunner::~ProcessRunner() = default;

ProcessRunner* ProcessRunner::system()
{
    static QProcessRunner runner;
    return &runner;
}

namespace
{

struct Job {
    ProcessRunner::Result result;
    ProcessRunner::Callback done;
    QPointer<QObject> context;
    bool hasContext = false;
    bool delivered = false;
};

void killProcess(QProcess* process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL); // the child leads its own process group
#endif
    process->kill();
}

void append(QByteArray& buffer, const QByteArray& chunk, bool& truncated)
{
    const qint64 room = ProcessRunner::MaxOutputBytes - buffer.size();
    if (chunk.size() > room) {
        truncated = true;
        if (room > 0)
            buffer.append(chunk.left(room));
    } else {
        buffer.append(chunk);
    }
}

} // namespace

void QProcessRunner::start(const QString& program, const QStringList& arguments, const QByteArray& stdinBytes,
                           int timeoutMs, QObject* context, Callback done)
{
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    job->context = context;
    job->hasContext = context != nullptr;

    QString resolved = program;
    if (m_hasEnvironment && !program.contains(QLatin1Char('/')) && m_environment.contains(QStringLiteral("PATH"))) {
        const QStringList path =
            m_environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
        const QString found = QStandardPaths::findExecutable(program, path);
        if (!found.isEmpty())
            resolved = found;
    }
    job->result.program = resolved;

    auto* process = new QProcess; // deletes itself once the child has ended: never blocks
    process->setProgram(resolved);
    process->setArguments(arguments);
    // TERM=dumb for every child: nothing the wizard runs (ssh, pear) needs a terminal, and what it
    // prints is read, so it must not be dressed for one (pear's bold headings).
    QProcessEnvironment environment = m_hasEnvironment ? m_environment : QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
    process->setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    process->setChildProcessModifier([] { ::setsid(); });
#endif

    auto deliver = [job, process]() {
        if (job->delivered)
            return;
        job->delivered = true;
        process->deleteLater();
        if (job->hasContext && !job->context)
            return;
        if (job->done)
            job->done(job->result);
    };

    QObject::connect(process, &QProcess::readyReadStandardOutput, process, [job, process] {
        append(job->result.standardOutput, process->readAllStandardOutput(), job->result.truncated);
    });
    QObject::connect(process, &QProcess::readyReadStandardError, process, [job, process] {
        append(job->result.standardError, process->readAllStandardError(), job->result.truncated);
    });
    QObject::connect(process, &QProcess::started, process, [process, stdinBytes] {
        if (!stdinBytes.isEmpty())
            process->write(stdinBytes);
        process->closeWriteChannel();
    });
    QObject::connect(process, &QProcess::errorOccurred, process, [job, process, deliver](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return; // the end of a started process is reported by finished()
        job->result.failedToStart = true;
        job->result.errorString = process->errorString();
        deliver();
    });
    QObject::connect(process, &QProcess::finished, process,
                     [job, process, deliver](int exitCode, QProcess::ExitStatus status) {
                         append(job->result.standardOutput, process->readAllStandardOutput(), job->result.truncated);
                         append(job->result.standardError, process->readAllStandardError(), job->result.truncated);
                         job->result.exitCode = status == QProcess::NormalExit ? exitCode : -1;
                         job->result.crashed = status == QProcess::CrashExit && !job->result.timedOut;
                         deliver();
                     });
    if (timeoutMs > 0) {
        auto* timer = new QTimer(process);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, process, [job, process] {
            if (process->state() == QProcess::NotRunning)
                return;
            job->result.timedOut = true;
            killProcess(process);
        });
        timer->start(timeoutMs);
    }
    if (context) {
        QObject::connect(context, &QObject::destroyed, process, [job, process] {
            job->done = nullptr;
            if (process->state() != QProcess::NotRunning)
                killProcess(process);
        });
    }
    process->start();
}

} // namespace o365
