#include "HeadlessChecker.h"

#include "core/TerminalText.h"
#include "kb/ProcedureCatalogue.h"
#include "kb/StageDefinition.h"
#include "procedure/Procedure.h"
#include "procedure/StageController.h"
#include "session/Session.h"

#include <QTimer>

#include <algorithm>

namespace o365 {

HeadlessChecker::HeadlessChecker(Session* session, const NetworkContext* net, QObject* parent)
    : QObject(parent), m_session(session), m_net(net)
{
}

QStringList HeadlessChecker::stageKeys() { return Procedure::instance().checkedStageKeys(); }

bool HeadlessChecker::start(const QString& stage, QString* error)
{
    if (!stage.isEmpty() && !stageKeys().contains(stage)) {
        if (error)
            *error = tr("\"%1\" is not a stage with automated checks; use one of: %2.")
                         .arg(stage, stageKeys().join(QStringLiteral(", ")));
        return false;
    }
    // The PA API password comes from net->secrets (the keychain), never from the command line.
    for (const StageDefinition* def : Procedure::instance().stages()) {
        if (!def->hasChecks() || (!stage.isEmpty() && def->key() != stage))
            continue;
        for (const QString& scope : def->scopes(*m_session)) {
            auto* controller = new StageController(*def, m_session, scope, m_net, nullptr, this);
            connect(controller, &StageController::checkFinished, this, [this, scope](const CheckResult& r) {
                for (auto& [s, known] : m_results) {
                    if (s == scope && known.checkId == r.checkId) {
                        known = r;
                        return;
                    }
                }
                m_results.append({scope, r});
            });
            connect(controller, &StageController::idle, this, &HeadlessChecker::onIdle);
            m_controllers.append(controller);
        }
    }
    if (m_controllers.isEmpty()) {
        QTimer::singleShot(0, this, &HeadlessChecker::onIdle);
        return true;
    }
    for (StageController* c : std::as_const(m_controllers))
        c->run();
    return true;
}

void HeadlessChecker::onIdle()
{
    // Done when every loop is at rest at once: a loop that fills a suggested value runs again.
    if (m_finished)
        return;
    for (const StageController* c : std::as_const(m_controllers)) {
        if (!c->isIdle())
            return;
    }
    m_finished = true;
    Q_EMIT finished();
}

QStringList HeadlessChecker::stillRunning() const
{
    QStringList out;
    for (const StageController* c : std::as_const(m_controllers)) {
        for (const QString& check : c->runningChecks())
            out << c->scope() + QLatin1Char(' ') + check;
    }
    return out;
}

int HeadlessChecker::blockingFailures() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const auto& p) { return p.second.blocks(); }));
}

QStringList HeadlessChecker::report() const
{
    // Procedure order: by scope as the wizard shows them, then by the step's place in the article.
    QHash<QString, int> stepOrder;
    int n = 0;
    for (const Stage& s : ProcedureCatalogue::instance().stages()) {
        for (const Step& st : s.steps)
            stepOrder.insert(st.id, n++);
    }
    QList<QPair<QString, CheckResult>> sorted = m_results;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) {
            // A scope is its stage's key, or "<stage>/<id>" (a gateway application).
            auto rank = [](const QString& scope) {
                const StageDefinition& def = Procedure::instance().stage(scope.section(QLatin1Char('/'), 0, 0));
                return Procedure::instance().stages().indexOf(&def);
            };
            if (rank(a.first) != rank(b.first))
                return rank(a.first) < rank(b.first);
            return a.first < b.first;
        }
        if (a.second.stepId != b.second.stepId)
            return stepOrder.value(a.second.stepId) < stepOrder.value(b.second.stepId);
        return a.second.phase == CheckPhase::Before && b.second.phase == CheckPhase::After;
    });
    QStringList lines;
    for (const auto& [scope, r] : sorted)
        lines << line(scope, r);
    return lines;
}

QString HeadlessChecker::line(const QString& scope, const CheckResult& result)
{
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(TerminalText::escaped(scope), TerminalText::escaped(result.stepId), toString(result.status).toUpper(),
             TerminalText::escaped(result.message));
}

} // namespace o365
