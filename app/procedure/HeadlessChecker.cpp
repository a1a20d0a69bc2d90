#include "HeadlessChecker.h"

#include "checks/Check.h"
#include "procedure/CheckFactory.h"
#include "checks/CheckRunner.h"
#include "kb/ProcedureCatalogue.h"
#include "session/Session.h"

#include <QTimer>

#include <algorithm>

namespace o365 {

HeadlessChecker::HeadlessChecker(Session* session, const NetworkContext* net, QObject* parent)
    : QObject(parent), m_session(session), m_net(net)
{
}

QStringList HeadlessChecker::stageKeys()
{
    return {QStringLiteral("start"), QStringLiteral("gateway"), QStringLiteral("dispatcher"),
            QStringLiteral("provisioning"), QStringLiteral("paapp")};
}

bool HeadlessChecker::start(const QString& stage, QString* error)
{
    if (!stage.isEmpty() && !stageKeys().contains(stage)) {
        if (error)
            *error = tr("\"%1\" is not a stage with automated checks; use one of: %2.")
                         .arg(stage, stageKeys().join(QStringLiteral(", ")));
        return false;
    }
    auto wanted = [&](const QString& key) { return stage.isEmpty() || stage == key; };
    if (wanted(QStringLiteral("start")))
        addScope(QStringLiteral("start"), QStringLiteral("start"));
    if (wanted(QStringLiteral("gateway"))) {
        for (const GatewayApplication& g : m_session->gatewayApplications())
            addScope(QStringLiteral("gateway"), Session::gatewayScope(g.id));
    }
    if (wanted(QStringLiteral("dispatcher")) && !m_session->stageSkip(QStringLiteral("dispatcher")).skipped)
        addScope(QStringLiteral("dispatcher"), QStringLiteral("dispatcher"));
    if (wanted(QStringLiteral("provisioning")))
        addScope(QStringLiteral("provisioning"), QStringLiteral("provisioning"));
    // The PA API password comes from net->secrets (the keychain), never from the command line.
    if (wanted(QStringLiteral("paapp")))
        addScope(QStringLiteral("paapp"), QStringLiteral("paapp"));

    m_pending = m_runners.size();
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &HeadlessChecker::finished);
        return true;
    }
    for (CheckRunner* r : std::as_const(m_runners))
        r->start();
    return true;
}

void HeadlessChecker::addScope(const QString& stage, const QString& scope)
{
    auto* runner = new CheckRunner(this);
    for (Check* c : CheckFactory::createChecks(stage, *m_session, scope, m_net))
        runner->addCheck(c);
    connect(runner, &CheckRunner::checkFinished, this, [this, scope](const CheckResult& r) {
        m_session->setCheckResult(scope, r.stepId, r);
        m_results.append({scope, r});
    });
    connect(runner, &CheckRunner::allFinished, this, [this] {
        if (--m_pending == 0)
            Q_EMIT finished();
    });
    m_runners.append(runner);
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
            auto rank = [](const QString& scope) {
                if (scope == QLatin1String("start"))
                    return 0;
                if (scope.startsWith(QLatin1String("gateway/")))
                    return 1;
                return scope == QLatin1String("dispatcher") ? 2 : scope == QLatin1String("provisioning") ? 3 : 4;
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
        lines << QStringLiteral("%1\t%2\t%3\t%4").arg(scope, r.stepId, toString(r.status).toUpper(), r.message);
    return lines;
}

} // namespace o365
