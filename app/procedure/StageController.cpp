#include "StageController.h"

#include "checks/Check.h"
#include "checks/CheckRunner.h"
#include "kb/StageDefinition.h"
#include "session/Session.h"

#include <QJsonObject>

namespace o365 {

StageController::StageController(const StageDefinition& stage, Session* session, const QString& scope,
                                 const NetworkContext* net, Clock* clock, QObject* parent)
    : QObject(parent), m_stage(stage), m_session(session), m_scope(scope), m_net(net), m_clock(clock),
      m_runner(new CheckRunner(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs());
    connect(&m_debounce, &QTimer::timeout, this, &StageController::run);
    connect(m_runner, &CheckRunner::checkFinished, this, &StageController::onCheckFinished);
    connect(m_runner, &CheckRunner::allFinished, this, &StageController::onAllFinished);
    connect(session, &Session::recordChanged, this, &StageController::onRecordChanged);
    connect(session, &Session::certificateExceptionsChanged, this, &StageController::run);
}

StageController::~StageController() = default;

bool StageController::isRunning() const { return m_runner->isRunning(); }

bool StageController::isIdle() const
{
    return !isRunning() && !m_debounce.isActive() && !m_validationPending && !m_runQueued;
}

QStringList StageController::runningChecks() const
{
    QStringList out;
    for (const Check* c : m_runner->checks()) {
        if (c->isRunning())
            out << QStringLiteral("%1 (%2)").arg(c->spec().stepId, c->id());
    }
    return out;
}

void StageController::run()
{
    m_debounce.stop();
    m_runQueued = false;
    m_runner->clear();
    const QList<Check*> checks = m_stage.createChecks(*m_session, m_scope, m_net, m_clock);
    QStringList steps;
    for (Check* c : checks) {
        m_runner->addCheck(c);
        if (!steps.contains(c->spec().stepId))
            steps << c->spec().stepId;
    }
    if (checks.isEmpty()) {
        announceIfIdle();
        return;
    }
    Q_EMIT runStarted(steps);
    m_runner->start();
}

void StageController::scheduleRun() { m_debounce.start(); }

void StageController::cancel()
{
    m_debounce.stop();
    m_validationPending = false;
    m_runQueued = false;
    m_runner->cancel();
}

void StageController::onRecordChanged(const QString& scope, const QString& stepId)
{
    if (scope != m_scope || !m_stage.startsValidation(stepId))
        return;
    // Confirming the step that ends the upgrade (setup.ps1 at 7e, the copy at 8c, the PA bulk
    // upgrade) starts the validation of what was upgraded, once.
    const StepRecord record = m_session->record(scope, stepId);
    bool hasAfter = false;
    for (const CheckResult& r : record.checks)
        hasAfter = hasAfter || r.phase == CheckPhase::After;
    if (!record.confirmation.confirmed || hasAfter)
        return;
    if (isRunning()) {
        m_validationPending = true; // the validation runs once the current run is done
    }
    else if (!m_runQueued) {
        m_runQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (m_runQueued)
                run();
        });
    }
}

void StageController::onCheckFinished(const CheckResult& result)
{
    m_session->setCheckResult(m_scope, result.stepId, result);
    // A check may offer values for its step (the one address DNS gave, the site IIS reported):
    // they fill empty inputs only, never what the engineer typed.
    const QJsonObject suggested = result.evidence.value(QStringLiteral("suggestedValues")).toObject();
    bool filled = false;
    for (auto it = suggested.begin(); it != suggested.end(); ++it) {
        if (m_session->record(m_scope, result.stepId).values.value(it.key()).isEmpty()) {
            m_session->setValue(m_scope, result.stepId, it.key(), it.value().toString());
            filled = true;
        }
    }
    if (filled)
        scheduleRun(); // checks that depend on the new value run again
    Q_EMIT checkFinished(result);
}

void StageController::onAllFinished()
{
    if (m_validationPending) {
        m_validationPending = false;
        m_runQueued = true;
        QTimer::singleShot(0, this, [this] {
            if (m_runQueued)
                run();
        });
    }
    Q_EMIT runFinished();
    announceIfIdle();
}

void StageController::announceIfIdle()
{
    // Queued: a listener may start the next run from here without re-entering this one.
    QTimer::singleShot(0, this, [this] {
        if (isIdle())
            Q_EMIT idle();
    });
}

} // namespace o365
