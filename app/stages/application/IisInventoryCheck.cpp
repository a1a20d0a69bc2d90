#include "IisInventoryCheck.h"

#include "stages/application/IisInventory.h"

namespace o365 {

IisInventoryCheck::IisInventoryCheck(Spec spec, const QString& pasted, const QString& ipAddress,
                                     const QString& application, Service service, const QString& chosenSite,
                                     Clock* clock, QObject* parent)
    : Check(std::move(spec), clock, parent), m_pasted(pasted), m_ip(ipAddress), m_application(application),
      m_service(service), m_chosenSite(chosenSite)
{
}

void IisInventoryCheck::run()
{
    if (m_pasted.trimmed().isEmpty()) {
        finish(CheckStatus::Skipped, tr("Optional: run the command below on the gateway host (PowerShell, as "
                                        "Administrator) and paste its output to fill this step."));
        return;
    }
    const IisInventory::ParseResult inv = IisInventory::parse(m_pasted);
    QJsonObject evidence{{QStringLiteral("sites"), int(inv.sites.size())},
                         {QStringLiteral("applications"), int(inv.applications.size())}};
    if (!inv.ok) {
        finish(CheckStatus::Failed, inv.message, {}, evidence);
        return;
    }
    if (m_ip.isEmpty() || m_application.isEmpty()) {
        finish(CheckStatus::Skipped, tr("The output was read (%1 bindings, %2 applications). Enter the URL (step 1e) "
                                        "and the IP address (step 1g) to find the site.")
                                         .arg(inv.sites.size())
                                         .arg(inv.applications.size()),
               {}, evidence);
        return;
    }
    const IisInventory::Match m = IisInventory::match(inv, m_ip, m_application, m_chosenSite);
    evidence.insert(QStringLiteral("siteFound"), m.siteFound);
    if (m.chosenByEngineer) // no site is bound to the DNS address (NAT): the engineer's choice, recorded
        evidence.insert(QStringLiteral("siteChosenByEngineer"),
                        QJsonObject{{QStringLiteral("site"), m.siteName}, {QStringLiteral("dnsAddress"), m_ip}});
    evidence.insert(QStringLiteral("applicationFound"), m.applicationFound);
    if (!m.siteFound || !m.applicationFound) {
        if (m.siteFound)
            evidence.insert(QStringLiteral("suggestedValues"),
                            QJsonObject{{QStringLiteral("siteName"), m.siteName}, {QStringLiteral("siteIp"), m_ip}});
        finish(CheckStatus::Failed, m.message, {}, evidence);
        return;
    }
    const QString file = m_service == Service::SubscriptionEvents ? QStringLiteral("SubscriptionEvents.svc")
                                                                  : QStringLiteral("Callbacks.svc");
    const bool present = m_service == Service::SubscriptionEvents ? m.application.hasSubscriptionEvents
                                                                  : m.application.hasCallbacks;
    evidence.insert(QStringLiteral("site"), m.siteName);
    evidence.insert(QStringLiteral("applicationPath"), m.application.path);
    evidence.insert(QStringLiteral("physicalPath"), m.application.physicalPath);
    evidence.insert(QStringLiteral("svcFile"), file);
    evidence.insert(QStringLiteral("svcFilePresent"), present);
    evidence.insert(QStringLiteral("suggestedValues"),
                    QJsonObject{{QStringLiteral("siteName"), m.siteName}, {QStringLiteral("siteIp"), m_ip}});
    if (!present) {
        finish(CheckStatus::Failed,
               tr("%1 Its root directory %2 has no %3: the KB says to contact Parallels support.")
                   .arg(m.message, m.application.physicalPath, file),
               {}, evidence);
        return;
    }
    finish(CheckStatus::Passed, tr("%1 Its root directory %2 holds %3.").arg(m.message, m.application.physicalPath, file),
           {}, evidence);
}

} // namespace o365
