#pragma once

#include "session/CheckResult.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace o365 {

class Check;

// Starts a page's checks together and reports each as it ends. The runner owns the
// checks it is given. start() again re-runs them all (a "Re-run" button).
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    ~CheckRunner() override;

    void addCheck(Check* check); // takes ownership
    const QList<Check*>& checks() const { return m_checks; }
    void clear();

    void start();
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    QList<CheckResult> results() const;

Q_SIGNALS:
    void checkStarted(const QString& checkId);
    void checkFinished(const o365::CheckResult& result);
    void allFinished();

private:
    void onFinished(const CheckResult& result);
    void cancelQuietly();

    QList<Check*> m_checks;
    int m_pending = 0;
    bool m_quiet = false;
};

} // namespace o365
