#include "CheckRunner.h"

#include "checks/Check.h"

namespace o365 {

CheckRunner::CheckRunner(QObject* parent) : QObject(parent) {}

CheckRunner::~CheckRunner()
{
    // Cancel quietly: nobody listens any more.
    for (Check* c : std::as_const(m_checks))
        c->disconnect(this);
    qDeleteAll(m_checks);
}

void CheckRunner::addCheck(Check* check)
{
    check->setParent(this);
    m_checks.append(check);
    connect(check, &Check::started, this, [this, check] { Q_EMIT checkStarted(check->id()); });
    connect(check, &Check::finished, this, &CheckRunner::onFinished);
}

void CheckRunner::clear()
{
    cancelQuietly();
    for (Check* c : std::as_const(m_checks))
        c->disconnect(this);
    qDeleteAll(m_checks);
    m_checks.clear();
    m_pending = 0;
}

void CheckRunner::start()
{
    if (isRunning())
        cancelQuietly(); // a re-run: the old run ends without reports of its own
    m_pending = m_checks.size();
    if (m_pending == 0) {
        Q_EMIT allFinished();
        return;
    }
    // Copy: a check that finishes synchronously must not disturb the iteration.
    const QList<Check*> checks = m_checks;
    for (Check* c : checks)
        c->start();
}

void CheckRunner::cancel()
{
    const QList<Check*> checks = m_checks;
    for (Check* c : checks)
        c->cancel();
}

void CheckRunner::cancelQuietly()
{
    m_quiet = true;
    cancel();
    m_quiet = false;
    m_pending = 0;
}

QList<CheckResult> CheckRunner::results() const
{
    QList<CheckResult> out;
    for (const Check* c : m_checks)
        out.append(c->result());
    return out;
}

void CheckRunner::onFinished(const CheckResult& result)
{
    if (m_quiet)
        return;
    Q_EMIT checkFinished(result);
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT allFinished();
}

} // namespace o365
