#pragma once

#include "kb/StageDefinition.h"
#include "stages/application/IisInventoryCheck.h"
#include "stages/application/MosiUrl.h"
#include "stages/application/MosiUrlCheck.h"
#include "stages/application/SetupCommand.h"

namespace o365 {

// The shape the Office 365 Gateway Application and the Callbacks-Dispatcher share in the KB (steps
// 1–7 of both, step 8 of the dispatcher): a URL to parse, a host to resolve, an IIS site to find,
// a WCF service to probe before and after setup.ps1. What differs is in Traits, filled by
// GatewayStage and DispatcherStage — the only places that name their step ids.
class ApplicationStage : public StageDefinition
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStage)
public:
    struct Traits
    {
        QString stageKey;                 // "gateway"
        MosiUrlCheck::Kind urlKind;       // how the URL is parsed
        QString urlStep;                  // where the engineer enters the URL (gateway 1e)
        QString urlKey;                   // its record key
        QString urlCheckId, urlCheckStep; // the URL check (gateway 1f)
        QString dnsStep;                  // the host's address (gateway 1g), key ipAddressKey()
        QString siteStep;                 // the IIS site (step 4): siteNameKey(), siteIpKey(), iisOutputKey()
        QString serviceStep;              // the WCF service before the upgrade (6b)
        QString stopStep;                 // the "Important:" that stops the upgrade when 6b fails
        QString setupStep;                // the setup.ps1 line (7e); its confirmation starts validation
        QString serviceFile;              // SubscriptionEvents.svc / Callbacks.svc
        IisInventoryCheck::Service iisService;
        SetupCommand::Kind setupKind;
        QString endpointAfterId;          // a second endpoint that answers after 7e; empty: none
        QString copyParent, copyStep;     // step 8 (dispatcher): the copy of the file the URL names
        QString copyAfterId;
    };

    explicit ApplicationStage(Traits traits);

    const Traits& traits() const { return m_traits; }

    static QString ipAddressKey() { return QStringLiteral("ipAddress"); }
    static QString siteNameKey() { return QStringLiteral("siteName"); }
    static QString siteIpKey() { return QStringLiteral("siteIp"); }
    static QString iisOutputKey() { return QStringLiteral("iisOutput"); }
    static QString mosiBaseUrlKey() { return QStringLiteral("mosiBaseUrl"); }
    static QString mosiBillingIdKey() { return QStringLiteral("mosiBillingId"); }
    static QString mosiClientCertSubjectKey() { return QStringLiteral("mosiClientCertSubject"); }

    // The URL as entered, and parsed (once per call) by the stage's own rule.
    QString urlText(const Session& session, const QString& scope) const;
    GatewayUrl url(const Session& session, const QString& scope) const;

    QList<Check*> createChecks(const Session& session, const QString& scope, const NetworkContext* net,
                               Clock* clock) const override;
    StepCommand commandFor(const QString& stepId, const Session& session, const QString& scope) const override;
    QString notApplicableReason(const Step& step, const Session& session, const QString& scope) const override;
    QString inputError(const QString& key, const QString& value) const override;

    // "Full dotted-decimal IPv4 or IPv6", shared by every IP input of both stages.
    static QString ipAddressError(const QString& value);

protected:
    // Step 7e cannot be built without the URL: where to enter it (translated by the stage).
    virtual QString urlMissingMessage() const = 0;

private:
    QList<Check*> networkChecks(const Session& session, const QString& scope, const GatewayUrl& parsed,
                                const NetworkContext& net, Clock* clock) const;

    Traits m_traits;
};

} // namespace o365
