#include "Session.h"

#include "core/Clock.h"

#include <QJsonArray>
#include <QUuid>

namespace o365 {

namespace {

QString iso(const QDateTime& t) { return isoTimestamp(t); }

QDateTime fromIso(const QJsonValue& v) { return fromIsoTimestamp(v.toString()); }

QString S(const char* s) { return QString::fromLatin1(s); }

} // namespace

// ---- StepRecord ----------------------------------------------------------------------

bool StepRecord::isEmpty() const
{
    return !confirmation.confirmed && note.isEmpty() && values.isEmpty() && !override_.isActive() && checks.isEmpty();
}

QJsonObject StepRecord::toJson() const
{
    QJsonObject o;
    if (confirmation.confirmed) {
        o.insert(S("confirmed"), true);
        o.insert(S("confirmedBy"), confirmation.by);
        o.insert(S("confirmedAt"), iso(confirmation.at));
    }
    if (!note.isEmpty())
        o.insert(S("note"), note);
    if (!values.isEmpty()) {
        QJsonObject v;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            v.insert(it.key(), it.value());
        o.insert(S("values"), v);
    }
    if (override_.isActive()) {
        o.insert(S("override"), QJsonObject{{S("justification"), override_.justification},
                                            {S("by"), override_.by},
                                            {S("at"), iso(override_.at)}});
    }
    if (!checks.isEmpty()) {
        QJsonArray a;
        for (const CheckResult& r : checks)
            a.append(r.toJson());
        o.insert(S("checks"), a);
    }
    return o;
}

StepRecord StepRecord::fromJson(const QJsonObject& o)
{
    StepRecord r;
    r.confirmation.confirmed = o.value(S("confirmed")).toBool();
    if (r.confirmation.confirmed) {
        r.confirmation.by = o.value(S("confirmedBy")).toString();
        r.confirmation.at = fromIso(o.value(S("confirmedAt")));
    }
    r.note = o.value(S("note")).toString();
    const QJsonObject values = o.value(S("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        r.values.insert(it.key(), it.value().toString());
    const QJsonObject ov = o.value(S("override")).toObject();
    r.override_.justification = ov.value(S("justification")).toString();
    r.override_.by = ov.value(S("by")).toString();
    r.override_.at = fromIso(ov.value(S("at")));
    for (const QJsonValue& v : o.value(S("checks")).toArray())
        r.checks.append(CheckResult::fromJson(v.toObject()));
    return r;
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

QJsonObject Session::toJson() const
{
    QJsonObject o;
    o.insert(S("format"), formatName());
    o.insert(S("schema"), SchemaVersion);
    o.insert(S("id"), m_id);
    o.insert(S("createdAt"), iso(m_createdAt));
    o.insert(S("updatedAt"), iso(m_updatedAt));
    o.insert(S("training"), m_training);
    o.insert(S("finished"), m_finished);
    o.insert(S("lastPage"), m_lastPage);
    QJsonObject fields;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    o.insert(S("fields"), fields);
    QJsonArray gateways;
    for (const GatewayApplication& g : m_gateways)
        gateways.append(QJsonObject{{S("id"), g.id}, {S("label"), g.label}});
    o.insert(S("gatewayApplications"), gateways);
    QJsonObject skips;
    for (auto it = m_skips.cbegin(); it != m_skips.cend(); ++it) {
        if (it->skipped)
            skips.insert(it.key(), QJsonObject{{S("reason"), it->reason}, {S("at"), iso(it->at)}});
    }
    o.insert(S("skippedStages"), skips);
    QJsonObject certs;
    for (auto it = m_certExceptions.cbegin(); it != m_certExceptions.cend(); ++it) {
        certs.insert(it.key(), QJsonObject{{S("sha256"), it->sha256},
                                           {S("subject"), it->subject},
                                           {S("problems"), QJsonArray::fromStringList(it->problems)},
                                           {S("by"), it->by},
                                           {S("at"), iso(it->at)}});
    }
    o.insert(S("certificateExceptions"), certs);
    QJsonObject records;
    for (auto scope = m_records.cbegin(); scope != m_records.cend(); ++scope) {
        QJsonObject steps;
        for (auto it = scope->cbegin(); it != scope->cend(); ++it) {
            if (!it->isEmpty())
                steps.insert(it.key(), it->toJson());
        }
        if (!steps.isEmpty())
            records.insert(scope.key(), steps);
    }
    o.insert(S("records"), records);
    return o;
}

Session::LoadResult Session::loadJson(const QJsonObject& o)
{
    if (o.value(S("format")).toString() != formatName())
        return {LoadError::NotASession, tr("This file is not an O365 Upgrade Wizard session (no \"format\": \"%1\").")
                                            .arg(formatName())};
    const QJsonValue schema = o.value(S("schema"));
    if (!schema.isDouble() || schema.toInt() < 1)
        return {LoadError::Invalid, tr("The session has no valid schema version.")};
    if (schema.toInt() > SchemaVersion)
        return {LoadError::NewerSchema,
                tr("The session was written by a newer version of the wizard (schema %1; this version reads up to "
                   "%2). Open it with that version, or update this one.")
                    .arg(schema.toInt())
                    .arg(SchemaVersion)};
    const QString id = o.value(S("id")).toString();
    if (id.isEmpty())
        return {LoadError::Invalid, tr("The session has no id.")};
    // A part of the wrong type would be read as empty, and the next autosave would then write over what it
    // held: refuse the file instead, so that it stays as it is.
    auto wrongForm = [](const QString& key) {
        return LoadResult{LoadError::Invalid,
                          tr("The session's \"%1\" is not in the expected form (edited by hand, or damaged).").arg(key)};
    };
    for (const char* key : {"fields", "skippedStages", "certificateExceptions", "records"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            return wrongForm(QLatin1String(key));
    }
    if (!o.value(S("gatewayApplications")).isArray())
        return wrongForm(S("gatewayApplications"));
    const QJsonObject recordsIn = o.value(S("records")).toObject();
    for (auto scope = recordsIn.begin(); scope != recordsIn.end(); ++scope) {
        if (!scope.value().isObject())
            return wrongForm(S("records/") + scope.key());
        const QJsonObject steps = scope.value().toObject();
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            if (!it.value().isObject())
                return wrongForm(S("records/") + scope.key() + QLatin1Char('/') + it.key());
        }
    }
    const QJsonArray gateways = o.value(S("gatewayApplications")).toArray();
    QList<GatewayApplication> gws;
    int next = 1;
    for (const QJsonValue& v : gateways) {
        const QJsonObject g = v.toObject();
        const QString gid = g.value(S("id")).toString();
        if (gid.isEmpty())
            return {LoadError::Invalid, tr("A gateway application in the session has no id.")};
        gws.append({gid, g.value(S("label")).toString()});
        if (gid.startsWith(QLatin1String("gw")))
            next = std::max(next, gid.mid(2).toInt() + 1);
    }
    if (gws.isEmpty())
        return {LoadError::Invalid, tr("The session lists no gateway application.")};

    m_id = id;
    m_createdAt = fromIso(o.value(S("createdAt")));
    m_updatedAt = fromIso(o.value(S("updatedAt")));
    m_training = o.value(S("training")).toBool();
    m_finished = o.value(S("finished")).toBool();
    m_lastPage = o.value(S("lastPage")).toString();
    m_fields.clear();
    const QJsonObject fields = o.value(S("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        m_fields.insert(it.key(), it.value().toString());
    m_gateways = gws;
    m_nextGateway = next;
    m_skips.clear();
    const QJsonObject skips = o.value(S("skippedStages")).toObject();
    for (auto it = skips.begin(); it != skips.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        m_skips.insert(it.key(), {true, s.value(S("reason")).toString(), fromIso(s.value(S("at")))});
    }
    m_certExceptions.clear();
    const QJsonObject certs = o.value(S("certificateExceptions")).toObject();
    for (auto it = certs.begin(); it != certs.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QStringList problems;
        for (const QJsonValue& p : c.value(S("problems")).toArray())
            problems << p.toString();
        m_certExceptions.insert(it.key().toLower(), {c.value(S("sha256")).toString(), c.value(S("subject")).toString(),
                                                     problems, c.value(S("by")).toString(), fromIso(c.value(S("at")))});
    }
    m_records.clear();
    const QJsonObject records = o.value(S("records")).toObject();
    for (auto scope = records.begin(); scope != records.end(); ++scope) {
        const QJsonObject steps = scope.value().toObject();
        for (auto it = steps.begin(); it != steps.end(); ++it)
            m_records[scope.key()].insert(it.key(), StepRecord::fromJson(it.value().toObject()));
    }
    return {};
}

} // namespace o365
