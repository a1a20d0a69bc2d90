#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

namespace o365 {

Q_DECLARE_LOGGING_CATEGORY(lcSession) // "o365.session": load, save, resume
Q_DECLARE_LOGGING_CATEGORY(lcChecks)  // "o365.checks": every check started and finished
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) // "o365.network": requests, TLS decisions
Q_DECLARE_LOGGING_CATEGORY(lcPackage) // "o365.package": package inspection

// One log file per session, beside it ("<session>.log"): every line stamped with the time
// and its category. Every secret registered with addSecret() is replaced by "[redacted]"
// before a line is written anywhere (file or console).
class SessionLog
{
public:
    static QString pathForSession(const QString& sessionPath);

    // Takes over Qt's message output (redaction; the wizard's categories kept off the console).
    // open() does it too; call it first thing so that nothing escapes before a log is open.
    static void install();

    // Starts writing to `path` (appending). False, with *error, when it cannot be opened: the
    // wizard then goes on without a log file.
    static bool open(const QString& path, QString* error = nullptr);
    static void close();
    static QString path();

    // "debug", "info" (default), "warning": the least severe messages written.
    static bool setLevel(const QString& level);

    static void addSecret(const QByteArray& secret);
    static QString redact(const QString& text);
};

} // namespace o365
