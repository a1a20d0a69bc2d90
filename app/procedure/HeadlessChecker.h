#pragma once

#include "session/CheckResult.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace o365 {

class StageController;
class Session;
struct NetworkContext;

// `o365-upgrade-wizard --check SESSION`: runs the session's automated checks without a window,
// every scope at once, through the same StageController as the wizard's pages (so the same
// suggested values are filled and the same validation starts), until every loop is at rest;
// then reports one line per check (its last result).
class HeadlessChecker : public QObject
{
    Q_OBJECT
public:
    HeadlessChecker(Session* session, const NetworkContext* net, QObject* parent = nullptr);

    static QStringList stageKeys(); // stages that have automated checks, in page order

    // Starts the checks of every stage, or of `stage` only. False (with *error) when `stage`
    // is not a stage with checks.
    bool start(const QString& stage, QString* error);

    // (scope, result): the last result of each check, in the order they first ended.
    const QList<QPair<QString, CheckResult>>& results() const { return m_results; }
    int blockingFailures() const;
    // What has not ended yet: "scope step (check id)" per running check.
    QStringList stillRunning() const;
    // One line per check, in procedure order: "scope  step  STATUS  message".
    QStringList report() const;
    // One check's line: tab-separated, the message escaped (TerminalText) so that no text from a
    // host or a paste holds a tab, a line break or a control character.
    static QString line(const QString& scope, const CheckResult& result);

Q_SIGNALS:
    void finished(); // delivered through the event loop, also when nothing had to run

private:
    void onIdle();

    Session* m_session;
    const NetworkContext* m_net;
    QList<StageController*> m_controllers;
    QList<QPair<QString, CheckResult>> m_results;
    bool m_finished = false;
};

} // namespace o365
