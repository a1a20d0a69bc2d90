#include "Report.h"

#include "core/AppInfo.h"
#include "core/Clock.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"
#include "kb/StageDefinition.h"
#include "procedure/Procedure.h"
#include "stages/signoff/SignOffStage.h"
#include "kb/StepState.h"

namespace o365
{

namespace
{

QString roleName(StepRole r)
{
    switch (r) {
    case StepRole::Numbered:
        return QStringLiteral("numbered");
    case StepRole::SubStep:
        return QStringLiteral("subStep");
    case StepRole::Important:
        return QStringLiteral("important");
    case StepRole::Note:
        return QStringLiteral("note");
    case StepRole::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString kindName(StepKind k)
{
    switch (k) {
    case StepKind::Information:
        return QStringLiteral("information");
    case StepKind::ManualConfirmation:
        return QStringLiteral("manualConfirmation");
    case StepKind::Input:
        return QStringLiteral("input");
    case StepKind::AutomatedCheck:
        return QStringLiteral("automatedCheck");
    }
    return {};
}

QString zoneOf(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const int offset = t.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

ReportStep makeStep(const Step& step, const Session& session, const QString& scope)
{
    const StepRecord rec = session.record(scope, step.id);
    ReportStep s;
    s.id = step.id;
    s.number = step.number;
    s.role = roleName(step.role);
    s.kind = kindName(step.kind);
    s.text = step.translatedText();
    const StageDefinition& stage = Procedure::instance().stageOf(step.id);
    s.state = toString(StepRules::evaluateIn(stage, step, session, scope));
    s.notApplicableReason = stage.notApplicableReason(step, session, scope);
    s.confirmed = rec.confirmation.confirmed;
    s.confirmedBy = rec.confirmation.by;
    s.confirmedAt = isoTimestamp(rec.confirmation.at);
    s.note = rec.note;
    s.values = rec.values;
    if (rec.override_.isActive()) {
        s.overrideJustification = rec.override_.justification;
        s.overrideBy = rec.override_.by;
        s.overrideAt = isoTimestamp(rec.override_.at);
    }
    s.checks = rec.checks;
    if (stage.hasCommand(step.id)) {
        const StepCommand c = stage.commandFor(step.id, session, scope);
        s.hasCommand = true;
        s.command = c.text;
        s.commandErrors = c.errors;
    }
    return s;
}

} // namespace

Report Report::fromSession(const Session& session, const QString& stageKey, QString* error)
{
    const ProcedureCatalogue& catalogue = ProcedureCatalogue::instance();
    Report r;
    ReportHeader& h = r.header;
    h.customer = session.field(Session::fieldCustomer());
    h.caseId = session.field(Session::fieldCase());
    h.engineer = session.field(Session::fieldEngineer());
    h.paVersion = session.field(Session::fieldPaVersion());
    h.installedVersion = session.field(Session::fieldInstalledVersion());
    h.targetVersion = session.field(Session::fieldTargetVersion());
    h.packageFile = session.field(Session::fieldPackageFile());
    h.packageSha256 = session.field(Session::fieldPackageSha256());
    h.packageVersion = session.field(Session::fieldPackageVersion());
    h.topology = session.field(Session::fieldTopology());
    h.syncScript = session.field(Session::fieldSyncScript());
    h.articleId = catalogue.articleId();
    h.toolVersion = appVersion();
    h.sessionId = session.id();
    h.createdAt = isoTimestamp(session.createdAt());
    h.updatedAt = isoTimestamp(session.updatedAt());
    h.timeZone = zoneOf(session.createdAt());
    // A training session relabelled "training": false by hand still names its scenario: still training.
    h.training = session.isTraining() || !session.field(Session::fieldTrainingScenario()).isEmpty();
    h.finished = session.isFinished();

    r.stageFilter = stageKey;
    if (!stageKey.isEmpty() && !catalogue.stageByKey(stageKey)) {
        if (error)
            *error = tr("There is no stage \"%1\". Stages: start, gateway, dispatcher, provisioning, paapp, features, "
                        "signoff.")
                         .arg(stageKey);
        r.includesFeatures = false;
        r.includesSignOff = false;
        return r;
    }

    for (const Stage& stage : catalogue.stages()) {
        if (!stageKey.isEmpty() && stage.key != stageKey)
            continue;
        ReportStage rs;
        rs.key = stage.key;
        rs.title = stage.translatedTitle();
        rs.kbSection = stage.translatedSection();
        const StageSkip skip = session.stageSkip(stage.key);
        rs.skipped = skip.skipped;
        rs.skipReason = skip.skipped ? skip.reason : QString();
        rs.skippedAt = skip.skipped ? isoTimestamp(skip.at) : QString();
        QList<QPair<QString, QString>> scopes; // scope, label
        if (stage.perGatewayApplication) {
            int n = 0;
            for (const GatewayApplication& gw : session.gatewayApplications()) {
                ++n;
                const QString label = gw.label.isEmpty() ? tr("Gateway application %1").arg(n)
                                                         : tr("Gateway application %1: %2").arg(n).arg(gw.label);
                scopes.append({Session::gatewayScope(gw.id), label});
            }
        } else {
            scopes.append({stage.key, rs.title});
        }
        for (const auto& scope : scopes) {
            ReportScope sc;
            sc.scope = scope.first;
            sc.label = scope.second;
            for (const Step& step : stage.steps)
                sc.steps.append(makeStep(step, session, scope.first));
            rs.scopes.append(sc);
        }
        r.stages.append(rs);
    }

    for (auto it = session.certificateExceptions().cbegin(); it != session.certificateExceptions().cend(); ++it)
        r.certificateExceptions.append({it.key(), it->sha256, it->subject, it->problems, it->by, isoTimestamp(it->at)});
    for (auto it = session.plainHttpAcknowledgements().cbegin(); it != session.plainHttpAcknowledgements().cend(); ++it)
        r.plainHttpAcknowledgements.append({it.key(), it->by, isoTimestamp(it->at)});

    r.includesFeatures = stageKey.isEmpty() || stageKey == QLatin1String("features");
    if (r.includesFeatures) {
        const QString scope = QStringLiteral("features");
        for (const FeatureRow& row : catalogue.featuresBetween(h.installedVersion, h.targetVersion)) {
            const StepRecord rec = session.record(scope, row.id);
            ReportFeature f;
            f.id = row.id;
            f.version = row.version;
            f.feature = QCoreApplication::translate("Procedure", row.feature);
            f.instruction = QCoreApplication::translate("Procedure", row.instruction);
            f.note = rec.note;
            if (rec.confirmation.confirmed) {
                f.status = QStringLiteral("deployed");
                f.by = rec.confirmation.by;
                f.at = isoTimestamp(rec.confirmation.at);
            } else if (rec.override_.isActive()) {
                f.status = QStringLiteral("deferred");
                f.by = rec.override_.by;
                f.at = isoTimestamp(rec.override_.at);
                f.reason = rec.override_.justification;
            } else {
                f.status = QStringLiteral("open");
            }
            r.features.append(f);
        }
    }

    r.includesSignOff = stageKey.isEmpty() || stageKey == QLatin1String("signoff");
    if (r.includesSignOff) {
        const StepRecord rec = session.record(SignOffStage::stageKey(), SignOffStage::confirmStep());
        r.signOff.confirmed = rec.confirmation.confirmed;
        r.signOff.by = rec.confirmation.by;
        r.signOff.at = isoTimestamp(rec.confirmation.at);
        r.signOff.note = rec.note;
    }
    return r;
}

QStringList Report::stageTitles() const
{
    QStringList titles;
    for (const ReportStage& s : stages)
        titles.append(s.title);
    return titles;
}

} // namespace o365
