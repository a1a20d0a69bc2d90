#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace o365 {

class Session;

// The commands a step offers to copy: the read-only IIS inventory at step 4 and the exact
// setup.ps1 line at step 7e, built from what the session knows so far.
class StepCommands
{
    Q_DECLARE_TR_FUNCTIONS(StepCommands)
public:
    struct Command
    {
        QString text;       // empty when it cannot be built yet
        QStringList errors; // what is missing or wrong, and where to fix it
    };
    static bool hasCommand(const QString& stepId);
    static Command commandFor(const QString& stepId, const Session& session, const QString& scope);
};

} // namespace o365
