#include "StepState.h"

#include "stages/application/MosiUrl.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"

#include <QHostAddress>

namespace o365 {

bool StepRules::hasChecks(const QString& stepId)
{
    static const QStringList checked = {
        QStringLiteral("start.prerequisites"), QStringLiteral("gateway.1f"),    QStringLiteral("gateway.1g"),
        QStringLiteral("gateway.4"),           QStringLiteral("gateway.6b"),    QStringLiteral("gateway.7e"),
        QStringLiteral("dispatcher.1b"),       QStringLiteral("dispatcher.1c"), QStringLiteral("dispatcher.4"),
        QStringLiteral("dispatcher.6b"),       QStringLiteral("dispatcher.7e"), QStringLiteral("dispatcher.8c"),
        QStringLiteral("provisioning.2"),      QStringLiteral("provisioning.3"),
        QStringLiteral("paapp.2"),             QStringLiteral("paapp.3"),       QStringLiteral("paapp.4"),
    };
    return checked.contains(stepId);
}

bool StepRules::mayFallBackToManual(const QString& stepId)
{
    return stepId == QLatin1String("paapp.2") || stepId == QLatin1String("paapp.4");
}

bool StepRules::isManualFallback(const CheckResult& result)
{
    return result.status == CheckStatus::Skipped && result.evidence.value(QStringLiteral("manualFallback")).toBool();
}

bool StepRules::offersManualFallback(const StepRecord& record)
{
    for (const CheckResult& r : record.checks) {
        if (r.phase == CheckPhase::Before && isManualFallback(r))
            return true;
    }
    return false;
}

QString StepRules::inputError(const QString& key, const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    if (key == QLatin1String("ipAddress") || key == QLatin1String("siteIp")) {
        QHostAddress address;
        // An IPv4 address must be written in full dotted-decimal form: QHostAddress also takes
        // "203.0.113" (= 203.0.0.113), "10" or "010.0.0.1" (octal), which are typos here.
        if (!address.setAddress(v) || v.contains(QLatin1Char('/')) ||
            (address.protocol() == QAbstractSocket::IPv4Protocol && address.toString() != v))
            return tr("\"%1\" is not an IP address. Enter it as 203.0.113.10 or 2001:db8::10.").arg(v);
    }
    if (key != QLatin1String("iisOutput") && key != QLatin1String("pearOutput") && (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))))
        return tr("The value must be on one line.");
    return {};
}

StepState StepRules::evaluate(const Step& step, const StepRecord& record)
{
    if (step.kind == StepKind::Information)
        return StepState::Info;
    if (record.override_.isActive())
        return StepState::Overridden;
    for (const CheckResult& r : record.checks) {
        if (r.blocks())
            return StepState::Failed;
    }
    switch (step.kind) {
    case StepKind::Information:
        return StepState::Info;
    case StepKind::ManualConfirmation:
        return record.confirmation.confirmed ? StepState::Done : StepState::Open;
    case StepKind::Input:
        for (const StepInput& in : step.inputs) {
            const QString v = record.values.value(in.key).trimmed();
            if (!inputError(in.key, v).isEmpty() || (v.isEmpty() && !in.optional))
                return StepState::Open;
        }
        return StepState::Done;
    case StepKind::AutomatedCheck: {
        if (!hasChecks(step.id))
            return record.confirmation.confirmed ? StepState::Done : StepState::Open;
        bool any = false;
        for (const CheckResult& r : record.checks) {
            if (r.phase != CheckPhase::Before)
                continue;
            // A check that could not ask (the PA API not configured or unable to answer) leaves the
            // step to the engineer's confirmation.
            if (isManualFallback(r) && record.confirmation.confirmed) {
                any = true;
                continue;
            }
            if (!r.isFinished() || r.status == CheckStatus::Skipped)
                return StepState::Open;
            any = true;
        }
        return any ? StepState::Done : StepState::Open;
    }
    }
    return StepState::Open;
}

QString StepRules::notApplicableReason(const Step& step, const Session& session, const QString& scope)
{
    if (step.parentId == QLatin1String("dispatcher.8")) {
        const QString url =
            session.record(scope, QStringLiteral("dispatcher.1a")).values.value(QStringLiteral("dispatcherUrl"));
        const GatewayUrl parsed = GatewayUrl::parseDispatcherUrl(url);
        if (parsed.ok() && parsed.fileName.isEmpty())
            return tr("Not needed: the agreement's URL names no file.");
    }
    if (step.id == QLatin1String("paapp.4") && session.field(Session::fieldSyncScript()) != QLatin1String("yes"))
        return tr("Not needed: the synchronization script is not used.");
    return {};
}

StepState StepRules::evaluateIn(const Step& step, const Session& session, const QString& scope)
{
    const StepRecord record = session.record(scope, step.id);
    if (step.kind != StepKind::Information && !record.override_.isActive() &&
        !notApplicableReason(step, session, scope).isEmpty())
        return StepState::NotApplicable;
    return evaluate(step, record);
}

StepRules::Summary StepRules::summarize(const Stage& stage, const Session& session, const QString& scope)
{
    Summary s;
    for (const Step& step : stage.steps) {
        const StepState st = evaluateIn(step, session, scope);
        if (st == StepState::Info || st == StepState::NotApplicable)
            continue;
        ++s.actionable;
        switch (st) {
        case StepState::Done: ++s.done; break;
        case StepState::Overridden: ++s.overridden; break;
        case StepState::Failed: ++s.failed; break;
        case StepState::Open: ++s.open; break;
        case StepState::Info:
        case StepState::NotApplicable: break;
        }
    }
    return s;
}

QString toString(StepState s)
{
    switch (s) {
    case StepState::Info: return QStringLiteral("info");
    case StepState::Open: return QStringLiteral("open");
    case StepState::Done: return QStringLiteral("done");
    case StepState::Failed: return QStringLiteral("failed");
    case StepState::Overridden: return QStringLiteral("overridden");
    case StepState::NotApplicable: return QStringLiteral("notApplicable");
    }
    return {};
}

} // namespace o365
