#include "StartStage.h"

#include "net/NetworkContext.h"
#include "paapi/PaCredentials.h"
#include "session/Session.h"
#include "stages/start/PaApiVersionCheck.h"
#include "stages/start/PaVersionCheck.h"

namespace o365 {

StartStage::StartStage() : StageDefinition(stageKey()) { m_checkedSteps << prerequisitesStep(); }

QList<Check*> StartStage::createChecks(const Session& session, const QString&, const NetworkContext* net,
                                       Clock* clock) const
{
    QList<Check*> checks;
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
    return checks;
}

} // namespace o365
