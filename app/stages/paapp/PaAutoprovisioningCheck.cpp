#include "PaAutoprovisioningCheck.h"

#include "paapi/XmlRpc.h"
#include "stages/paapp/PaInstancesCheck.h"

#include <QJsonArray>

#include <algorithm>

namespace o365 {

PaAutoprovisioningCheck::PaAutoprovisioningCheck(const PaApiConfig& config, const NetworkContext& net, int appId,
                                                 const QString& serviceId, Clock* clock, QObject* parent)
    : PaApiCheck(defaultSpec(), config, net, clock, parent), m_appId(appId), m_serviceId(serviceId)
{
}

Check::Spec PaAutoprovisioningCheck::defaultSpec()
{
    Spec s;
    s.id = QStringLiteral("paapp.autoprovisioning");
    s.stepId = QStringLiteral("paapp.2");
    s.phase = CheckPhase::After;
    s.timeoutMs = 60000;
    return s;
}

void PaAutoprovisioningCheck::run()
{
    m_types.clear();
    m_missing.clear();
    m_instanceIds.clear();
    m_outstanding = 0;
    const QString manual = tr("in the 'Office 365 Application' resource types, Autoprovisioning is Yes for the "
                              "application service \"%1\".")
                               .arg(m_serviceId);
    if (!ensureConfigured(manual))
        return;
    if (m_appId <= 0) {
        finish(CheckStatus::Skipped,
               tr("Enter the ID of the Office 365 application in PA. Or confirm by hand: %1").arg(manual), {},
               manualEvidence());
        return;
    }
    call(QStringLiteral("pem.APS.getApplicationInstances"), {{QStringLiteral("app_id"), m_appId}},
         [this, manual](const PaApiClient::Result& r) {
             if (!r.ok()) {
                 fallBack(r, manual);
                 return;
             }
             QStringList missing;
             m_instanceIds = PaApiParse::applicationInstanceIds(r.result, &missing);
             m_instanceIds = m_instanceIds.mid(0, PaInstancesCheck::MaxInstances);
             if (m_instanceIds.isEmpty()) {
                 finish(CheckStatus::Skipped,
                        tr("PA lists no instances of application %1, so no resource type could be read. Confirm by "
                           "hand: %2")
                            .arg(m_appId)
                            .arg(manual),
                        {}, manualEvidence());
                 return;
             }
             m_outstanding = int(m_instanceIds.size());
             for (int id : m_instanceIds) {
                 call(QStringLiteral("pem.APS.getApplicationInstanceServiceResourceTypes"),
                      {{QStringLiteral("application_instance_id"), id}, {QStringLiteral("service_id"), m_serviceId}},
                      [this, id, manual](const PaApiClient::Result& r2) {
                          if (!r2.ok()) {
                              fallBack(r2, manual);
                              return;
                          }
                          const QList<PaApiParse::ServiceResourceType> types =
                              PaApiParse::serviceResourceTypes(r2.result, &m_missing);
                          for (const PaApiParse::ServiceResourceType& t : types)
                              m_types.append({id, t});
                          if (--m_outstanding == 0)
                              judge();
                      });
             }
         });
}

void PaAutoprovisioningCheck::judge()
{
    // Answers arrive in any order; the message lists them by instance.
    std::sort(m_types.begin(), m_types.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
    });
    QJsonArray list;
    QStringList off, unknown, on;
    for (const auto& [instance, t] : std::as_const(m_types)) {
        // An entry of another service (if PA ignores service_id) does not count.
        if (!t.serviceId.isEmpty() && t.serviceId.compare(m_serviceId, Qt::CaseInsensitive) != 0)
            continue;
        QJsonObject o{{QStringLiteral("instance"), instance},
                      {QStringLiteral("resourceTypeId"), t.id},
                      {QStringLiteral("serviceId"), t.serviceId}};
        o.insert(QStringLiteral("autoprovide"), t.autoprovide ? QJsonValue(*t.autoprovide) : QJsonValue());
        list << o;
        const QString name = tr("resource type %1 (instance #%2)").arg(t.id).arg(instance);
        if (!t.autoprovide)
            unknown << name;
        else if (*t.autoprovide)
            on << name;
        else
            off << name;
    }
    QJsonObject ev = baseEvidence();
    ev.insert(QStringLiteral("serviceId"), m_serviceId);
    ev.insert(QStringLiteral("resourceTypes"), list);
    if (!m_missing.isEmpty())
        ev.insert(QStringLiteral("missing"), QJsonArray::fromStringList(m_missing));
    const QString sep = QStringLiteral(", ");
    if (!off.isEmpty()) {
        finish(CheckStatus::Failed,
               tr("Autoprovisioning is not Yes for the \"%1\" service in %2. Set it to Yes (step 2), then re-run.")
                   .arg(m_serviceId, off.join(sep)),
               {}, ev);
    } else if (list.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("PA lists no resource type for the \"%1\" service%2. Confirm by hand that one exists with "
                  "Autoprovisioning = Yes.")
                   .arg(m_serviceId,
                        m_missing.isEmpty() ? QString() : tr(" (its answer lacked %1)").arg(m_missing.join(sep))),
               {}, ev);
    } else if (!unknown.isEmpty()) {
        finish(CheckStatus::Warning,
               tr("The autoprovide_service setting was not in PA's answer for %1. Confirm by hand that "
                  "Autoprovisioning is Yes for the \"%2\" service there.")
                   .arg(unknown.join(sep), m_serviceId),
               {}, ev);
    } else {
        finish(CheckStatus::Passed,
               tr("Autoprovisioning is Yes for the \"%1\" service in %2.").arg(m_serviceId, on.join(sep)), {}, ev);
    }
}

} // namespace o365
