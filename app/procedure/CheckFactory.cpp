#include "CheckFactory.h"

#include "checks/DnsCheck.h"
#include "checks/HttpsProbeCheck.h"
#include "stages/application/IisInventoryCheck.h"
#include "stages/application/MosiUrl.h"
#include "stages/application/MosiUrlCheck.h"
#include "net/NetworkContext.h"
#include "paapi/PaApiParse.h"
#include "paapi/PaMosiUrlReader.h"
#include "stages/paapp/PaAutoprovisioningCheck.h"
#include "stages/paapp/PaEmptyServiceSetCheck.h"
#include "stages/paapp/PaInstancesCheck.h"
#include "stages/start/PaApiVersionCheck.h"
#include "paapi/PaCredentials.h"
#include "stages/start/PaVersionCheck.h"
#include "stages/provisioning/PearCheck.h"
#include "stages/provisioning/PearListSource.h"
#include "net/ProcessRunner.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"

namespace o365 {

namespace {

QUrl serviceUrl(const GatewayUrl& u, const QString& file)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(u.host);
    if (u.port > 0)
        url.setPort(u.port);
    url.setPath(QStringLiteral("/%1/%2").arg(u.application, file));
    return url;
}

Check::Spec spec(const QString& id, const QString& stepId, CheckSeverity severity, CheckPhase phase, int timeoutMs)
{
    Check::Spec s;
    s.id = id;
    s.stepId = stepId;
    s.severity = severity;
    s.phase = phase;
    s.timeoutMs = timeoutMs;
    return s;
}

QString stepText(const QString& stepId)
{
    const Step* step = ProcedureCatalogue::instance().step(stepId);
    return step ? step->translatedText() : QString();
}

// The checks of one gateway or dispatcher application (the two stages share their shape).
void addApplicationChecks(QList<Check*>& checks, bool gateway, const Session& session, const QString& scope,
                          const NetworkContext* net, Clock* clock)
{
    const QString stage = gateway ? QStringLiteral("gateway") : QStringLiteral("dispatcher");
    auto value = [&](const QString& step, const QString& key) {
        return session.record(scope, stage + QLatin1Char('.') + step).values.value(key);
    };
    const MosiUrlCheck::Kind kind = gateway ? MosiUrlCheck::Kind::MosiConnector : MosiUrlCheck::Kind::Dispatcher;
    const QString url = gateway ? value(QStringLiteral("1e"), QStringLiteral("mosiUrl"))
                                : value(QStringLiteral("1a"), QStringLiteral("dispatcherUrl"));
    checks.append(new MosiUrlCheck(kind, url, MosiUrlCheck::defaultSpec(kind), clock));
    const GatewayUrl parsed = gateway ? GatewayUrl::parseMosiConnectorUrl(url) : GatewayUrl::parseDispatcherUrl(url);
    const QString dnsStep = stage + (gateway ? QStringLiteral(".1g") : QStringLiteral(".1c"));
    const QString ip = value(gateway ? QStringLiteral("1g") : QStringLiteral("1c"), QStringLiteral("ipAddress"));
    const QString service = gateway ? QStringLiteral("SubscriptionEvents.svc") : QStringLiteral("Callbacks.svc");

    checks.append(new IisInventoryCheck(
        spec(stage + QStringLiteral(".iis"), stage + QStringLiteral(".4"), CheckSeverity::Advisory, CheckPhase::Before, 2000),
        value(QStringLiteral("4"), QStringLiteral("iisOutput")), ip, parsed.ok() ? parsed.application : QString(),
        gateway ? IisInventoryCheck::Service::SubscriptionEvents : IisInventoryCheck::Service::Callbacks, clock));
    if (!net)
        return;
    const QString host = parsed.ok() ? parsed.host : QString();
    const QString fingerprint = session.acceptedFingerprint(host);
    checks.append(new DnsCheck(spec(stage + QStringLiteral(".dns"), dnsStep, CheckSeverity::Blocking, CheckPhase::Before,
                                    net->dnsTimeoutMs),
                               host, net->resolver, QStringLiteral("ipAddress"), clock));
    const QUrl svcUrl = parsed.ok() ? serviceUrl(parsed, service) : QUrl();
    auto* probe = new HttpsProbeCheck(spec(stage + QStringLiteral(".svc"), stage + QStringLiteral(".6b"),
                                           CheckSeverity::Blocking, CheckPhase::Before, net->httpTimeoutMs),
                                      svcUrl, HttpsProbeCheck::Expect::WcfService, *net, fingerprint, clock);
    probe->setStopMessage(stepText(stage + QStringLiteral(".6.important")));
    checks.append(probe);

    // Validation once setup.ps1 has run (step 7e confirmed): the endpoints answer again.
    if (parsed.ok() && session.record(scope, stage + QStringLiteral(".7e")).confirmation.confirmed) {
        const QString step7e = stage + QStringLiteral(".7e");
        if (gateway)
            checks.append(new HttpsProbeCheck(spec(QStringLiteral("gateway.endpointAfter"), step7e, CheckSeverity::Blocking,
                                                   CheckPhase::After, net->httpTimeoutMs),
                                              serviceUrl(parsed, QStringLiteral("HTTPEndpoint.aspx")),
                                              HttpsProbeCheck::Expect::Endpoint, *net, fingerprint, clock));
        auto* after = new HttpsProbeCheck(spec(stage + QStringLiteral(".svcAfter"), step7e, CheckSeverity::Blocking,
                                               CheckPhase::After, net->httpTimeoutMs),
                                          serviceUrl(parsed, service), HttpsProbeCheck::Expect::WcfService, *net,
                                          fingerprint, clock);
        after->setStopMessage(stepText(stage + QStringLiteral(".6.important")));
        checks.append(after);
    }
    // Dispatcher step 8: the agreement's URL names a file; once the copy is made (8c), it answers.
    if (!gateway && parsed.ok() && !parsed.fileName.isEmpty() &&
        session.record(scope, QStringLiteral("dispatcher.8c")).confirmation.confirmed)
        checks.append(new HttpsProbeCheck(spec(QStringLiteral("dispatcher.copyAfter"), QStringLiteral("dispatcher.8c"),
                                               CheckSeverity::Blocking, CheckPhase::After, net->httpTimeoutMs),
                                          serviceUrl(parsed, parsed.fileName), HttpsProbeCheck::Expect::Endpoint, *net,
                                          fingerprint, clock));
}

// Provisioning steps 2 and 3: one `pear list` (over ssh, here, or pasted) serves both.
void addProvisioningChecks(QList<Check*>& checks, const Session& session, const NetworkContext* net, Clock* clock)
{
    PearListSource::Options o;
    const QString source = session.field(Session::fieldPearSource());
    o.source = source == QLatin1String("ssh")     ? PearListSource::Source::Ssh
               : source == QLatin1String("local") ? PearListSource::Source::Local
                                                  : PearListSource::Source::Pasted;
    o.host = session.field(Session::fieldProvisioningHost());
    o.user = session.field(Session::fieldProvisioningUser());
    o.port = session.field(Session::fieldProvisioningPort()).toInt();
    o.pastedText = session.record(QStringLiteral("provisioning"), QStringLiteral("provisioning.2"))
                       .values.value(QStringLiteral("pearOutput"));
    auto* pear = new PearListSource(o, net && net->processRunner ? net->processRunner : ProcessRunner::system());
    auto* step2 = new PearCheck(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, pear, {}, clock);
    pear->setParent(step2); // the step-3 check holds it through a QPointer
    checks.append(step2);
    // The versions of the application instances: the PA API tells them once it is configured;
    // until then the installed version from the Start page stands for them.
    QStringList versions;
    if (!session.field(Session::fieldInstalledVersion()).isEmpty())
        versions << session.field(Session::fieldInstalledVersion());
    checks.append(new PearCheck(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, pear,
                                versions, clock));
}

// PA Application steps 2–4 from the PA public API. The password is read from net->secrets once for
// the run (one PaCredentials shared by the checks); each check then builds its real PaApiCheck.
// Without an address and login the checks end Skipped with their manual fallback at once.
void addPaApplicationChecks(QList<Check*>& checks, const Session& session, const QString& scope,
                            const NetworkContext* net, Clock* clock)
{
    if (!net)
        return;
    auto credentials = std::make_shared<PaCredentials>(PaCredentials::configFrom(session), net->secrets);
    const NetworkContext context = *net;
    const int appId = session.field(Session::fieldPaAppId()).trimmed().toInt();
    const QString target = session.field(Session::fieldPackageVersion()).isEmpty()
                               ? session.field(Session::fieldTargetVersion())
                               : session.field(Session::fieldPackageVersion());
    const bool syncScript = session.field(Session::fieldSyncScript()) == QLatin1String("yes");
    auto add = [&](Check::Spec s, PaCredentialedCheck::Make make) {
        s.timeoutMs += PaCredentials::ReadAllowanceMs;
        checks.append(new PaCredentialedCheck(std::move(s), credentials, std::move(make), clock));
    };
    // Steps 2 and 4 are the state the check reads: its result decides the step (a "before" result,
    // as StepRules reads an automated step), whatever phase the check has on its own.
    Check::Spec step2 = PaAutoprovisioningCheck::defaultSpec();
    step2.phase = CheckPhase::Before;
    add(step2, [context, appId, clock](const PaApiConfig& c) -> Check* {
        return new PaAutoprovisioningCheck(c, context, appId, QStringLiteral("Administration"), clock);
    });
    using Mode = PaInstancesCheck::Mode;
    add(PaInstancesCheck::defaultSpec(Mode::Before), [context, appId, target, clock](const PaApiConfig& c) -> Check* {
        return new PaInstancesCheck(Mode::Before, c, context, appId, target, clock);
    });
    // Validation once the bulk upgrade (step 3) is confirmed: every instance at the new version.
    if (session.record(scope, QStringLiteral("paapp.3")).confirmation.confirmed)
        add(PaInstancesCheck::defaultSpec(Mode::After),
            [context, appId, target, clock](const PaApiConfig& c) -> Check* {
                return new PaInstancesCheck(Mode::After, c, context, appId, target, clock);
            });
    Check::Spec step4 = PaEmptyServiceSetCheck::defaultSpec();
    step4.phase = CheckPhase::Before;
    add(step4, [context, syncScript, clock](const PaApiConfig& c) -> Check* {
        return new PaEmptyServiceSetCheck(c, context, syncScript, QStringLiteral("rc.saas.service"), clock);
    });
}

} // namespace

QList<Check*> CheckFactory::createChecks(const QString& stageKey, const Session& session, const QString& scope,
                                         const NetworkContext* net, Clock* clock)
{
    QList<Check*> checks;
    if (stageKey == QLatin1String("start")) {
        checks.append(new PaVersionCheck(session.field(Session::fieldPaVersion()), clock));
        // Once the PA public API is configured (PA Application page), PA itself confirms its version.
        const PaApiConfig config = PaCredentials::configFrom(session);
        if (net && config.isConfigured()) {
            auto credentials = std::make_shared<PaCredentials>(config, net->secrets);
            const NetworkContext context = *net;
            Check::Spec spec = PaApiVersionCheck::defaultSpec();
            spec.phase = CheckPhase::Before;
            spec.timeoutMs += PaCredentials::ReadAllowanceMs;
            checks.append(new PaCredentialedCheck(
                spec, credentials,
                [context, clock](const PaApiConfig& c) -> Check* { return new PaApiVersionCheck(c, context, {}, clock); },
                clock));
        }
    }
    else if (stageKey == QLatin1String("gateway"))
        addApplicationChecks(checks, true, session, scope, net, clock);
    else if (stageKey == QLatin1String("dispatcher"))
        addApplicationChecks(checks, false, session, scope, net, clock);
    else if (stageKey == QLatin1String("provisioning"))
        addProvisioningChecks(checks, session, net, clock);
    else if (stageKey == QLatin1String("paapp"))
        addPaApplicationChecks(checks, session, scope, net, clock);
    return checks;
}

} // namespace o365
