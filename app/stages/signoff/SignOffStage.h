#pragma once

#include "kb/StageDefinition.h"

namespace o365 {

// Sign-off: the engineer's confirmation that the upgrade is complete (no automated checks).
class SignOffStage : public StageDefinition
{
public:
    SignOffStage() : StageDefinition(stageKey()) {}

    static QString stageKey() { return QStringLiteral("signoff"); }
    static QString confirmStep() { return QStringLiteral("signoff.confirm"); }
};

} // namespace o365
