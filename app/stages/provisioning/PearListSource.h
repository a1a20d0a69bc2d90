#pragma once

#include "stages/provisioning/PearList.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace o365
{

class CaptureRecorder;

class ProcessRunner;

// Where the Provisioning Gateway Host's `pear list` comes from: the system's ssh, this
// computer, or text the engineer pasted. One source serves the checks of steps 2 and 3:
// a check asking while a run is under way joins it; a check that has not yet seen the
// latest result gets it without a new run; a check asking again (a re-run) starts a new one.
class PearListSource : public QObject
{
    Q_OBJECT
public:
    enum class Source { Ssh, Local, Pasted };
    struct Options {
        Source source = Source::Local;
        // Ssh: host and user are validated (see validateHost/validateUser); port 0 = ssh's default.
        QString host;
        QString user;
        int port = 0;
        int connectTimeoutSec = 10;
        QString identityFile;   // optional: -i FILE -o IdentitiesOnly=yes
        QString knownHostsFile; // optional: -o UserKnownHostsFile=FILE
        QString sshProgram = QStringLiteral("ssh");
        QString pearProgram = QStringLiteral("pear"); // Local
        QString pastedText;                           // Pasted
        int timeoutMs = 30000;                        // the process is killed after this
        CaptureRecorder* capture = nullptr;           // records the program, its arguments and its output
    };
    struct Fetch {
        bool ok = false; // list is the parsed output of a successful run
        bool timedOut = false;
        QString message; // what went wrong and what to do (empty when ok)
        QString detail;  // technical detail (ssh's stderr, exit code)
        PearList list;
        QJsonObject evidence; // source, host, command line, exit code, stderr excerpt
    };
    using Callback = std::function<void(const Fetch&)>;
    static constexpr int MaxResultAgeMs = 60000; // an older result is never handed out again

    explicit PearListSource(Options options, ProcessRunner* runner = nullptr, QObject* parent = nullptr);
    ~PearListSource() override;

    const Options& options() const { return m_options; }
    QString where() const; // "root@pgh.example", "this computer", "the pasted output"

    // Calls `done` once (possibly at once) unless cancel(consumer) is called first.
    void fetch(QObject* consumer, Callback done);
    // Stops waiting for `consumer`; the process is killed when nobody waits any more.
    void cancel(QObject* consumer);

    // Empty when acceptable, else why not. A host must be a DNS name or an IP address (never
    // starting with '-', no '@', spaces or ssh option syntax); a user a plain login name.
    static QString validateHost(const QString& host);
    static QString validateUser(const QString& user);
    // The ssh command line (program excluded); empty when host or user is refused.
    QStringList sshArguments() const;
    // pear's own arguments: list -c pear.php.net.
    static QStringList pearArguments();
    QString timeoutMessage(int timeoutMs) const;

    // Messages for a finished run (public for tests and the headless checker).
    Fetch judgeSsh(int exitCode, const QByteArray& out, const QByteArray& err) const;

private:
    void forget(QObject* consumer);
    void startRun();
    void deliver(const Fetch& fetch);
    Fetch fromOutput(const QByteArray& out, QJsonObject evidence, const QString& detail) const;
    QJsonObject baseEvidence() const;

    Options m_options;
    ProcessRunner* m_runner;
    QObject* m_runContext = nullptr; // deleted to drop (and kill) a run
    bool m_running = false;
    std::optional<Fetch> m_result;
    QElapsedTimer m_resultAge;
    QSet<QObject*> m_consumed;
    QHash<QObject*, Callback> m_waiting;
};

} // namespace o365
