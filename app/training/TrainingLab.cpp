#include "TrainingLab.h"

#include "stages/application/IisInventory.h"
#include "stages/provisioning/PearListSource.h"

#include "procedure/SupportBundle.h"
#include "session/SessionJson.h"
#include "training/CaptureReplay.h"
#include "training/LabHttpsServer.h"
#include "paapi/PaCredentials.h"
#include "session/Session.h"
#include "training/TrainingPaApi.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTimer>

namespace o365 {

// `ssh … pgh.lab.example pear list` answered by the lab's provisioning host after a short,
// realistic delay; anything else as an unreachable host or a missing program would be.
class TrainingLab::LabProcessRunner : public ProcessRunner
{
public:
    explicit LabProcessRunner(const TrainingScenario* scenario) : m_scenario(scenario) {}

    void start(const QString& program, const QStringList& arguments, const QByteArray&, int, QObject* context,
               Callback done) override
    {
        Result r;
        r.program = program;
        const bool ssh = program == QLatin1String("ssh") || program.endsWith(QLatin1String("/ssh"));
        const int dash = arguments.indexOf(QStringLiteral("--"));
        const QString host = dash >= 0 ? arguments.value(dash + 1) : QString();
        const QStringList command = dash >= 0 ? arguments.mid(dash + 2) : QStringList();
        if (ssh && host.compare(m_scenario->provisioningHost, Qt::CaseInsensitive) == 0 &&
            command == QStringList{QStringLiteral("env"), QStringLiteral("TERM=dumb"), QStringLiteral("pear")} +
                           PearListSource::pearArguments()) {
            r.exitCode = 0;
            r.standardOutput = m_scenario->pearList.toUtf8();
        } else if (ssh) {
            r.exitCode = 255;
            r.standardError = QStringLiteral("ssh: Could not resolve hostname %1: Name or service not known\n")
                                  .arg(host)
                                  .toUtf8();
        } else {
            r.failedToStart = true;
            r.errorString = QStringLiteral("execvp: No such file or directory (the training lab's provisioning "
                                           "host is %1: use ssh)")
                                .arg(m_scenario->provisioningHost);
        }
        QTimer::singleShot(400, context, [done, r] { done(r); });
    }

private:
    const TrainingScenario* m_scenario;
};

TrainingLab::TrainingLab(QObject* parent) : QObject(parent)
{
    m_net.resolver = &m_resolver;
    m_net.secrets = &m_secrets;
    m_net.dnsTimeoutMs = 3000;
    m_net.httpTimeoutMs = 5000; // the hanging endpoint shows within seconds
}

TrainingLab::~TrainingLab() { stop(); }

std::unique_ptr<TrainingLab> TrainingLab::start(const QString& idOrPath, Session* session, QString* error,
                                                SessionKind kind)
{
    auto lab = std::make_unique<TrainingLab>();
    QString why;
    if (idOrPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        if (!lab->startReplay(idOrPath, &why)) {
            *error = QCoreApplication::translate("main", "The training lab could not start: %1").arg(why);
            return nullptr;
        }
        if (session)
            lab->prepareReplaySession(session, kind == SessionKind::New);
        return lab;
    }
    TrainingScenario scenario;
    if (!TrainingScenario::load(idOrPath, &scenario, error))
        return nullptr; // the message already names the id or the file, and what is wrong with it
    if (!lab->start(scenario, &why)) {
        // A socket's or OpenSSL's words alone do not say it was the lab. The "main" context keeps the
        // wording --training --check has always printed, and its translations.
        *error = QCoreApplication::translate("main", "The training lab could not start: %1").arg(why);
        return nullptr;
    }
    if (session) {
        if (kind == SessionKind::New)
            lab->prepareSession(session);
        lab->observe(session);
    }
    return lab;
}

bool TrainingLab::start(const TrainingScenario& scenario, QString* error)
{
    stop();
    m_scenario = scenario;
    if (!m_ca.create(QStringLiteral("Training Lab Root CA"), error))
        return false;
    m_net.extraCaCertificates = {m_ca.certificate()};
    m_runner = std::make_unique<LabProcessRunner>(&m_scenario);
    m_net.processRunner = m_runner.get();

    QStringList hosts;
    for (const TrainingScenario::WebApplication& app : m_scenario.gateways)
        if (!hosts.contains(app.host))
            hosts << app.host;
    if (!m_scenario.singleGateway && !hosts.contains(m_scenario.dispatcher.host))
        hosts << m_scenario.dispatcher.host;
    for (const QString& host : std::as_const(hosts)) {
        if (!addWebHost(host, error)) {
            stop();
            return false;
        }
    }
    if (!addPaApi(error)) {
        stop();
        return false;
    }
    return true;
}

bool TrainingLab::startReplay(const QString& bundlePath, QString* error)
{
    stop();
    SupportBundle::Contents bundle;
    if (!SupportBundle::read(bundlePath, &bundle, error))
        return false;
    Session recorded;
    const SessionJson::LoadResult loaded = SessionJson::load(bundle.session, &recorded);
    if (loaded.error != SessionJson::LoadError::None) {
        *error = tr("%1: its session.json cannot be used: %2").arg(bundlePath, loaded.message);
        return false;
    }
    if (!m_ca.create(QStringLiteral("Training Lab Root CA"), error))
        return false;
    m_replay = std::make_unique<CaptureReplay>();
    if (!m_replay->start(bundle.capture, m_ca, error))
        return false;
    m_replaySession = bundle.session;

    // The scenario: what the bundle is, and the captured run's results as what every check must give again.
    TrainingScenario s;
    s.replay = true;
    s.id = QFileInfo(bundlePath).absoluteFilePath();
    const QString customer = recorded.field(Session::fieldCustomer());
    const QString created = bundle.manifest.value(QStringLiteral("created")).toString();
    s.title = tr("Replay of the support bundle %1").arg(QFileInfo(bundlePath).fileName());
    s.summary = tr("What %1's PA, gateways and provisioning host answered (captured %2 by wizard %3): %n PA API call(s); "
                   "hosts %4.",
                   nullptr, m_replay->paCallCount())
                    .arg(customer.isEmpty() ? tr("the customer") : customer, created,
                         bundle.manifest.value(QStringLiteral("wizardVersion")).toString(),
                         m_replay->hosts().join(QStringLiteral(", ")));
    s.notice = tr("Every answer comes from the capture: each check should give the result it gave in the captured "
                  "run. A check that differs shows how the wizard's judgement changed since.");
    for (auto scope = recorded.records().cbegin(); scope != recorded.records().cend(); ++scope) {
        for (auto step = scope.value().cbegin(); step != scope.value().cend(); ++step) {
            for (const CheckResult& r : step.value().checks) {
                s.expectations.append({scope.key(), r.checkId, toString(r.status)});
                if (r.status == CheckStatus::Failed)
                    s.faults << QStringLiteral("%1 %2").arg(scope.key(), r.checkId);
            }
        }
    }
    m_scenario = s;
    m_net.resolver = m_replay->resolver();
    m_net.processRunner = m_replay->processRunner();
    m_net.extraCaCertificates = {m_ca.certificate()};
    // The captured run's own timeouts, so that a replayed timeout says what the captured one said.
    m_net.dnsTimeoutMs = NetworkContext().dnsTimeoutMs;
    m_net.httpTimeoutMs = NetworkContext().httpTimeoutMs;
    // A PA password for the replay's calls (the capture answers whatever is sent; the bundle has none).
    m_paPassword = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const QString login = recorded.field(Session::fieldPaApiLogin());
    const QUrl endpoint(recorded.field(Session::fieldPaApiUrl()));
    if (!login.isEmpty() && endpoint.isValid())
        m_secrets.write(PaCredentials::secretKey(login, endpoint), m_paPassword, this, [](const SecretStore::Result&) {});
    return true;
}

void TrainingLab::prepareReplaySession(Session* session, bool fresh) const
{
    if (fresh) {
        SessionJson::load(m_replaySession, session); // read once already: it loads
        session->setTraining(true);
        session->setField(Session::fieldTrainingScenario(), m_scenario.id);
        session->setField(Session::fieldTrainingTitle(), m_scenario.title);
        session->setField(Session::fieldTrainingNotice(), m_scenario.notice);
        session->setField(Session::fieldTrainingFaults(), m_scenario.faults.join(QLatin1Char('\n')));
        session->setField(Session::fieldEngineer(), tr("Trainee"));
    }
    // A certificate exception accepted for a captured host's certificate holds for the replay's imitation of it.
    // (Exceptions are per host; a host may have sent several certificates on several ports.)
    for (const CaptureReplay::Imitation& imitation : m_replay->imitations()) {
        const auto exception = session->certificateExceptions().constFind(imitation.host);
        if (exception == session->certificateExceptions().constEnd() ||
            exception->sha256.compare(imitation.recordedSha256, Qt::CaseInsensitive) != 0)
            continue;
        const CertificateException accepted = *exception;
        session->acceptCertificate(imitation.host, imitation.replaySha256, accepted.subject, accepted.problems);
    }
}

void TrainingLab::stop()
{
    if (m_replay)
        m_replay->stop();
    for (LabHttpsServer* s : std::as_const(m_servers)) {
        s->close();
        delete s;
    }
    m_servers.clear();
}

bool TrainingLab::isRunning() const { return !m_servers.isEmpty() || (m_replay && !m_replay->listeningPorts().isEmpty()); }

QList<quint16> TrainingLab::listeningPorts() const
{
    QList<quint16> ports = m_replay ? m_replay->listeningPorts() : QList<quint16>();
    for (const LabHttpsServer* s : m_servers)
        if (s->isListening())
            ports << s->port();
    return ports;
}

bool TrainingLab::addWebHost(const QString& host, QString* error)
{
    QList<TrainingScenario::WebApplication> apps;
    for (const TrainingScenario::WebApplication& a : m_scenario.gateways)
        if (a.host == host)
            apps << a;
    if (!m_scenario.singleGateway && m_scenario.dispatcher.host == host)
        apps << m_scenario.dispatcher;
    const TrainingScenario::WebApplication& first = apps.first();
    if (first.dns == QLatin1String("nxdomain")) {
        m_resolver.addFailure(host, QHostInfo::HostNotFound,
                              QStringLiteral("Host %1 not found: 3(NXDOMAIN)").arg(host));
        return true; // nothing to reach: no server
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LabCertificateAuthority::Issued issued;
    if (first.certificate == QLatin1String("expired"))
        issued = m_ca.issue({host}, now.addDays(-400), now.addDays(-3), error);
    else if (first.certificate == QLatin1String("wrong-host"))
        issued = m_ca.issue({QStringLiteral("www.lab.example")}, now.addDays(-30), now.addDays(335), error);
    else
        issued = m_ca.issue({host}, now.addDays(-30), now.addDays(335), error);
    if (issued.certificate.isNull())
        return false;

    auto* server = new LabHttpsServer(issued.certificate, issued.key, [apps](const LabHttpsServer::Request& r) {
        LabHttpsServer::Response resp;
        const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const TrainingScenario::WebApplication& a : apps) {
            if (parts.size() != 2 || parts.at(0).compare(a.application, Qt::CaseInsensitive) != 0)
                continue;
            if (a.hang) {
                resp.hang = true;
                return resp;
            }
            for (const QString& f : a.files) {
                if (f.compare(parts.at(1), Qt::CaseInsensitive) != 0)
                    continue;
                resp.body = f.endsWith(QLatin1String(".svc"), Qt::CaseInsensitive)
                                ? LabHttpsServer::wcfHelpPage(f.chopped(4))
                                : QByteArrayLiteral("<html><body>Office 365 Gateway endpoint</body></html>");
                return resp;
            }
        }
        resp.status = 404;
        resp.body = LabHttpsServer::iisNotFoundPage();
        return resp;
    });
    m_servers << server;
    if (!server->listen(error))
        return false;
    m_resolver.addHost(host, {QHostAddress(QHostAddress::LocalHost)});
    m_resolver.addPortMapping(host, 443, server->port());
    return true;
}

bool TrainingLab::addPaApi(QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString host = TrainingScenario::paApiHost();
    const LabCertificateAuthority::Issued issued = m_ca.issue({host}, now.addDays(-30), now.addDays(335), error);
    if (issued.certificate.isNull())
        return false;
    m_paPassword = QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    auto api = std::make_shared<TrainingPaApi>(m_scenario, TrainingScenario::paApiLogin(), m_paPassword);
    m_api = api;
    auto* server = new LabHttpsServer(issued.certificate, issued.key,
                                      [api](const LabHttpsServer::Request& r) { return api->handle(r); });
    m_servers << server;
    if (!server->listen(error))
        return false;
    m_resolver.addHost(host, {QHostAddress(QHostAddress::LocalHost)});
    m_resolver.addPortMapping(host, TrainingScenario::paApiPort(), server->port());
    m_secrets.write(PaCredentials::secretKey(TrainingScenario::paApiLogin(), QUrl(m_scenario.paApiUrl())), m_paPassword,
                    this, [](const SecretStore::Result&) {});
    return true;
}

QString TrainingLab::iisSiteName(bool gateway)
{
    return gateway ? QStringLiteral("Office365Gateway") : QStringLiteral("Office365Dispatcher");
}

// What the engineer writes down in steps 1g/1c and 4 from DNS and IIS Manager on the lab's host.
static void prefillIisFacts(Session* session, const QString& scope, const QString& stage,
                            const TrainingScenario::WebApplication& app, bool gateway)
{
    const QString loopback = QHostAddress(QHostAddress::LocalHost).toString();
    if (app.dns == QLatin1String("ok"))
        session->setValue(scope, stage + (gateway ? QStringLiteral(".1g") : QStringLiteral(".1c")),
                          QStringLiteral("ipAddress"), loopback);
    session->setValue(scope, stage + QStringLiteral(".4"), QStringLiteral("siteName"), TrainingLab::iisSiteName(gateway));
    session->setValue(scope, stage + QStringLiteral(".4"), QStringLiteral("siteIp"), loopback);
    session->setValue(scope, stage + QStringLiteral(".4"), QStringLiteral("iisOutput"),
                      TrainingLab::iisInventory(app, gateway));
}

QString TrainingLab::iisInventory(const TrainingScenario::WebApplication& app, bool gateway)
{
    const bool svc = app.files.contains(gateway ? QStringLiteral("SubscriptionEvents.svc") : QStringLiteral("Callbacks.svc"),
                                        Qt::CaseInsensitive);
    const QString site = iisSiteName(gateway);
    const QString yes = QStringLiteral("True"), no = QStringLiteral("False");
    QStringList lines;
    lines << IisInventory::record(QStringLiteral("SITE"), {site, QStringLiteral("https"), QStringLiteral("127.0.0.1:443:")});
    lines << IisInventory::record(QStringLiteral("APP"),
                                  {site, QLatin1Char('/') + app.application,
                                   QStringLiteral("C:\\inetpub\\") + app.application, gateway && svc ? yes : no,
                                   !gateway && svc ? yes : no});
    lines << IisInventory::record(QStringLiteral("END"), {QStringLiteral("1"), QStringLiteral("1")});
    return lines.join(QLatin1Char('\n'));
}

void TrainingLab::prepareSession(Session* session) const
{
    const TrainingScenario& s = m_scenario;
    session->setTraining(true);
    session->setField(Session::fieldTrainingScenario(), s.id);
    session->setField(Session::fieldTrainingTitle(), s.title);
    session->setField(Session::fieldTrainingNotice(), s.notice);
    session->setField(Session::fieldTrainingFaults(), s.faults.join(QLatin1Char('\n')));
    session->setField(Session::fieldCustomer(), s.customer);
    session->setField(Session::fieldCase(), QStringLiteral("TRAINING-") + s.id);
    session->setField(Session::fieldEngineer(), tr("Trainee"));
    session->setField(Session::fieldPaVersion(), s.paVersion);
    session->setField(Session::fieldInstalledVersion(), s.installedVersion);
    session->setField(Session::fieldTargetVersion(), s.targetVersion);
    session->setField(Session::fieldTopology(), s.singleGateway ? Session::topologySingle() : Session::topologySeparate());
    session->setField(Session::fieldSyncScript(), s.syncScript ? QStringLiteral("yes") : QStringLiteral("no"));

    while (session->gatewayApplications().size() < s.gateways.size())
        session->addGatewayApplication();
    for (int i = 0; i < s.gateways.size(); ++i) {
        const GatewayApplication& g = session->gatewayApplications().at(i);
        const QString scope = Session::gatewayScope(g.id);
        session->setGatewayLabel(g.id, s.gateways.at(i).application);
        session->setValue(scope, QStringLiteral("gateway.1e"), QStringLiteral("mosiUrl"),
                          TrainingScenario::mosiUrl(s.gateways.at(i)));
        prefillIisFacts(session, scope, QStringLiteral("gateway"), s.gateways.at(i), true);
    }
    if (!s.singleGateway) {
        session->setValue(QStringLiteral("dispatcher"), QStringLiteral("dispatcher.1a"), QStringLiteral("dispatcherUrl"),
                          TrainingScenario::dispatcherUrl(s.dispatcher));
        prefillIisFacts(session, QStringLiteral("dispatcher"), QStringLiteral("dispatcher"), s.dispatcher, false);
    }
    session->setField(Session::fieldPearSource(), QStringLiteral("ssh"));
    session->setField(Session::fieldProvisioningHost(), s.provisioningHost);
    session->setField(Session::fieldProvisioningUser(), s.provisioningUser);
    session->setField(Session::fieldPaApiUrl(), s.paApiUrl());
    session->setField(Session::fieldPaApiLogin(), TrainingScenario::paApiLogin());
    session->setField(Session::fieldPaAppId(), QString::number(s.appId));
}

void TrainingLab::observe(Session* session)
{
    auto update = [this, session] {
        if (m_api)
            m_api->setUpgraded(session->record(QStringLiteral("paapp"), QStringLiteral("paapp.3")).confirmation.confirmed);
    };
    update();
    connect(session, &Session::recordChanged, this, [update](const QString&, const QString& stepId) {
        if (stepId == QLatin1String("paapp.3"))
            update();
    });
}

QStringList TrainingLab::mismatches(const TrainingScenario& scenario, const QList<QPair<QString, CheckResult>>& results)
{
    QStringList out;
    for (const TrainingScenario::Expectation& x : scenario.expectations) {
        bool seen = false;
        for (const auto& [scope, r] : results) {
            if (scope != x.scope || r.checkId != x.check)
                continue;
            seen = true;
            if (toString(r.status) != x.status)
                out << tr("%1 %2: expected %3, got %4 (%5)").arg(x.scope, x.check, x.status, toString(r.status), r.message);
        }
        if (!seen)
            out << tr("%1 %2: expected %3, but the check did not run").arg(x.scope, x.check, x.status);
    }
    for (const auto& [scope, r] : results) {
        if (r.status != CheckStatus::Failed || scenario.replay)
            continue;
        bool named = false;
        for (const TrainingScenario::Expectation& x : scenario.expectations)
            named = named || (x.scope == scope && x.check == r.checkId);
        if (!named)
            out << tr("%1 %2: failed, which the scenario does not expect (%3)").arg(scope, r.checkId, r.message);
    }
    return out;
}

} // namespace o365
