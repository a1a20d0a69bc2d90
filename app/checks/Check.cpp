#include "Check.h"

#include "core/Clock.h"
#include "core/SessionLog.h"

namespace o365 {

Check::Check(Spec spec, Clock* clock, QObject* parent)
    : QObject(parent), m_spec(std::move(spec)), m_clock(clock ? clock : Clock::system())
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Check::onTimeout);
    m_result.checkId = m_spec.id;
    m_result.stepId = m_spec.stepId;
    m_result.severity = m_spec.severity;
    m_result.phase = m_spec.phase;
}

Check::~Check() = default;

void Check::start()
{
    if (m_running)
        return;
    m_result = CheckResult();
    m_result.checkId = m_spec.id;
    m_result.stepId = m_spec.stepId;
    m_result.severity = m_spec.severity;
    m_result.phase = m_spec.phase;
    m_result.status = CheckStatus::Running;
    m_result.startedAt = m_clock->now();
    m_running = true;
    m_elapsed.start();
    if (m_spec.timeoutMs > 0)
        m_timeout.start(m_spec.timeoutMs);
    if (m_logged)
        qCDebug(lcChecks) << "start" << m_spec.id << "step" << m_spec.stepId << "timeout" << m_spec.timeoutMs;
    Q_EMIT started();
    run();
}

void Check::cancel()
{
    if (!m_running)
        return;
    const QJsonObject evidence = partialEvidence();
    abort();
    finish(CheckStatus::Skipped, tr("The check was cancelled before it finished."), {}, evidence);
}

QString Check::timeoutMessage() const
{
    return tr("No answer within %1 seconds. Check that the host is reachable from this computer, then re-run the "
              "check.")
        .arg(m_spec.timeoutMs / 1000.0, 0, 'g', 3);
}

void Check::onTimeout()
{
    if (!m_running)
        return;
    const QString message = timeoutMessage();
    QJsonObject evidence = partialEvidence();
    evidence.insert(QStringLiteral("timedOutAfterMs"), m_spec.timeoutMs);
    timingOut();
    abort();
    finish(CheckStatus::Failed, message, tr("Timed out after %1 ms.").arg(m_spec.timeoutMs), evidence);
}

void Check::finish(CheckStatus status, const QString& message, const QString& detail, const QJsonObject& evidence)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_result.status = status;
    m_result.message = message;
    m_result.detail = detail;
    m_result.evidence = evidence;
    m_result.durationMs = m_elapsed.elapsed();
    if (m_logged)
        qCInfo(lcChecks).noquote() << m_spec.id << toString(status) << QStringLiteral("(%1 ms)").arg(m_result.durationMs)
                               << message << (detail.isEmpty() ? QString() : QStringLiteral("— ") + detail);
    Q_EMIT finished(m_result);
}

} // namespace o365
