#pragma once

#include "stages/application/ApplicationStage.h"

namespace o365 {

// The Callbacks-Dispatcher stage (KB steps 1–8, only when the topology has one): steps 1–7 as the
// gateway's, plus step 8, the copy of the file the syndication agreement's URL names. Its step ids
// are named here only.
class DispatcherStage : public ApplicationStage
{
    Q_DECLARE_TR_FUNCTIONS(DispatcherStage)
public:
    DispatcherStage();

    static QString stageKey() { return QStringLiteral("dispatcher"); }

    // The stage itself, or none when the engineer skipped it (no Callbacks-Dispatcher).
    QStringList scopes(const Session& session) const override;

protected:
    QString urlMissingMessage() const override;
};

} // namespace o365
