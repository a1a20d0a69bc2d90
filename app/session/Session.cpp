#include "Session.h"

#include "core/Clock.h"

#include <QUuid>

namespace o365 {

// ---- StepRecord ----------------------------------------------------------------------

bool StepRecord::isEmpty() const
{
    return !confirmation.confirmed && note.isEmpty() && values.isEmpty() && !override_.isActive() && checks.isEmpty();
}

// ---- Session -------------------------------------------------------------------------

Session::Session(Clock* clock, QObject* parent) : QObject(parent), m_clock(clock ? clock : Clock::system())
{
    m_id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_createdAt = m_clock->now();
    m_updatedAt = m_createdAt;
    m_fields.insert(fieldTopology(), topologySeparate());
    m_fields.insert(fieldSyncScript(), QStringLiteral("no"));
    m_gateways.append({QStringLiteral("gw1"), QString()});
    m_nextGateway = 2;
}

void Session::touch()
{
    m_updatedAt = m_clock->now();
    Q_EMIT changed();
}

void Session::setTraining(bool training)
{
    if (m_training == training)
        return;
    m_training = training;
    touch();
}

void Session::setFinished(bool finished)
{
    if (m_finished == finished)
        return;
    m_finished = finished;
    touch();
}

void Session::setLastPage(const QString& stageKey)
{
    if (m_lastPage == stageKey)
        return;
    m_lastPage = stageKey;
    touch();
}

void Session::setField(const QString& key, const QString& value)
{
    if (m_fields.value(key) == value && m_fields.contains(key))
        return;
    m_fields.insert(key, value);
    if (key == fieldTopology())
        updateDispatcherSkip();
    Q_EMIT fieldChanged(key);
    touch();
}

void Session::updateDispatcherSkip()
{
    StageSkip& skip = m_skips[QStringLiteral("dispatcher")];
    const bool single = singleGatewayTopology();
    if (skip.skipped == single)
        return;
    skip.skipped = single;
    skip.at = m_clock->now();
    skip.reason = single ? tr("Single Office 365 Gateway Application topology: the KB says to skip the "
                              "Callbacks-Dispatcher steps.")
                         : QString();
}

QString Session::addGatewayApplication()
{
    if (m_gateways.size() >= MaxGatewayApplications)
        return {};
    const QString id = QStringLiteral("gw%1").arg(m_nextGateway++);
    m_gateways.append({id, QString()});
    Q_EMIT gatewayApplicationsChanged();
    touch();
    return id;
}

bool Session::removeGatewayApplication(const QString& id)
{
    if (m_gateways.size() <= 1)
        return false;
    for (int i = 0; i < m_gateways.size(); ++i) {
        if (m_gateways.at(i).id == id) {
            m_gateways.removeAt(i);
            m_records.remove(gatewayScope(id));
            Q_EMIT gatewayApplicationsChanged();
            touch();
            return true;
        }
    }
    return false;
}

void Session::setGatewayLabel(const QString& id, const QString& label)
{
    for (GatewayApplication& g : m_gateways) {
        if (g.id == id && g.label != label) {
            g.label = label;
            Q_EMIT gatewayApplicationsChanged();
            touch();
            return;
        }
    }
}

void Session::acceptCertificate(const QString& host, const QString& sha256, const QString& subject,
                                const QStringList& problems)
{
    m_certExceptions.insert(host.toLower(), {sha256, subject, problems, field(fieldEngineer()), m_clock->now()});
    Q_EMIT certificateExceptionsChanged();
    touch();
}

void Session::revokeCertificate(const QString& host)
{
    if (m_certExceptions.remove(host.toLower()) == 0)
        return;
    Q_EMIT certificateExceptionsChanged();
    touch();
}

void Session::acknowledgePlainHttp(const QString& host)
{
    if (host.isEmpty() || plainHttpAcknowledged(host))
        return;
    m_plainHttp.insert(host.toLower(), {field(fieldEngineer()), m_clock->now()});
    Q_EMIT plainHttpAcknowledgementsChanged();
    touch();
}

void Session::withdrawPlainHttp(const QString& host)
{
    if (m_plainHttp.remove(host.toLower()) == 0)
        return;
    Q_EMIT plainHttpAcknowledgementsChanged();
    touch();
}

StepRecord Session::record(const QString& scope, const QString& stepId) const
{
    return m_records.value(scope).value(stepId);
}

StepRecord& Session::mutableRecord(const QString& scope, const QString& stepId)
{
    return m_records[scope][stepId];
}

void Session::setConfirmed(const QString& scope, const QString& stepId, bool confirmed)
{
    StepRecord& r = mutableRecord(scope, stepId);
    if (r.confirmation.confirmed == confirmed)
        return;
    r.confirmation.confirmed = confirmed;
    r.confirmation.by = confirmed ? field(fieldEngineer()) : QString();
    r.confirmation.at = confirmed ? m_clock->now() : QDateTime();
    Q_EMIT recordChanged(scope, stepId);
    touch();
}

void Session::setNote(const QString& scope, const QString& stepId, const QString& note)
{
    StepRecord& r = mutableRecord(scope, stepId);
    if (r.note == note)
        return;
    r.note = note;
    Q_EMIT recordChanged(scope, stepId);
    touch();
}

void Session::setValue(const QString& scope, const QString& stepId, const QString& key, const QString& value)
{
    StepRecord& r = mutableRecord(scope, stepId);
    if (r.values.value(key) == value && r.values.contains(key))
        return;
    if (value.isEmpty())
        r.values.remove(key);
    else
        r.values.insert(key, value);
    Q_EMIT recordChanged(scope, stepId);
    touch();
}

void Session::setOverride(const QString& scope, const QString& stepId, const QString& justification)
{
    StepRecord& r = mutableRecord(scope, stepId);
    if (r.override_.justification == justification)
        return;
    r.override_.justification = justification;
    const bool active = r.override_.isActive();
    r.override_.by = active ? field(fieldEngineer()) : QString();
    r.override_.at = active ? m_clock->now() : QDateTime();
    Q_EMIT recordChanged(scope, stepId);
    touch();
}

void Session::setCheckResult(const QString& scope, const QString& stepId, const CheckResult& result)
{
    StepRecord& r = mutableRecord(scope, stepId);
    for (CheckResult& existing : r.checks) {
        if (existing.checkId == result.checkId && existing.phase == result.phase) {
            existing = result;
            Q_EMIT recordChanged(scope, stepId);
            touch();
            return;
        }
    }
    r.checks.append(result);
    Q_EMIT recordChanged(scope, stepId);
    touch();
}

} // namespace o365
