#pragma once

#include "kb/StageDefinition.h"

namespace o365 {

// The Start page (the KB's prerequisites): the PA version entered, and — once the PA public API
// is configured on the PA Application page — the version PA itself reports.
class StartStage : public StageDefinition
{
public:
    StartStage();

    static QString stageKey() { return QStringLiteral("start"); }
    static QString prerequisitesStep() { return QStringLiteral("start.prerequisites"); }

    QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                               Clock* clock) const override;
};

} // namespace o365
