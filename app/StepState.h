#pragma once

#include <QCoreApplication>
#include <QString>

namespace o365 {

struct Step;
struct StepRecord;
struct Stage;
class Session;

// Where a KB step stands, derived from the catalogue and the session (never stored).
enum class StepState {
    Info,       // nothing to do (heading, Note, text)
    Open,       // still to do
    Done,       // confirmed, entered, or its check passed
    Failed,     // its blocking check failed (Next stays closed until overridden)
    Overridden, // passed over with a written justification
};

class StepRules
{
    Q_DECLARE_TR_FUNCTIONS(StepRules)
public:
    // Steps whose automated check exists in this version; other AutomatedCheck steps are
    // confirmed by hand until their check lands.
    static bool hasAutomatedCheck(const QString& stepId);

    // A message when `value` cannot be right for the input `key` (e.g. an IP address that is
    // not one); empty when acceptable.
    static QString inputError(const QString& key, const QString& value);

    static StepState evaluate(const Step& step, const StepRecord& record);
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
