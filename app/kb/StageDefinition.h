#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace o365 {

class Check;
class Clock;
class Session;
struct NetworkContext;
struct Stage;
struct Step;

// A command a step offers to copy (the IIS inventory, the exact setup.ps1 line), built from what
// the session knows so far.
struct StepCommand
{
    QString text;       // empty when it cannot be built yet
    QStringList errors; // what is missing or wrong, and where to fix it
    // Other ways to run the same thing, each with its label (the IIS inventory to the clipboard or a
    // file); text is the first. Empty: there is only text.
    QList<QPair<QString, QString>> variants;
};

// What the wizard does about one KB stage: which steps it checks and how, what it offers to copy,
// what starts its validation, and when a step does not apply. Each stage folder under stages/
// implements one; a stage without checks (New Features, Sign-off) is a plain StageDefinition.
// procedure/Procedure holds them all in page order; the pages and --check ask it, never a step id.
class StageDefinition
{
    Q_DECLARE_TR_FUNCTIONS(StageDefinition)
public:
    explicit StageDefinition(const QString& key);
    virtual ~StageDefinition();

    QString key() const { return m_key; }
    const Stage& stage() const; // the KB stage (catalogue)

    // The scopes the stage runs in for this session: one per gateway application, none for a
    // skipped stage, otherwise the stage itself.
    virtual QStringList scopes(const Session& session) const;

    // The automated checks of one scope, built from the session's current values. `net` may be
    // null: then no network check is made (their steps stay to be done).
    virtual QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                                       Clock* clock) const;

    // Steps whose state an automated check decides (their results are shown on the row).
    bool checksStep(const QString& stepId) const { return m_checkedSteps.contains(stepId); }
    bool hasChecks() const { return !m_checkedSteps.isEmpty(); }
    // Automated steps whose check may hand the step back to the engineer (a "before" result
    // Skipped with evidence manualFallback: true; the step is Done once confirmed).
    bool mayFallBackToManual(const QString& stepId) const { return m_manualFallbackSteps.contains(stepId); }
    // Steps whose confirmation starts the validation (the "after" checks) of the scope.
    bool startsValidation(const QString& stepId) const { return m_validationTriggers.contains(stepId); }
    bool hasCommand(const QString& stepId) const { return m_commandSteps.contains(stepId); }

    virtual StepCommand commandFor(const QString& stepId, const Session& session, const QString& scope) const;
    // Why a step does not apply here; empty when it does.
    virtual QString notApplicableReason(const Step& step, const Session& session, const QString& scope) const;
    // A message when `value` cannot be right for the input `key` of this stage; empty when acceptable.
    virtual QString inputError(const QString& key, const QString& value) const;

protected:
    QStringList m_checkedSteps;
    QStringList m_manualFallbackSteps;
    QStringList m_validationTriggers;
    QStringList m_commandSteps;

private:
    QString m_key;
    QStringList m_multilineKeys; // pasted output, from the catalogue's inputs
};

} // namespace o365
