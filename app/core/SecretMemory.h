#pragma once

#include <QByteArray>
#include <QString>

namespace o365
{

// What the process does about the secrets it holds (the PA API password, its Basic credential,
// a keychain answer): no core dump may carry them, and buffers that held one are overwritten
// before they are freed.
class SecretMemory
{
public:
    // Called when a secret is first held (SessionLog::addSecret does it): from then on the process
    // writes no core file (RLIMIT_CORE 0) and is not dumpable (PR_SET_DUMPABLE 0: no core, and no
    // ptrace or /proc/PID/mem access by other processes of the same user). Idempotent; Linux only.
    static void protectProcess();
    // True once protectProcess() holds (for the tests and the log).
    static bool processProtected();

    // Overwrites the bytes, then empties the string. Only the string's own buffer can be reached:
    // copies made earlier (by Qt or the caller) are not.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);
};

} // namespace o365
