#pragma once

#include "session/CheckResult.h"
#include "net/HostResolver.h"
#include "training/LabCertificateAuthority.h"
#include "net/NetworkContext.h"
#include "net/ProcessRunner.h"
#include "net/SecretStore.h"
#include "training/TrainingScenario.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>

#include <memory>

namespace o365 {

class CaptureReplay;
class LabHttpsServer;
class Session;
class TrainingPaApi;

// The training lab: a simulated PA installation inside the wizard's process, played for one
// scenario. On 127.0.0.1 only, on ephemeral ports: an HTTPS server per lab host (the gateway
// and dispatcher applications, the PA public API over XML-RPC), certificates from a lab CA made
// at start-up, host names mapped through a static resolver, and a provisioning host whose
// `pear list` comes from the scenario. The wizard's real checks run against it through the
// NetworkContext it hands out; no check knows it is in training.
class TrainingLab : public QObject
{
    Q_OBJECT
public:
    explicit TrainingLab(QObject* parent = nullptr);
    ~TrainingLab() override;

    // What start(idOrPath, …) does with the session it is given. A resumed session keeps what was
    // saved (the trainee's own entries); only a new one is filled in from the scenario.
    enum class SessionKind { New, Resumed };
    // Training mode in one call, for the wizard, the command line, the tests and the benchmarks:
    // loads the scenario `idOrPath` (a built-in id, a .json file, or a support bundle .zip whose
    // capture is replayed: CaptureReplay), starts its lab and, when
    // `session` is given, prepares it (a new one) and observes it. Null, with *error saying why,
    // when the id is unknown, the file unreadable or unusable, or the lab cannot listen.
    static std::unique_ptr<TrainingLab> start(const QString& idOrPath, Session* session, QString* error,
                                              SessionKind kind = SessionKind::New);

    // Starts every server of `scenario`. False, with *error, when something cannot be set up.
    bool start(const TrainingScenario& scenario, QString* error);
    void stop(); // closes every listening port and open connection
    bool isRunning() const;

    const TrainingScenario& scenario() const { return m_scenario; }
    // What the checks use: the lab resolver, the lab CA, the lab's pear, the lab PA password.
    const NetworkContext* networkContext() const { return &m_net; }
    NetworkContext* networkContext() { return &m_net; }
    QList<quint16> listeningPorts() const;

    // Fills a new session with what the scenario's engineer would have at hand (stamped TRAINING).
    void prepareSession(Session* session) const;
    // Plays the installation's side of the trainee's actions: once the bulk upgrade (PA
    // Application step 3) is confirmed, PA reports the instances at the package's version.
    void observe(Session* session);

    // The lab's IIS inventory of one gateway or dispatcher application, as IisInventory's
    // one-liner prints it on that host.
    static QString iisInventory(const TrainingScenario::WebApplication& app, bool gateway);
    static QString iisSiteName(bool gateway);

    // Where the check results differ from what the scenario expects: one line each; empty when all
    // match. A check the scenario does not name must not fail.
    static QStringList mismatches(const TrainingScenario& scenario, const QList<QPair<QString, CheckResult>>& results);

private:
    class LabProcessRunner;
    // A support bundle as the lab: its session, its capture's answers, its results as the expectations.
    bool startReplay(const QString& bundlePath, QString* error);
    void prepareReplaySession(Session* session, bool fresh) const;
    struct Host;
    bool addWebHost(const QString& host, QString* error);
    bool addPaApi(QString* error);

    TrainingScenario m_scenario;
    LabCertificateAuthority m_ca;
    StaticHostResolver m_resolver;
    MemorySecretStore m_secrets;
    std::unique_ptr<ProcessRunner> m_runner;
    NetworkContext m_net;
    QList<LabHttpsServer*> m_servers;
    QByteArray m_paPassword;
    std::shared_ptr<TrainingPaApi> m_api;
    std::unique_ptr<CaptureReplay> m_replay;
    QJsonObject m_replaySession; // the bundle's session.json
};

} // namespace o365
