#pragma once

#include <QString>

namespace o365 {

struct CheckResult;
struct Step;
struct StepRecord;
class Session;
class StageDefinition;
struct Stage;

// Where a KB step stands, derived from the catalogue and the session (never stored).
enum class StepState {
    Info,          // nothing to do (heading, Note, text)
    Open,          // still to do
    Done,          // confirmed, entered, or its check passed
    Failed,        // a blocking check failed (Next stays closed until overridden)
    Overridden,    // passed over with a written justification
    NotApplicable, // not needed in this case (e.g. dispatcher 8a–8c when the agreement's URL names no file)
};

// The generic rules that turn a step's record into its state. What is stage-specific (which steps
// an automated check decides, when a step does not apply, which inputs are valid) comes from the
// stage's StageDefinition (procedure/Procedure gives it).
class StepRules
{
public:
    static bool isManualFallback(const CheckResult& result);
    static bool offersManualFallback(const StepRecord& record);

    // The step's state from its own record alone.
    static StepState evaluate(const StageDefinition& stage, const Step& step, const StepRecord& record);
    // The step's state in its scope: also decides whether the step applies at all.
    static StepState evaluateIn(const StageDefinition& stage, const Step& step, const Session& session,
                                const QString& scope);
    static bool isSatisfied(StepState s) { return s != StepState::Open && s != StepState::Failed; }

    struct Summary
    {
        int actionable = 0; // steps needing something
        int done = 0;
        int overridden = 0;
        int failed = 0;
        int open = 0;
        bool complete() const { return open == 0 && failed == 0; }
    };
    static Summary summarize(const StageDefinition& stage, const Session& session, const QString& scope);
    // The same over the given steps (a stage of the stage's own, in tests).
    static Summary summarize(const StageDefinition& definition, const Stage& stage, const Session& session,
                             const QString& scope);
};

QString toString(StepState s);

} // namespace o365
