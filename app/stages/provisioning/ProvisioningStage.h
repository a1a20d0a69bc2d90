#pragma once

#include "kb/StageDefinition.h"

namespace o365 {

// The Provisioning Gateway Host (KB steps 1–3): PEAR's HTTP_Request2 (step 2) and, while an
// application instance is older than the new version, HTTP_Request (step 3) — both judged from
// one `pear list`, run over ssh, here, or pasted at step 2.
class ProvisioningStage : public StageDefinition
{
public:
    ProvisioningStage();

    static QString stageKey() { return QStringLiteral("provisioning"); }
    static QString pearStep() { return QStringLiteral("provisioning.2"); }
    static QString pearOutputKey() { return QStringLiteral("pearOutput"); }

    QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                               Clock* clock) const override;
};

} // namespace o365
