#pragma once

#include "session/CheckResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace o365 {

class Clock;

// An asynchronous check. Subclasses implement run() and call finish() exactly once,
// from any later event-loop turn (or at once). The base class owns the timeout, the
// cancel path, the start time and the duration; a check that has finished ignores any
// later finish() (e.g. a reply arriving after its timeout).
class Check : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString id;
        QString stepId;
        CheckSeverity severity = CheckSeverity::Blocking;
        CheckPhase phase = CheckPhase::Before;
        int timeoutMs = 10000;
    };

    explicit Check(Spec spec, Clock* clock = nullptr, QObject* parent = nullptr);
    ~Check() override;

    const Spec& spec() const { return m_spec; }
    QString id() const { return m_spec.id; }
    bool isRunning() const { return m_running; }
    const CheckResult& result() const { return m_result; }

    // A check run inside another under the same id (PaCredentialedCheck) leaves the log to the
    // outer one, so that each check is logged once.
    void setLogged(bool logged) { m_logged = logged; }

    void start();  // asynchronous; emits finished() once
    void cancel(); // finishes as Skipped with "cancelled"

Q_SIGNALS:
    void started();
    void finished(const o365::CheckResult& result);

protected:
    virtual void run() = 0;
    // Called on timeout or cancel before the result is emitted: stop network work here.
    virtual void abort() {}
    // Called on timeout, before abort(): what the check saw until then can still be recorded.
    virtual void timingOut() {}
    // What a timeout means for this check (e.g. "connected, but no answer"); the default
    // says no answer came within the timeout.
    virtual QString timeoutMessage() const;
    // Evidence gathered so far, kept in the result of a timeout or a cancel.
    virtual QJsonObject partialEvidence() const { return {}; }
    Clock* clock() const { return m_clock; }
    void finish(CheckStatus status, const QString& message, const QString& detail = {},
                const QJsonObject& evidence = {});

private:
    void onTimeout();

    Spec m_spec;
    Clock* m_clock;
    CheckResult m_result;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    bool m_running = false;
    bool m_logged = true;
};

} // namespace o365
