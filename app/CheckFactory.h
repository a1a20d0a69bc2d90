#pragma once

#include <QList>
#include <QString>

namespace o365 {

class Check;
class Clock;
class Session;

// Which automated checks a stage runs for one scope, built from the session's current
// values. The wizard pages and the headless runner use the same list.
class CheckFactory
{
public:
    static QList<Check*> createChecks(const QString& stageKey, const Session& session, const QString& scope,
                                      Clock* clock = nullptr);
};

} // namespace o365
