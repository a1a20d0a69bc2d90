#pragma once

#include "paapi/PaMosiUrlLookup.h"
#include "stages/application/ApplicationStage.h"

namespace o365 {

// The Office 365 Gateway Application stage (KB steps 1–7, once per gateway application): what
// its page checks and offers, what starts its validation, and how a URL for MOSI Connector read
// from PA fills the applications still without one. Its step ids are named here only.
class GatewayStage : public ApplicationStage
{
    Q_DECLARE_TR_FUNCTIONS(GatewayStage)
public:
    GatewayStage();

    static QString stageKey() { return QStringLiteral("gateway"); }
    static QString mosiUrlStep() { return QStringLiteral("gateway.1e"); }
    static QString mosiUrlKey() { return QStringLiteral("mosiUrl"); }

    // One scope per gateway application, in the session's order.
    QStringList scopes(const Session& session) const override;

    GatewayUrl mosiUrl(const Session& session, const QString& scope) const { return url(session, scope); }
    // "O365Gateway on gw.example.com" once the URL check passed; empty before.
    QString applicationLabel(const Session& session, const QString& scope) const;
    // What the wizard calls a gateway application on screen: applicationLabel(), or "Gateway
    // application N" (its place in the session) before the URL check passed.
    QString displayName(const Session& session, const QString& gatewayId) const;
    // True when some gateway application has no URL for MOSI Connector yet.
    bool anyMosiUrlEmpty(const Session& session) const;

    struct Filled
    {
        QString gatewayId;
        int instanceId = 0;
    };
    // Fills step 1e of every gateway application still without a URL, each with a URL PA gave
    // that no other application uses, and notes where it came from.
    QList<Filled> fillMosiUrls(Session* session, const PaMosiUrlLookup::Answer& answer) const;

protected:
    QString urlMissingMessage() const override;
};

} // namespace o365
