#include "GatewayStage.h"

#include "session/Session.h"

namespace o365 {

namespace {

ApplicationStage::Traits gatewayTraits()
{
    ApplicationStage::Traits t;
    t.stageKey = GatewayStage::stageKey();
    t.urlKind = MosiUrlCheck::Kind::MosiConnector;
    t.urlStep = GatewayStage::mosiUrlStep();
    t.urlKey = GatewayStage::mosiUrlKey();
    t.urlCheckId = QStringLiteral("gateway.mosiUrl");
    t.urlCheckStep = QStringLiteral("gateway.1f");
    t.dnsStep = QStringLiteral("gateway.1g");
    t.siteStep = QStringLiteral("gateway.4");
    t.serviceStep = QStringLiteral("gateway.6b");
    t.stopStep = QStringLiteral("gateway.6.important");
    t.setupStep = QStringLiteral("gateway.7e");
    t.serviceFile = QStringLiteral("SubscriptionEvents.svc");
    t.iisService = IisInventoryCheck::Service::SubscriptionEvents;
    t.setupKind = SetupCommand::Kind::Gateway;
    t.endpointAfterId = QStringLiteral("gateway.endpointAfter");
    return t;
}

} // namespace

GatewayStage::GatewayStage() : ApplicationStage(gatewayTraits()) {}

QStringList GatewayStage::scopes(const Session& session) const
{
    QStringList out;
    for (const GatewayApplication& g : session.gatewayApplications())
        out << Session::gatewayScope(g.id);
    return out;
}

QString GatewayStage::urlMissingMessage() const
{
    return tr("Enter a valid URL for MOSI Connector at step 1e: the application name comes from it.");
}

QString GatewayStage::applicationLabel(const Session& session, const QString& scope) const
{
    for (const CheckResult& r : session.record(scope, traits().urlCheckStep).checks) {
        if (r.status == CheckStatus::Passed)
            return tr("%1 on %2").arg(r.evidence.value(QStringLiteral("application")).toString(),
                                      r.evidence.value(QStringLiteral("host")).toString());
    }
    return {};
}

QString GatewayStage::displayName(const Session& session, const QString& gatewayId) const
{
    const QString label = applicationLabel(session, Session::gatewayScope(gatewayId));
    if (!label.isEmpty())
        return label;
    const QList<GatewayApplication>& gws = session.gatewayApplications();
    int index = 0;
    for (int i = 0; i < gws.size(); ++i) {
        if (gws.at(i).id == gatewayId)
            index = i;
    }
    return tr("Gateway application %1").arg(index + 1);
}

bool GatewayStage::anyMosiUrlEmpty(const Session& session) const
{
    for (const QString& scope : scopes(session)) {
        if (urlText(session, scope).trimmed().isEmpty())
            return true;
    }
    return false;
}

QList<GatewayStage::Filled> GatewayStage::fillMosiUrls(Session* session, const PaMosiUrlLookup::Answer& answer) const
{
    QStringList taken;
    QStringList empty;
    for (const GatewayApplication& g : session->gatewayApplications()) {
        const QString url = urlText(*session, Session::gatewayScope(g.id)).trimmed();
        if (url.isEmpty())
            empty << g.id;
        else
            taken << url;
    }
    QList<Filled> filled;
    for (const QString& id : std::as_const(empty)) {
        const PaMosiUrlLookup::Found* f = answer.firstNotIn(taken);
        if (!f)
            break;
        const QString scope = Session::gatewayScope(id);
        const QString source = tr("URL for MOSI Connector read from PA instance #%1.").arg(f->instanceId);
        const QString note = session->record(scope, mosiUrlStep()).note;
        session->setValue(scope, mosiUrlStep(), mosiUrlKey(), f->url);
        if (!note.contains(source))
            session->setNote(scope, mosiUrlStep(), note.isEmpty() ? source : note + QLatin1Char('\n') + source);
        taken << f->url;
        filled.append({id, f->instanceId});
    }
    return filled;
}

} // namespace o365
