#include "ProvisioningStage.h"

#include "net/NetworkContext.h"
#include "net/ProcessRunner.h"
#include "session/Session.h"
#include "stages/provisioning/PearCheck.h"
#include "stages/provisioning/PearListSource.h"

namespace o365 {

ProvisioningStage::ProvisioningStage() : StageDefinition(stageKey())
{
    m_checkedSteps << PearCheck::step2Spec().stepId << PearCheck::step3Spec().stepId;
}

QList<Check*> ProvisioningStage::createChecks(const Session& session, const QString& scope,
                                              const NetworkContext* net, Clock* clock) const
{
    PearListSource::Options o;
    const QString source = session.field(Session::fieldPearSource());
    o.source = source == QLatin1String("ssh")     ? PearListSource::Source::Ssh
               : source == QLatin1String("local") ? PearListSource::Source::Local
                                                  : PearListSource::Source::Pasted;
    o.host = session.field(Session::fieldProvisioningHost());
    o.user = session.field(Session::fieldProvisioningUser());
    o.port = session.field(Session::fieldProvisioningPort()).toInt();
    o.pastedText = session.record(scope, pearStep()).values.value(pearOutputKey());
    o.capture = net ? net->capture : nullptr;
    // One `pear list` serves both steps.
    auto* pear = new PearListSource(o, net && net->processRunner ? net->processRunner : ProcessRunner::system());
    auto* step2 = new PearCheck(PearCheck::step2Spec(), PearCheck::Requirement::HttpRequest2, pear, {}, clock);
    pear->setParent(step2); // the step-3 check holds it through a QPointer
    // The versions of the application instances: the PA API tells them once it is configured;
    // until then the installed version from the Start page stands for them.
    QStringList versions;
    if (!session.field(Session::fieldInstalledVersion()).isEmpty())
        versions << session.field(Session::fieldInstalledVersion());
    return {step2, new PearCheck(PearCheck::step3Spec(), PearCheck::Requirement::HttpRequestForOldInstances, pear,
                                 versions, clock)};
}

} // namespace o365
