#include "TrainingSummary.h"

#include "session/Session.h"

namespace o365 {

QStringList TrainingSummary::faults(const Session& session)
{
    return session.field(Session::fieldTrainingFaults()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<TrainingSummary::Finding> TrainingSummary::findings(const Session& session)
{
    QList<Finding> out;
    for (auto scope = session.records().cbegin(); scope != session.records().cend(); ++scope) {
        for (auto step = scope.value().cbegin(); step != scope.value().cend(); ++step) {
            for (const CheckResult& r : step.value().checks) {
                if (r.status != CheckStatus::Failed)
                    continue;
                Finding f{scope.key(), step.key(), r.message, step.value().override_.isActive(),
                          step.value().override_.justification, r.severity == CheckSeverity::Blocking};
                out << f;
            }
        }
    }
    return out;
}

QString TrainingSummary::toHtml(const Session& session)
{
    if (!session.isTraining())
        return {};
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("Scenario:"), session.field(Session::fieldTrainingTitle()).toHtmlEscaped());
    const QStringList present = faults(session);
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Faults in this scenario:"));
    if (present.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("none: this is the happy path"));
    for (const QString& f : present)
        html += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("What the checks found, and what you did:"));
    const QList<Finding> found = findings(session);
    if (found.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("no check failed"));
    for (const Finding& f : found) {
        const QString what = f.overridden ? tr("you overrode it: \"%1\"").arg(f.justification.toHtmlEscaped())
                             : f.blocking ? tr("you stopped there")
                                          : tr("advisory: it did not block the upgrade");
        html += QStringLiteral("<li>%1 %2 — %3<br/><i>%4</i></li>")
                    .arg(f.scope.toHtmlEscaped(), f.stepId.toHtmlEscaped(), what, f.message.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    const QString notice = session.field(Session::fieldTrainingNotice());
    if (!notice.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to notice:"), notice.toHtmlEscaped());
    return html;
}

} // namespace o365
