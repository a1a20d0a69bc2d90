#include "MosiUrlCheck.h"

#include "stages/application/MosiUrl.h"

namespace o365 {

MosiUrlCheck::MosiUrlCheck(Kind kind, const QString& url, Spec spec, Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_kind(kind), m_url(url)
{
}

void MosiUrlCheck::run()
{
    const GatewayUrl u = m_kind == Kind::MosiConnector ? GatewayUrl::parseMosiConnectorUrl(m_url)
                                                       : GatewayUrl::parseDispatcherUrl(m_url);
    QJsonObject evidence;
    evidence.insert(QStringLiteral("url"), m_url);
    evidence.insert(QStringLiteral("parse"), GatewayUrl::errorKey(u.error));
    if (u.error == GatewayUrl::Empty) {
        // Nothing entered yet: not a failure, just still to do.
        finish(CheckStatus::Skipped, u.message, GatewayUrl::errorKey(u.error), evidence);
        return;
    }
    if (!u.ok()) {
        finish(CheckStatus::Failed, u.message, GatewayUrl::errorKey(u.error), evidence);
        return;
    }
    evidence.insert(QStringLiteral("host"), u.host);
    evidence.insert(QStringLiteral("application"), u.application);
    if (u.port > 0)
        evidence.insert(QStringLiteral("port"), u.port);
    if (!u.fileName.isEmpty())
        evidence.insert(QStringLiteral("fileName"), u.fileName);
    const QString msg = m_kind == Kind::MosiConnector
                            ? tr("Office365GatewayHostName: %1 — Office365GatewayApplicationName: %2").arg(u.host, u.application)
                            : tr("Office365GatewayHostName: %1 — Office365Callbacks-DispatcherApplicationName: %2")
                                  .arg(u.host, u.application);
    finish(CheckStatus::Passed, msg, u.normalized, evidence);
}

} // namespace o365
