#include "StepState.h"

#include "kb/ProcedureCatalogue.h"
#include "kb/StageDefinition.h"
#include "session/Session.h"

namespace o365 {

bool StepRules::isManualFallback(const CheckResult& result)
{
    return result.status == CheckStatus::Skipped && result.evidence.value(QStringLiteral("manualFallback")).toBool();
}

bool StepRules::offersManualFallback(const StepRecord& record)
{
    for (const CheckResult& r : record.checks) {
        if (r.phase == CheckPhase::Before && isManualFallback(r))
            return true;
    }
    return false;
}

StepState StepRules::evaluate(const StageDefinition& stage, const Step& step, const StepRecord& record)
{
    if (step.kind == StepKind::Information)
        return StepState::Info;
    if (record.override_.isActive())
        return StepState::Overridden;
    for (const CheckResult& r : record.checks) {
        if (r.blocks())
            return StepState::Failed;
    }
    switch (step.kind) {
    case StepKind::Information:
        return StepState::Info;
    case StepKind::ManualConfirmation:
        return record.confirmation.confirmed ? StepState::Done : StepState::Open;
    case StepKind::Input:
        for (const StepInput& in : step.inputs) {
            const QString v = record.values.value(in.key).trimmed();
            if (!stage.inputError(in.key, v).isEmpty() || (v.isEmpty() && !in.optional))
                return StepState::Open;
        }
        return StepState::Done;
    case StepKind::AutomatedCheck: {
        if (!stage.checksStep(step.id))
            return record.confirmation.confirmed ? StepState::Done : StepState::Open;
        bool any = false;
        for (const CheckResult& r : record.checks) {
            if (r.phase != CheckPhase::Before)
                continue;
            // A check that could not ask (the PA API not configured or unable to answer) leaves the
            // step to the engineer's confirmation.
            if (isManualFallback(r) && record.confirmation.confirmed) {
                any = true;
                continue;
            }
            if (!r.isFinished() || r.status == CheckStatus::Skipped)
                return StepState::Open;
            any = true;
        }
        return any ? StepState::Done : StepState::Open;
    }
    }
    return StepState::Open;
}

StepState StepRules::evaluateIn(const StageDefinition& stage, const Step& step, const Session& session,
                                const QString& scope)
{
    const StepRecord record = session.record(scope, step.id);
    if (step.kind != StepKind::Information && !record.override_.isActive() &&
        !stage.notApplicableReason(step, session, scope).isEmpty())
        return StepState::NotApplicable;
    return evaluate(stage, step, record);
}

StepRules::Summary StepRules::summarize(const StageDefinition& stage, const Session& session, const QString& scope)
{
    return summarize(stage, stage.stage(), session, scope);
}

StepRules::Summary StepRules::summarize(const StageDefinition& definition, const Stage& stage, const Session& session,
                                        const QString& scope)
{
    Summary s;
    for (const Step& step : stage.steps) {
        const StepState st = evaluateIn(definition, step, session, scope);
        if (st == StepState::Info || st == StepState::NotApplicable)
            continue;
        ++s.actionable;
        switch (st) {
        case StepState::Done: ++s.done; break;
        case StepState::Overridden: ++s.overridden; break;
        case StepState::Failed: ++s.failed; break;
        case StepState::Open: ++s.open; break;
        case StepState::Info:
        case StepState::NotApplicable: break;
        }
    }
    return s;
}

QString toString(StepState s)
{
    switch (s) {
    case StepState::Info: return QStringLiteral("info");
    case StepState::Open: return QStringLiteral("open");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Overridden: return QStringLiteral("overridden");
    case StepState::NotApplicable: return QStringLiteral("notApplicable");
    }
    return {};
}

} // namespace o365
