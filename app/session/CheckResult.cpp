#include "CheckResult.h"

#include "core/Clock.h"

namespace o365 {

QString toString(CheckStatus s)
{
    switch (s) {
    case CheckStatus::NotRun: return QStringLiteral("notRun");
    case CheckStatus::Running: return QStringLiteral("running");
    case CheckStatus::Passed: return QStringLiteral("passed");
    case CheckStatus::Warning: return QStringLiteral("warning");
    case CheckStatus::Failed: return QStringLiteral("failed");
    case CheckStatus::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

QString toString(CheckSeverity s) { return s == CheckSeverity::Blocking ? QStringLiteral("blocking") : QStringLiteral("advisory"); }

QString toString(CheckPhase p) { return p == CheckPhase::Before ? QStringLiteral("before") : QStringLiteral("after"); }

CheckStatus checkStatusFromString(const QString& s)
{
    for (CheckStatus c : {CheckStatus::Running, CheckStatus::Passed, CheckStatus::Warning, CheckStatus::Failed,
                          CheckStatus::Skipped}) {
        if (toString(c) == s)
            return c;
    }
    return CheckStatus::NotRun;
}

CheckSeverity checkSeverityFromString(const QString& s)
{
    return s == QLatin1String("advisory") ? CheckSeverity::Advisory : CheckSeverity::Blocking;
}

CheckPhase checkPhaseFromString(const QString& s)
{
    return s == QLatin1String("after") ? CheckPhase::After : CheckPhase::Before;
}

QJsonObject CheckResult::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("checkId"), checkId);
    o.insert(QStringLiteral("stepId"), stepId);
    o.insert(QStringLiteral("status"), toString(status));
    o.insert(QStringLiteral("severity"), toString(severity));
    o.insert(QStringLiteral("phase"), toString(phase));
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("detail"), detail);
    o.insert(QStringLiteral("evidence"), evidence);
    o.insert(QStringLiteral("startedAt"), isoTimestamp(startedAt));
    o.insert(QStringLiteral("durationMs"), durationMs);
    return o;
}

CheckResult CheckResult::fromJson(const QJsonObject& o)
{
    CheckResult r;
    r.checkId = o.value(QStringLiteral("checkId")).toString();
    r.stepId = o.value(QStringLiteral("stepId")).toString();
    r.status = checkStatusFromString(o.value(QStringLiteral("status")).toString());
    r.severity = checkSeverityFromString(o.value(QStringLiteral("severity")).toString());
    r.phase = checkPhaseFromString(o.value(QStringLiteral("phase")).toString());
    r.message = o.value(QStringLiteral("message")).toString();
    r.detail = o.value(QStringLiteral("detail")).toString();
    r.evidence = o.value(QStringLiteral("evidence")).toObject();
    r.startedAt = fromIsoTimestamp(o.value(QStringLiteral("startedAt")).toString());
    r.durationMs = o.value(QStringLiteral("durationMs")).toInteger();
    return r;
}

} // namespace o365
