#pragma once

#include "kb/StageDefinition.h"

namespace o365 {

// The PA Application stage (KB steps 1–4): auto-provisioning (2), the bulk upgrade of the
// instances (3, its confirmation starts the validation), the empty service set (4, only with the
// synchronization script) — read from the PA public API; 2 and 4 fall back to the engineer's
// confirmation when the API cannot answer.
class PaApplicationStage : public StageDefinition
{
    Q_DECLARE_TR_FUNCTIONS(PaApplicationStage)
public:
    PaApplicationStage();

    static QString stageKey() { return QStringLiteral("paapp"); }

    QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                               Clock* clock) const override;
    QString notApplicableReason(const Step& step, const Session& session, const QString& scope) const override;
};

} // namespace o365
