#include "ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace o365
{

namespace
{

inline QString S(const char* s)
{
    return QString::fromLatin1(s);
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QStringList stringsFrom(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonObject headerJson(const ReportHeader& h)
{
    return QJsonObject{
        {S("customer"), h.customer},
        {S("caseId"), h.caseId},
        {S("engineer"), h.engineer},
        {S("paVersion"), h.paVersion},
        {S("installedVersion"), h.installedVersion},
        {S("targetVersion"), h.targetVersion},
        {S("packageFile"), h.packageFile},
        {S("packageSha256"), h.packageSha256},
        {S("packageVersion"), h.packageVersion},
        {S("topology"), h.topology},
        {S("syncScript"), h.syncScript},
        {S("articleId"), h.articleId},
        {S("toolVersion"), h.toolVersion},
        {S("sessionId"), h.sessionId},
        {S("createdAt"), h.createdAt},
        {S("updatedAt"), h.updatedAt},
        {S("timeZone"), h.timeZone},
        {S("logFile"), h.logFile},
        {S("logSha256"), h.logSha256},
        {S("training"), h.training},
        {S("finished"), h.finished},
    };
}

ReportHeader headerFrom(const QJsonObject& o)
{
    ReportHeader h;
    h.customer = o.value(S("customer")).toString();
    h.caseId = o.value(S("caseId")).toString();
    h.engineer = o.value(S("engineer")).toString();
    h.paVersion = o.value(S("paVersion")).toString();
    h.installedVersion = o.value(S("installedVersion")).toString();
    h.targetVersion = o.value(S("targetVersion")).toString();
    h.packageFile = o.value(S("packageFile")).toString();
    h.packageSha256 = o.value(S("packageSha256")).toString();
    h.packageVersion = o.value(S("packageVersion")).toString();
    h.topology = o.value(S("topology")).toString();
    h.syncScript = o.value(S("syncScript")).toString();
    h.articleId = o.value(S("articleId")).toString();
    h.toolVersion = o.value(S("toolVersion")).toString();
    h.sessionId = o.value(S("sessionId")).toString();
    h.createdAt = o.value(S("createdAt")).toString();
    h.updatedAt = o.value(S("updatedAt")).toString();
    h.timeZone = o.value(S("timeZone")).toString();
    h.logFile = o.value(S("logFile")).toString();
    h.logSha256 = o.value(S("logSha256")).toString();
    h.training = o.value(S("training")).toBool();
    h.finished = o.value(S("finished")).toBool();
    return h;
}

QJsonObject stepJson(const ReportStep& s)
{
    QJsonObject values;
    for (auto it = s.values.cbegin(); it != s.values.cend(); ++it)
        values.insert(it.key(), it.value());
    QJsonArray checks;
    for (const CheckResult& c : s.checks)
        checks.append(c.toJson());
    QJsonObject o{
        {S("id"), s.id},
        {S("number"), s.number},
        {S("role"), s.role},
        {S("kind"), s.kind},
        {S("text"), s.text},
        {S("state"), s.state},
        {S("notApplicableReason"), s.notApplicableReason},
        {S("confirmed"), s.confirmed},
        {S("confirmedBy"), s.confirmedBy},
        {S("confirmedAt"), s.confirmedAt},
        {S("note"), s.note},
        {S("values"), values},
        {S("override"),
         QJsonObject{{S("justification"), s.overrideJustification}, {S("by"), s.overrideBy}, {S("at"), s.overrideAt}}},
        {S("checks"), checks},
    };
    if (s.hasCommand)
        o.insert(S("command"), QJsonObject{{S("text"), s.command}, {S("errors"), strings(s.commandErrors)}});
    return o;
}

ReportStep stepFrom(const QJsonObject& o)
{
    ReportStep s;
    s.id = o.value(S("id")).toString();
    s.number = o.value(S("number")).toString();
    s.role = o.value(S("role")).toString();
    s.kind = o.value(S("kind")).toString();
    s.text = o.value(S("text")).toString();
    s.state = o.value(S("state")).toString();
    s.notApplicableReason = o.value(S("notApplicableReason")).toString();
    s.confirmed = o.value(S("confirmed")).toBool();
    s.confirmedBy = o.value(S("confirmedBy")).toString();
    s.confirmedAt = o.value(S("confirmedAt")).toString();
    s.note = o.value(S("note")).toString();
    const QJsonObject values = o.value(S("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it)
        s.values.insert(it.key(), it.value().toString());
    const QJsonObject ov = o.value(S("override")).toObject();
    s.overrideJustification = ov.value(S("justification")).toString();
    s.overrideBy = ov.value(S("by")).toString();
    s.overrideAt = ov.value(S("at")).toString();
    for (const QJsonValue& c : o.value(S("checks")).toArray())
        s.checks.append(CheckResult::fromJson(c.toObject()));
    if (o.contains(S("command"))) {
        const QJsonObject c = o.value(S("command")).toObject();
        s.hasCommand = true;
        s.command = c.value(S("text")).toString();
        s.commandErrors = stringsFrom(c.value(S("errors")));
    }
    return s;
}

} // namespace

QJsonObject ReportJson::toJson(const Report& report)
{
    QJsonArray stages;
    for (const ReportStage& st : report.stages) {
        QJsonArray scopes;
        for (const ReportScope& sc : st.scopes) {
            QJsonArray steps;
            for (const ReportStep& s : sc.steps)
                steps.append(stepJson(s));
            scopes.append(QJsonObject{{S("scope"), sc.scope}, {S("label"), sc.label}, {S("steps"), steps}});
        }
        stages.append(QJsonObject{
            {S("key"), st.key},
            {S("title"), st.title},
            {S("kbSection"), st.kbSection},
            {S("skipped"), st.skipped},
            {S("skipReason"), st.skipReason},
            {S("skippedAt"), st.skippedAt},
            {S("scopes"), scopes},
        });
    }
    QJsonArray certs;
    for (const ReportCertificateException& c : report.certificateExceptions)
        certs.append(QJsonObject{{S("host"), c.host},
                                 {S("sha256"), c.sha256},
                                 {S("subject"), c.subject},
                                 {S("problems"), strings(c.problems)},
                                 {S("by"), c.by},
                                 {S("at"), c.at}});
    QJsonArray plainHttp;
    for (const ReportPlainHttpAcknowledgement& a : report.plainHttpAcknowledgements)
        plainHttp.append(QJsonObject{{S("host"), a.host}, {S("by"), a.by}, {S("at"), a.at}});
    QJsonObject o{
        {S("format"), Report::formatName()},
        {S("schema"), Report::SchemaVersion},
        {S("header"), headerJson(report.header)},
        {S("stageFilter"), report.stageFilter},
        {S("stages"), stages},
        {S("certificateExceptions"), certs},
        {S("plainHttpAcknowledgements"), plainHttp},
    };
    if (report.includesFeatures) {
        QJsonArray features;
        for (const ReportFeature& f : report.features)
            features.append(QJsonObject{{S("id"), f.id},
                                        {S("version"), f.version},
                                        {S("feature"), f.feature},
                                        {S("instruction"), f.instruction},
                                        {S("status"), f.status},
                                        {S("by"), f.by},
                                        {S("at"), f.at},
                                        {S("reason"), f.reason},
                                        {S("note"), f.note}});
        o.insert(S("features"), features);
    }
    if (report.includesSignOff) {
        const ReportSignOff& s = report.signOff;
        o.insert(S("signOff"),
                 QJsonObject{{S("confirmed"), s.confirmed}, {S("by"), s.by}, {S("at"), s.at}, {S("note"), s.note}});
    }
    return o;
}

QByteArray ReportJson::toBytes(const Report& report)
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact);
}

bool ReportJson::fromJson(const QJsonObject& o, Report* report, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (o.value(S("format")).toString() != Report::formatName())
        return fail(
            tr("This is not a report of the O365 Upgrade Wizard (no \"format\": \"%1\").").arg(Report::formatName()));
    const int schema = o.value(S("schema")).toInt(-1);
    if (schema < 1 || schema > Report::SchemaVersion)
        return fail(
            tr("The report's schema %1 is not one this version (%2) can read.").arg(schema).arg(Report::SchemaVersion));
    Report r;
    r.header = headerFrom(o.value(S("header")).toObject());
    r.stageFilter = o.value(S("stageFilter")).toString();
    for (const QJsonValue& sv : o.value(S("stages")).toArray()) {
        const QJsonObject so = sv.toObject();
        ReportStage st;
        st.key = so.value(S("key")).toString();
        st.title = so.value(S("title")).toString();
        st.kbSection = so.value(S("kbSection")).toString();
        st.skipped = so.value(S("skipped")).toBool();
        st.skipReason = so.value(S("skipReason")).toString();
        st.skippedAt = so.value(S("skippedAt")).toString();
        for (const QJsonValue& cv : so.value(S("scopes")).toArray()) {
            const QJsonObject co = cv.toObject();
            ReportScope sc;
            sc.scope = co.value(S("scope")).toString();
            sc.label = co.value(S("label")).toString();
            for (const QJsonValue& stepValue : co.value(S("steps")).toArray())
                sc.steps.append(stepFrom(stepValue.toObject()));
            st.scopes.append(sc);
        }
        r.stages.append(st);
    }
    for (const QJsonValue& cv : o.value(S("certificateExceptions")).toArray()) {
        const QJsonObject c = cv.toObject();
        r.certificateExceptions.append({c.value(S("host")).toString(), c.value(S("sha256")).toString(),
                                        c.value(S("subject")).toString(), stringsFrom(c.value(S("problems"))),
                                        c.value(S("by")).toString(), c.value(S("at")).toString()});
    }
    for (const QJsonValue& av : o.value(S("plainHttpAcknowledgements")).toArray()) {
        const QJsonObject a = av.toObject();
        r.plainHttpAcknowledgements.append(
            {a.value(S("host")).toString(), a.value(S("by")).toString(), a.value(S("at")).toString()});
    }
    r.includesFeatures = o.contains(S("features"));
    for (const QJsonValue& fv : o.value(S("features")).toArray()) {
        const QJsonObject f = fv.toObject();
        ReportFeature x;
        x.id = f.value(S("id")).toString();
        x.version = f.value(S("version")).toString();
        x.feature = f.value(S("feature")).toString();
        x.instruction = f.value(S("instruction")).toString();
        x.status = f.value(S("status")).toString();
        x.by = f.value(S("by")).toString();
        x.at = f.value(S("at")).toString();
        x.reason = f.value(S("reason")).toString();
        x.note = f.value(S("note")).toString();
        r.features.append(x);
    }
    r.includesSignOff = o.contains(S("signOff"));
    const QJsonObject so = o.value(S("signOff")).toObject();
    r.signOff.confirmed = so.value(S("confirmed")).toBool();
    r.signOff.by = so.value(S("by")).toString();
    r.signOff.at = so.value(S("at")).toString();
    r.signOff.note = so.value(S("note")).toString();
    *report = r;
    return true;
}

bool ReportJson::fromBytes(const QByteArray& bytes, Report* report, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The report is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    return fromJson(doc.object(), report, error);
}

} // namespace o365
