#include "StepCommands.h"

#include "stages/application/IisInventory.h"
#include "stages/application/MosiUrl.h"
#include "session/Session.h"
#include "stages/application/SetupCommand.h"

namespace o365 {

bool StepCommands::hasCommand(const QString& stepId)
{
    return stepId == QLatin1String("gateway.4") || stepId == QLatin1String("dispatcher.4") ||
           stepId == QLatin1String("gateway.7e") || stepId == QLatin1String("dispatcher.7e");
}

StepCommands::Command StepCommands::commandFor(const QString& stepId, const Session& session, const QString& scope)
{
    if (stepId.endsWith(QLatin1String(".4")))
        return {IisInventory::powerShellOneLiner(), {}};
    if (!stepId.endsWith(QLatin1String(".7e")))
        return {};
    const bool gateway = stepId.startsWith(QLatin1String("gateway."));
    const QString stage = gateway ? QStringLiteral("gateway") : QStringLiteral("dispatcher");
    const StepRecord site = session.record(scope, stage + QStringLiteral(".4"));
    const StepRecord step = session.record(scope, stepId);
    const QString url = gateway ? session.record(scope, QStringLiteral("gateway.1e")).values.value(QStringLiteral("mosiUrl"))
                                : session.record(scope, QStringLiteral("dispatcher.1a")).values.value(QStringLiteral("dispatcherUrl"));
    const GatewayUrl parsed = gateway ? GatewayUrl::parseMosiConnectorUrl(url) : GatewayUrl::parseDispatcherUrl(url);

    QStringList missing;
    if (!parsed.ok())
        missing << (gateway ? tr("Enter a valid URL for MOSI Connector at step 1e: the application name comes from it.")
                            : tr("Enter a valid URL from the syndication agreement at step 1a: the application name "
                                 "comes from it."));
    if (site.values.value(QStringLiteral("siteName")).trimmed().isEmpty())
        missing << tr("Enter the site name at step 4.");
    if (site.values.value(QStringLiteral("siteIp")).trimmed().isEmpty())
        missing << tr("Enter the site's IP address at step 4.");
    if (!missing.isEmpty())
        return {{}, missing};

    SetupParameters p;
    p.siteName = site.values.value(QStringLiteral("siteName"));
    p.ipAddress = site.values.value(QStringLiteral("siteIp"));
    (gateway ? p.gatewayAppName : p.dispatcherAppName) = parsed.application;
    p.mosiBaseUrl = step.values.value(QStringLiteral("mosiBaseUrl"));
    p.mosiBillingId = step.values.value(QStringLiteral("mosiBillingId"));
    p.mosiClientCertSubject = step.values.value(QStringLiteral("mosiClientCertSubject"));
    const SetupCommand::Result r = SetupCommand::build(gateway ? SetupCommand::Kind::Gateway : SetupCommand::Kind::Dispatcher, p);
    return {r.command, r.errors};
}

} // namespace o365
