#include "SessionJson.h"

#include "core/Clock.h"
#include "session/Session.h"
#include "session/SessionSchema.h"

#include <QJsonArray>

namespace o365 {

namespace {

QString iso(const QDateTime& t) { return isoTimestamp(t); }

QDateTime fromIso(const QJsonValue& v) { return fromIsoTimestamp(v.toString()); }

QString S(const char* s) { return QString::fromLatin1(s); }

} // namespace

QJsonObject SessionJson::recordToJson(const StepRecord& record)
{
    QJsonObject o;
    if (record.confirmation.confirmed) {
        o.insert(S("confirmed"), true);
        o.insert(S("confirmedBy"), record.confirmation.by);
        o.insert(S("confirmedAt"), iso(record.confirmation.at));
    }
    if (!record.note.isEmpty())
        o.insert(S("note"), record.note);
    if (!record.values.isEmpty()) {
        QJsonObject v;
        for (auto it = record.values.cbegin(); it != record.values.cend(); ++it)
            v.insert(it.key(), it.value());
        o.insert(S("values"), v);
    }
    if (record.override_.isActive()) {
        o.insert(S("override"), QJsonObject{{S("justification"), record.override_.justification},
                                            {S("by"), record.override_.by},
                                            {S("at"), iso(record.override_.at)}});
    }
    if (!record.checks.isEmpty()) {
        QJsonArray a;
        for (const CheckResult& r : record.checks)
            a.append(r.toJson());
        o.insert(S("checks"), a);
    }
    return o;
}

StepRecord SessionJson::recordFromJson(const QJsonObject& o)
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

QJsonObject SessionJson::toJson(const Session& session)
{
    QJsonObject o;
    o.insert(S("format"), formatName());
    o.insert(S("schema"), SchemaVersion);
    o.insert(S("id"), session.m_id);
    o.insert(S("createdAt"), iso(session.m_createdAt));
    o.insert(S("updatedAt"), iso(session.m_updatedAt));
    o.insert(S("training"), session.m_training);
    o.insert(S("finished"), session.m_finished);
    o.insert(S("lastPage"), session.m_lastPage);
    QJsonObject fields;
    for (auto it = session.m_fields.cbegin(); it != session.m_fields.cend(); ++it)
        fields.insert(it.key(), it.value());
    o.insert(S("fields"), fields);
    QJsonArray gateways;
    for (const GatewayApplication& g : session.m_gateways)
        gateways.append(QJsonObject{{S("id"), g.id}, {S("label"), g.label}});
    o.insert(S("gatewayApplications"), gateways);
    QJsonObject skips;
    for (auto it = session.m_skips.cbegin(); it != session.m_skips.cend(); ++it) {
        if (it->skipped)
            skips.insert(it.key(), QJsonObject{{S("reason"), it->reason}, {S("at"), iso(it->at)}});
    }
    o.insert(S("skippedStages"), skips);
    QJsonObject certs;
    for (auto it = session.m_certExceptions.cbegin(); it != session.m_certExceptions.cend(); ++it) {
        certs.insert(it.key(), QJsonObject{{S("sha256"), it->sha256},
                                           {S("subject"), it->subject},
                                           {S("problems"), QJsonArray::fromStringList(it->problems)},
                                           {S("by"), it->by},
                                           {S("at"), iso(it->at)}});
    }
    o.insert(S("certificateExceptions"), certs);
    QJsonObject plainHttp;
    for (auto it = session.m_plainHttp.cbegin(); it != session.m_plainHttp.cend(); ++it)
        plainHttp.insert(it.key(), QJsonObject{{S("by"), it->by}, {S("at"), iso(it->at)}});
    o.insert(S("plainHttpAcknowledgements"), plainHttp);
    QJsonObject records;
    for (auto scope = session.m_records.cbegin(); scope != session.m_records.cend(); ++scope) {
        QJsonObject steps;
        for (auto it = scope->cbegin(); it != scope->cend(); ++it) {
            if (!it->isEmpty())
                steps.insert(it.key(), recordToJson(*it));
        }
        if (!steps.isEmpty())
            records.insert(scope.key(), steps);
    }
    o.insert(S("records"), records);
    return o;
}

SessionJson::LoadResult SessionJson::load(const QJsonObject& o, Session* session)
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
    // Every value of the documented type, or the file is refused (and left as it is).
    const QString typeProblem = SessionSchema::check(o);
    if (!typeProblem.isEmpty())
        return {LoadError::Invalid,
                tr("The session is not in the expected form (edited by hand, or damaged): %1").arg(typeProblem)};
    const QString id = o.value(S("id")).toString();
    if (id.isEmpty())
        return {LoadError::Invalid, tr("The session has no id.")};
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

    session->m_id = id;
    session->m_createdAt = fromIso(o.value(S("createdAt")));
    session->m_updatedAt = fromIso(o.value(S("updatedAt")));
    session->m_training = o.value(S("training")).toBool();
    session->m_finished = o.value(S("finished")).toBool();
    session->m_lastPage = o.value(S("lastPage")).toString();
    session->m_fields.clear();
    const QJsonObject fields = o.value(S("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        session->m_fields.insert(it.key(), it.value().toString());
    session->m_gateways = gws;
    session->m_nextGateway = next;
    session->m_skips.clear();
    const QJsonObject skips = o.value(S("skippedStages")).toObject();
    for (auto it = skips.begin(); it != skips.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        session->m_skips.insert(it.key(), {true, s.value(S("reason")).toString(), fromIso(s.value(S("at")))});
    }
    session->m_certExceptions.clear();
    const QJsonObject certs = o.value(S("certificateExceptions")).toObject();
    for (auto it = certs.begin(); it != certs.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QStringList problems;
        for (const QJsonValue& p : c.value(S("problems")).toArray())
            problems << p.toString();
        session->m_certExceptions.insert(it.key().toLower(), {c.value(S("sha256")).toString(), c.value(S("subject")).toString(),
                                                     problems, c.value(S("by")).toString(), fromIso(c.value(S("at")))});
    }
    session->m_plainHttp.clear();
    const QJsonObject plainHttp = o.value(S("plainHttpAcknowledgements")).toObject();
    for (auto it = plainHttp.begin(); it != plainHttp.end(); ++it) {
        const QJsonObject a = it.value().toObject();
        session->m_plainHttp.insert(it.key().toLower(), {a.value(S("by")).toString(), fromIso(a.value(S("at")))});
    }
    session->m_records.clear();
    const QJsonObject records = o.value(S("records")).toObject();
    for (auto scope = records.begin(); scope != records.end(); ++scope) {
        const QJsonObject steps = scope.value().toObject();
        for (auto it = steps.begin(); it != steps.end(); ++it)
            session->m_records[scope.key()].insert(it.key(), recordFromJson(it.value().toObject()));
    }
    // The topology is the one source of truth for the Callbacks-Dispatcher skip: a file whose
    // skippedStages disagree with it is read as the topology says.
    session->updateDispatcherSkip();
    return {};
}

} // namespace o365
