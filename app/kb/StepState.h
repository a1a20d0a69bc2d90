#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365 {

struct CheckResult;
struct Step;
struct StepRecord;
struct Stage;
class Session;

// Where a KB step stands, derived from the catalogue and the session (never stored).
enum class StepState {
    Info,          // nothing to do (heading, Note, text)
    Open,          // still to do
    Done,          // confirmed, entered, or its check passed
    Failed,        // a blocking check failed (Next stays closed until overridden)
    Overridden,    // passed over with a written justification
    NotApplicable, // not needed in this case (e.g. dispatcher 8a–8c when the agreement's URL names no file)
};

class StepRules
{
    Q_DECLARE_TR_FUNCTIONS(StepRules)
public:
    // Steps that have automated checks in this version (their results are shown on the row).
    static bool hasChecks(const QString& stepId);
    // A step of kind AutomatedCheck with no check yet is confirmed by hand.
    static bool hasAutomatedCheck(const QString& stepId) { return hasChecks(stepId); }
    // Automated steps whose check may hand the step back to the engineer (the PA API steps): a
    // "before" result Skipped with evidence manualFallback: true, then the step is Done once confirmed.
    static bool mayFallBackToManual(const QString& stepId);
    static bool isManualFallback(const CheckResult& result);
    static bool offersManualFallback(const StepRecord& record);

    // A message when `value` cannot be right for the input `key` (e.g. an IP address that is
    // not one); empty when acceptable.
    static QString inputError(const QString& key, const QString& value);

    // The step's state from its own record alone.
    static StepState evaluate(const Step& step, const StepRecord& record);
    // The step's state in its scope: also decides whether the step applies at all.
    static StepState evaluateIn(const Step& step, const Session& session, const QString& scope);
    // Why a step does not apply here; empty when it does.
    static QString notApplicableReason(const Step& step, const Session& session, const QString& scope);
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
    static Summary summarize(const Stage& stage, const Session& session, const QString& scope);
};

QString toString(StepState s);

} // namespace o365
