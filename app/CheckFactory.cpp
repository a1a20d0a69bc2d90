#include "CheckFactory.h"

#include "MosiUrlCheck.h"
#include "PaVersionCheck.h"
#include "Session.h"

namespace o365 {

QList<Check*> CheckFactory::createChecks(const QString& stageKey, const Session& session, const QString& scope,
                                         Clock* clock)
{
    QList<Check*> checks;
    if (stageKey == QLatin1String("start")) {
        checks.append(new PaVersionCheck(session.field(Session::fieldPaVersion()), clock));
    } else if (stageKey == QLatin1String("gateway")) {
        const QString url = session.record(scope, QStringLiteral("gateway.1e")).values.value(QStringLiteral("mosiUrl"));
        checks.append(new MosiUrlCheck(MosiUrlCheck::Kind::MosiConnector, url,
                                       MosiUrlCheck::defaultSpec(MosiUrlCheck::Kind::MosiConnector), clock));
    } else if (stageKey == QLatin1String("dispatcher")) {
        const QString url =
            session.record(scope, QStringLiteral("dispatcher.1a")).values.value(QStringLiteral("dispatcherUrl"));
        checks.append(new MosiUrlCheck(MosiUrlCheck::Kind::Dispatcher, url,
                                       MosiUrlCheck::defaultSpec(MosiUrlCheck::Kind::Dispatcher), clock));
    }
    return checks;
}

} // namespace o365
