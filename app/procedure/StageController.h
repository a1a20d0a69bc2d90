#pragma once

#include "session/CheckResult.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace o365 {

class CheckRunner;
class Clock;
class Session;
class StageDefinition;
struct NetworkContext;

// The check loop of one stage in one scope (a gateway application, or the stage itself), the
// same for the wizard's pages and for --check: builds the stage's checks from the session, runs
// them, records each result, fills the values a check suggests into empty inputs, re-runs shortly
// after an input changes (debounce), starts the validation when a step that triggers it is
// confirmed, and re-runs when a certificate is accepted. Without widgets: the page listens.
class StageController : public QObject
{
    Q_OBJECT
public:
    StageController(const StageDefinition& stage, Session* session, const QString& scope, const NetworkContext* net,
                    Clock* clock = nullptr, QObject* parent = nullptr);
    ~StageController() override;

    static int debounceMs() { return 300; }

    const StageDefinition& stage() const { return m_stage; }
    QString scope() const { return m_scope; }
    bool isRunning() const;
    // Nothing running, nothing scheduled: the session holds the loop's last word.
    bool isIdle() const;
    // The checks of the current run that have not ended yet: "step (check id)" each.
    QStringList runningChecks() const;

    // Runs the checks now (a re-run cancels the run in progress without its reports).
    void run();
    // Runs them once input has been still for debounceMs() (typing, a suggested value).
    void scheduleRun();
    void cancel();

Q_SIGNALS:
    void runStarted(const QStringList& stepIds); // the steps whose checks now run
    void checkFinished(const o365::CheckResult& result); // after it is recorded in the session
    void runFinished();
    // Emitted (queued) once the loop has come to rest: no run, no re-run or validation pending.
    void idle();

private:
    void onRecordChanged(const QString& scope, const QString& stepId);
    void onCheckFinished(const CheckResult& result);
    void onAllFinished();
    void announceIfIdle();

    const StageDefinition& m_stage;
    Session* m_session;
    QString m_scope;
    const NetworkContext* m_net;
    Clock* m_clock;
    CheckRunner* m_runner;
    QTimer m_debounce;
    bool m_validationPending = false; // a step that starts the validation was confirmed during a run
    bool m_runQueued = false;         // a run was asked for the next turn of the event loop
};

} // namespace o365
