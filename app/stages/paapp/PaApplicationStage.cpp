#include "PaApplicationStage.h"

#include "kb/ProcedureCatalogue.h"
#include "net/NetworkContext.h"
#include "paapi/PaCredentials.h"
#include "session/Session.h"
#include "stages/paapp/PaAutoprovisioningCheck.h"
#include "stages/paapp/PaEmptyServiceSetCheck.h"
#include "stages/paapp/PaInstancesCheck.h"

namespace o365 {

namespace {

QString autoprovisioningStep() { return QStringLiteral("paapp.2"); }
QString bulkUpgradeStep() { return QStringLiteral("paapp.3"); }
QString emptyServiceSetStep() { return QStringLiteral("paapp.4"); }

} // namespace

PaApplicationStage::PaApplicationStage() : StageDefinition(stageKey())
{
    m_checkedSteps << autoprovisioningStep() << bulkUpgradeStep() << emptyServiceSetStep();
    m_manualFallbackSteps << autoprovisioningStep() << emptyServiceSetStep();
    m_validationTriggers << bulkUpgradeStep();
}

// The password is read from net->secrets once for the run (one PaCredentials shared by the
// checks); each check then builds its real PaApiCheck. Without an address and login the checks
// end Skipped with their manual fallback at once.
QList<Check*> PaApplicationStage::createChecks(const Session& session, const QString& scope,
                                               const NetworkContext* net, Clock* clock) const
{
    if (!net)
        return {};
    QList<Check*> checks;
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
    if (session.record(scope, bulkUpgradeStep()).confirmation.confirmed)
        add(PaInstancesCheck::defaultSpec(Mode::After),
            [context, appId, target, clock](const PaApiConfig& c) -> Check* {
                return new PaInstancesCheck(Mode::After, c, context, appId, target, clock);
            });
    Check::Spec step4 = PaEmptyServiceSetCheck::defaultSpec();
    step4.phase = CheckPhase::Before;
    add(step4, [context, syncScript, clock](const PaApiConfig& c) -> Check* {
        return new PaEmptyServiceSetCheck(c, context, syncScript, QStringLiteral("rc.saas.service"), clock);
    });
    return checks;
}

QString PaApplicationStage::notApplicableReason(const Step& step, const Session& session, const QString&) const
{
    if (step.id == emptyServiceSetStep() && session.field(Session::fieldSyncScript()) != QLatin1String("yes"))
        return tr("Not needed: the synchronization script is not used.");
    return {};
}

} // namespace o365
