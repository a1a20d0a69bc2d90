#pragma once

#include <QList>
#include <QString>

namespace o365 {

class Check;
class Clock;
class Session;
struct NetworkContext;

// Which automated checks a stage runs for one scope, built from the session's current
// values. The wizard pages and the headless runner (--check) use the same list.
class CheckFactory
{
public:
    // `net` may be null: then no network check is created (their steps stay to be done).
    static QList<Check*> createChecks(const QString& stageKey, const Session& session, const QString& scope,
                                      const NetworkContext* net, Clock* clock = nullptr);
};

} // namespace o365
