#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace o365
{

// Runs an external program asynchronously, as the checks see it. The callback is called
// once, later, in the caller's thread, unless `context` is destroyed first: destroying the
// context stops the process (this is how a check's abort() drops a running program).
// Tests replace the runner, or give the system runner an environment whose PATH puts a
// fake program first.
class ProcessRunner
{
public:
    struct Result {
        int exitCode = -1;
        bool failedToStart = false; // program not found or not executable
        bool crashed = false;       // ended by a signal it was not sent by the timeout
        bool timedOut = false;      // killed by the runner after timeoutMs
        bool truncated = false;     // stdout or stderr went over MaxOutputBytes; the rest was dropped
        QByteArray standardOutput;
        QByteArray standardError;
        QString errorString; // QProcess's text for a failure to start
        QString program;     // the program as resolved
    };
    using Callback = std::function<void(const Result&)>;
    static constexpr qint64 MaxOutputBytes = 1024 * 1024; // per stream

    virtual ~ProcessRunner();

    // stdinBytes are written, then stdin is closed. timeoutMs <= 0: no timeout.
    virtual void start(const QString& program, const QStringList& arguments, const QByteArray& stdinBytes,
                       int timeoutMs, QObject* context, Callback done) = 0;

    static ProcessRunner* system();
};

// The QProcess implementation, driven by its signals only. On Unix each child runs in a
// session of its own (no controlling terminal, so nothing can prompt for a password), and
// a timeout or a destroyed context kills its whole process group.
class QProcessRunner : public ProcessRunner
{
public:
    // The environment of every child (default: this process's). When it sets PATH, a
    // program named without a '/' is looked up in that PATH.
    void setEnvironment(const QProcessEnvironment& environment)
    {
        m_environment = environment;
        m_hasEnvironment = true;
    }

    void start(const QString& program, const QStringList& arguments, const QByteArray& stdinBytes, int timeoutMs,
               QObject* context, Callback done) override;

private:
    QProcessEnvironment m_environment;
    bool m_hasEnvironment = false;
};

} // namespace o365
