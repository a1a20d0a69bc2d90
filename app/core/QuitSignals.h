#pragma once

#include <QObject>

#include <functional>

class QSocketNotifier;

namespace o365
{

// SIGTERM, SIGHUP and SIGINT (a logout, `kill`, Ctrl+C) are delivered to the event loop instead of
// ending the process where it stands, so that the session's last changes are saved and a --check
// run records what ended. The handler only writes a byte to a socket (async-signal-safe); the
// callback runs from the event loop. One instance per process; Unix only (elsewhere: nothing).
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(int signalNumber)>;
    explicit QuitSignals(Callback callback, QObject* parent = nullptr);
    ~QuitSignals() override;

    static QString name(int signalNumber); // "SIGTERM"

private:
    Callback m_callback;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace o365
