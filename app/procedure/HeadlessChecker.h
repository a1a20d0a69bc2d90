#pragma once

#include "session/CheckResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace o365 {

class CheckRunner;
class Session;
struct NetworkContext;

// `o365-upgrade-wizard --check SESSION`: runs the session's automated checks without a
// window, all at once, records the results in the session and reports one line per check.
class HeadlessChecker : public QObject
{
    Q_OBJECT
public:
    HeadlessChecker(Session* session, const NetworkContext* net, QObject* parent = nullptr);

    static QStringList stageKeys(); // stages that have automated checks today

    // Starts the checks of every stage, or of `stage` only. False (with *error) when `stage`
    // is not a stage with checks.
    bool start(const QString& stage, QString* error);

    const QList<QPair<QString, CheckResult>>& results() const { return m_results; } // (scope, result)
    int blockingFailures() const;
    // One line per check, in procedure order: "scope  step  STATUS  message".
    QStringList report() const;

Q_SIGNALS:
    void finished();

private:
    void addScope(const QString& stage, const QString& scope);

    Session* m_session;
    const NetworkContext* m_net;
    QList<CheckRunner*> m_runners;
    QList<QPair<QString, CheckResult>> m_results;
    int m_pending = 0;
};

} // namespace o365
