#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace o365 {

enum class CheckStatus { NotRun, Running, Passed, Warning, Failed, Skipped };
enum class CheckSeverity { Blocking, Advisory };
enum class CheckPhase { Before, After }; // readiness before the step, validation after it

QString toString(CheckStatus s);
QString toString(CheckSeverity s);
QString toString(CheckPhase p);
CheckStatus checkStatusFromString(const QString& s);
CheckSeverity checkSeverityFromString(const QString& s);
CheckPhase checkPhaseFromString(const QString& s);

// The outcome of one run of one check. Plain data: it is saved in the session as is.
struct CheckResult
{
    QString checkId;  // "gateway.mosiUrl"
    QString stepId;   // the KB step it belongs to, e.g. "gateway.1f"
    CheckStatus status = CheckStatus::NotRun;
    CheckSeverity severity = CheckSeverity::Blocking;
    CheckPhase phase = CheckPhase::Before;
    QString message;  // plain, says what to do
    QString detail;   // technical detail
    QJsonObject evidence;
    QDateTime startedAt;
    qint64 durationMs = 0;

    bool isFinished() const { return status != CheckStatus::NotRun && status != CheckStatus::Running; }
    // A blocking check that failed keeps "Next" closed unless overridden.
    bool blocks() const { return severity == CheckSeverity::Blocking && status == CheckStatus::Failed; }

    QJsonObject toJson() const;
    static CheckResult fromJson(const QJsonObject& o);
};

} // namespace o365
