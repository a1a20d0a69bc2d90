#include "ApplicationStage.h"

#include "checks/DnsCheck.h"
#include "checks/HttpsProbeCheck.h"
#include "kb/ProcedureCatalogue.h"
#include "net/NetworkContext.h"
#include "session/Session.h"
#include "stages/application/IisInventory.h"

#include <QHostAddress>

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

} // namespace

ApplicationStage::ApplicationStage(Traits traits) : StageDefinition(traits.stageKey), m_traits(std::move(traits))
{
    const Traits& t = m_traits;
    m_checkedSteps << t.urlCheckStep << t.dnsStep << t.siteStep << t.serviceStep << t.setupStep;
    m_validationTriggers << t.setupStep;
    if (!t.copyStep.isEmpty()) {
        m_checkedSteps << t.copyStep;
        m_validationTriggers << t.copyStep;
    }
    m_commandSteps << t.siteStep << t.setupStep;
}

QString ApplicationStage::urlText(const Session& session, const QString& scope) const
{
    return session.record(scope, m_traits.urlStep).values.value(m_traits.urlKey);
}

GatewayUrl ApplicationStage::url(const Session& session, const QString& scope) const
{
    const QString text = urlText(session, scope);
    return m_traits.urlKind == MosiUrlCheck::Kind::MosiConnector ? GatewayUrl::parseMosiConnectorUrl(text)
                                                                 : GatewayUrl::parseDispatcherUrl(text);
}

QList<Check*> ApplicationStage::createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                                             Clock* clock) const
{
    const Traits& t = m_traits;
    QList<Check*> checks;
    checks.append(new MosiUrlCheck(t.urlKind, urlText(session, scope),
                                   spec(t.urlCheckId, t.urlCheckStep, CheckSeverity::Blocking, CheckPhase::Before, 1000),
                                   clock));
    const GatewayUrl parsed = url(session, scope);
    const QString ip = session.record(scope, t.dnsStep).values.value(ipAddressKey());
    checks.append(new IisInventoryCheck(
        spec(t.stageKey + QStringLiteral(".iis"), t.siteStep, CheckSeverity::Advisory, CheckPhase::Before, 2000),
        session.record(scope, t.siteStep).values.value(iisOutputKey()), ip,
        parsed.ok() ? parsed.application : QString(), t.iisService,
        session.record(scope, t.siteStep).values.value(siteNameKey()), clock));
    if (net)
        checks.append(networkChecks(session, scope, parsed, *net, clock));
    return checks;
}

QList<Check*> ApplicationStage::networkChecks(const Session& session, const QString& scope, const GatewayUrl& parsed,
                                              const NetworkContext& net, Clock* clock) const
{
    const Traits& t = m_traits;
    QList<Check*> checks;
    const QString host = parsed.ok() ? parsed.host : QString();
    const QString fingerprint = session.acceptedFingerprint(host);
    checks.append(new DnsCheck(spec(t.stageKey + QStringLiteral(".dns"), t.dnsStep, CheckSeverity::Blocking,
                                    CheckPhase::Before, net.dnsTimeoutMs),
                               host, net.resolver, ipAddressKey(), clock));
    auto probe = [&](const QString& id, const QString& stepId, CheckPhase phase, const QString& file,
                     HttpsProbeCheck::Expect expect) {
        auto* check = new HttpsProbeCheck(spec(id, stepId, CheckSeverity::Blocking, phase, net.httpTimeoutMs),
                                          parsed.ok() ? serviceUrl(parsed, file) : QUrl(), expect, net, fingerprint,
                                          clock);
        check->setDnsStep(t.dnsStep.section(QLatin1Char('.'), 1)); // "gateway.1g" → "1g"
        checks.append(check);
        return check;
    };
    probe(t.stageKey + QStringLiteral(".svc"), t.serviceStep, CheckPhase::Before, t.serviceFile,
          HttpsProbeCheck::Expect::WcfService)
        ->setStopMessage(stepText(t.stopStep));

    // Validation once setup.ps1 has run (step 7e confirmed): the endpoints answer again.
    if (parsed.ok() && session.record(scope, t.setupStep).confirmation.confirmed) {
        if (!t.endpointAfterId.isEmpty())
            probe(t.endpointAfterId, t.setupStep, CheckPhase::After, QStringLiteral("HTTPEndpoint.aspx"),
                  HttpsProbeCheck::Expect::Endpoint);
        probe(t.stageKey + QStringLiteral(".svcAfter"), t.setupStep, CheckPhase::After, t.serviceFile,
              HttpsProbeCheck::Expect::WcfService)
            ->setStopMessage(stepText(t.stopStep));
    }
    // Step 8: the agreement's URL names a file; once the copy is made, it answers.
    if (!t.copyStep.isEmpty() && parsed.ok() && !parsed.fileName.isEmpty() &&
        session.record(scope, t.copyStep).confirmation.confirmed)
        probe(t.copyAfterId, t.copyStep, CheckPhase::After, parsed.fileName, HttpsProbeCheck::Expect::Endpoint);
    return checks;
}

StepCommand ApplicationStage::commandFor(const QString& stepId, const Session& session, const QString& scope) const
{
    const Traits& t = m_traits;
    if (stepId == t.siteStep) {
        using Route = IisInventory::Route;
        const QString console = IisInventory::powerShellOneLiner(Route::Console);
        return {console,
                {},
                {{tr("Output in the console (copy it from there)"), console},
                 {tr("Output to the clipboard (| clip: no console in between)"),
                  IisInventory::powerShellOneLiner(Route::Clipboard)},
                 {tr("Output to a file (%TEMP%\\o365w-iis.txt, opened in Notepad; or load it here)"),
                  IisInventory::powerShellOneLiner(Route::File)}}};
    }
    if (stepId != t.setupStep)
        return {};
    const StepRecord site = session.record(scope, t.siteStep);
    const StepRecord step = session.record(scope, stepId);
    const GatewayUrl parsed = url(session, scope);

    QStringList missing;
    if (!parsed.ok())
        missing << urlMissingMessage();
    if (site.values.value(siteNameKey()).trimmed().isEmpty())
        missing << tr("Enter the site name at step 4.");
    if (site.values.value(siteIpKey()).trimmed().isEmpty())
        missing << tr("Enter the site's IP address at step 4.");
    if (!missing.isEmpty())
        return {{}, missing};

    SetupParameters p;
    p.siteName = site.values.value(siteNameKey());
    p.ipAddress = site.values.value(siteIpKey());
    (t.setupKind == SetupCommand::Kind::Gateway ? p.gatewayAppName : p.dispatcherAppName) = parsed.application;
    p.mosiBaseUrl = step.values.value(mosiBaseUrlKey());
    p.mosiBillingId = step.values.value(mosiBillingIdKey());
    p.mosiClientCertSubject = step.values.value(mosiClientCertSubjectKey());
    const SetupCommand::Result r = SetupCommand::build(t.setupKind, p);
    return {r.command, r.errors};
}

QString ApplicationStage::notApplicableReason(const Step& step, const Session& session, const QString& scope) const
{
    // Step 8 is needed only when the agreement's URL names a file to copy.
    if (!m_traits.copyParent.isEmpty() && step.parentId == m_traits.copyParent) {
        const GatewayUrl parsed = url(session, scope);
        if (parsed.ok() && parsed.fileName.isEmpty())
            return tr("Not needed: the agreement's URL names no file.");
    }
    return {};
}

QString ApplicationStage::ipAddressError(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    QHostAddress address;
    // An IPv4 address must be written in full dotted-decimal form: QHostAddress also takes
    // "203.0.113" (= 203.0.0.113), "10" or "010.0.0.1" (octal), which are typos here.
    if (!address.setAddress(v) || v.contains(QLatin1Char('/')) ||
        (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != v))
        return tr("\"%1\" is not an IP address. Enter it as 203.0.113.10 or 2001:db8::10.").arg(v);
    return {};
}

QString ApplicationStage::inputError(const QString& key, const QString& value) const
{
    if (key == ipAddressKey() || key == siteIpKey()) {
        const QString err = ipAddressError(value);
        if (!err.isEmpty())
            return err;
    }
    return StageDefinition::inputError(key, value);
}

} // namespace o365
